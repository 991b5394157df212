package dev.ssosetup.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IFactory;

/** Builds the command tree for one run, with the context handed to every command. */
public final class Cli {
  private Cli() {}

  /** The root command line, printing through the given writers. */
  public static CommandLine commandLine(CliContext context, PrintWriter out, PrintWriter err) {
    ErrorHandler errors = new ErrorHandler(context);
    CommandLine commandLine = new CommandLine(SsoSetupCommand.class, new ContextFactory(context));
    commandLine
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors)
        .setHelpFactory(new HelpLayout());
    if (!context.color()) {
      commandLine.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    }
    return commandLine;
  }

  /** Creates commands through a constructor taking the {@link CliContext}, when there is one. */
  private static final class ContextFactory implements IFactory {
    private final CliContext context;
    private final IFactory fallback = CommandLine.defaultFactory();

    ContextFactory(CliContext context) {
      this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        Class<?>[] parameters = constructor.getParameterTypes();
        if (parameters.length == 1 && parameters[0] == CliContext.class) {
          constructor.setAccessible(true);
          return type.cast(constructor.newInstance(context));
        }
      }
      return fallback.create(type);
    }
  }
}
