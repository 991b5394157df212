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

/**
 * Builds the command tree for one run, with the context handed to every command. picocli reads
 * every option of every command it is given, which is most of a short command's time; so a run
 * builds only what its arguments need (docs/decisions/0003-fast-start-up.md): {@code --version}
 * alone needs no tree at all, nor does a plain {@code profiles} ({@link ProfilesShortcut}), and a
 * run that names a command needs the root and that command. The whole tree is built only where the
 * other commands show: the top-level help and {@code help}, completion ({@code __complete}), and a
 * word that is no command (to suggest the nearest).
 */
public final class Cli {
  /** A command by the name it is typed as. */
  private record Entry(String name, Class<?> type) {}

  /** Every command, in the order the top-level help lists them. */
  private static final List<Entry> COMMANDS =
      List.of(
          new Entry("configure", ConfigureCommand.class),
          new Entry("login", LoginCommand.class),
          new Entry("logout", LogoutCommand.class),
          new Entry("verify", VerifyCommand.class),
          new Entry("credentials", CredentialsCommand.class),
          new Entry("exec", ExecCommand.class),
          new Entry("console", ConsoleCommand.class),
          new Entry("profiles", ProfilesCommand.class),
          new Entry("populate", PopulateCommand.class),
          new Entry("doctor", DoctorCommand.class),
          new Entry("admin", AdminCommand.class),
          new Entry("demo", DemoCommand.class),
          new Entry("sandbox", SandboxCommand.class),
          new Entry("completion", CompletionCommand.class),
          new Entry("help", HelpCommand.class),
          new Entry("__complete", CompleteCommand.class));

  /** Global options that take a value as the next argument. */
  private static final List<String> GLOBALS_WITH_VALUE = List.of("--config-file", "--lang");

  private Cli() {}

  /** Runs one command line and returns its exit code. */
  public static int run(CliContext context, PrintWriter out, PrintWriter err, String... args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // What picocli prints for the version option, without building any command first.
      for (String line : VersionProvider.lines()) {
        out.println(line);
      }
      out.flush();
      return ExitCode.OK.code();
    }
    Integer profiles = ProfilesShortcut.run(context, out, err, args);
    if (profiles != null) {
      return profiles;
    }
    return tree(context, out, err, alone(commandWord(args))).execute(args);
  }

  /** The root command line with every command, printing through the given writers. */
  public static CommandLine commandLine(CliContext context, PrintWriter out, PrintWriter err) {
    return tree(context, out, err, null);
  }

  /**
   * The root with one command, or with all of them when {@code only} is null. The settings are made
   * after the commands are added: picocli hands them only to the commands it has then.
   */
  private static CommandLine tree(
      CliContext context, PrintWriter out, PrintWriter err, Entry only) {
    ContextFactory factory = new ContextFactory(context);
    CommandLine commandLine = new CommandLine(SsoSetupCommand.class, factory);
    for (Entry entry : COMMANDS) {
      if (only == null || only == entry) {
        // A command line of its own first: picocli applies a command's model transformer (exec's
        // stop at the command) only to the tree a CommandLine is constructed with.
        commandLine.addSubcommand(entry.name(), new CommandLine(entry.type(), factory));
      }
    }
    ErrorHandler errors = new ErrorHandler(context);
    commandLine
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionStrategy(Cli::execute)
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors)
        .setHelpFactory(new HelpLayout());
    SsoSetupCommand.speak(commandLine, context.messages());
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

  /**
   * The command a run names, when it can run with no other command built: not {@code help} or
   * {@code __complete}, which look at every command. Null when the whole tree is needed.
   */
  private static Entry alone(String word) {
    for (Entry entry : COMMANDS) {
      if (entry.name().equals(word)) {
        return entry.type() == HelpCommand.class || entry.type() == CompleteCommand.class
            ? null
            : entry;
      }
    }
    return null;
  }

  /**
   * The first argument that is neither a global option nor the value of one, as picocli will read
   * it; null when there is none, or after {@code --} (then picocli decides, with every command).
   */
  static String commandWord(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        return null;
      }
      if (GLOBALS_WITH_VALUE.contains(arg)) {
        // picocli takes no command's name as an option's value: with every command built, it
        // stops there (the option lacks its value), so the whole tree must read such a line.
        if (i + 1 < args.length && isCommand(args[i + 1])) {
          return null;
        }
        i++;
      } else if (!arg.startsWith("-")) {
        return arg;
      }
    }
    return null;
  }

  /** Whether a word is the name of a command. */
  static boolean isCommand(String word) {
    for (Entry entry : COMMANDS) {
      if (entry.name().equals(word)) {
        return true;
      }
    }
    return false;
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
