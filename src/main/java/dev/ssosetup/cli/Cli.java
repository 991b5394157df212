package dev.ssosetup.cli;

import dev.ssosetup.common.ExitCode;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;

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
        .setExecutionStrategy(Cli::execute)
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors)
        .setHelpFactory(new HelpLayout());
    if (!context.color()) {
      commandLine.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    }
    return commandLine;
  }

  /**
   * Runs the command the arguments name, as picocli's {@link RunLast} does, and exits with the
   * {@link ExitCode} it returns ({@code exec} returns its child's own number instead).
   */
  private static int execute(ParseResult parseResult) {
    int code = new RunLast().execute(parseResult);
    List<CommandLine> commands = parseResult.asCommandLineList();
    Object result = commands.get(commands.size() - 1).getExecutionResult();
    return result instanceof ExitCode exitCode ? exitCode.code() : code;
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
