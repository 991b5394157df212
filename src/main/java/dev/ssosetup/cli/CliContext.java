package dev.ssosetup.cli;

import dev.ssosetup.auth.BrowserOpener;
import dev.ssosetup.auth.RoleCredentialCache;
import dev.ssosetup.auth.SsoLogin;
import dev.ssosetup.auth.SystemBrowserOpener;
import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.aws.AwsTimeouts;
import dev.ssosetup.common.Environment;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.UserLanguage;
import dev.ssosetup.config.ConfigStore;
import dev.ssosetup.files.FileLocks;
import dev.ssosetup.prompt.NonInteractivePrompter;
import dev.ssosetup.prompt.Prompter;
import dev.ssosetup.prompt.PrompterFactory;
import dev.ssosetup.prompt.Voice;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Everything a command needs from outside: the process environment, the global options, and the
 * services that tests replace (for example a browser opener). Built once per run by {@code Main}.
 */
public final class CliContext {
  private final Environment environment;
  private Path configFileOption;
  private boolean debug;
  private boolean noColor;
  private PrompterFactory prompterFactory = CliContext::noTerminal;
  private BrowserOpener browserOpener;
  private UserLanguage languageOption;
  private AwsTimeouts awsTimeouts = AwsTimeouts.DEFAULTS;
  private Duration slowCallThreshold = SlowCalls.DEFAULT_THRESHOLD;

  public CliContext(Environment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  public Environment environment() {
    return environment;
  }

  /** The config file this run reads and writes (docs/spec.md §1.2). */
  public Path configFile() {
    return environment.configFile(configFileOption);
  }

  /** {@code --config-file} as given, or null. */
  Path configFileOption() {
    return configFileOption;
  }

  void setConfigFileOption(Path configFileOption) {
    this.configFileOption = configFileOption;
  }

  public boolean debug() {
    return debug;
  }

  void setDebug(boolean debug) {
    this.debug = debug;
  }

  /** Colour is used only when neither --no-color nor NO_COLOR asks otherwise. */
  public boolean color() {
    return !noColor && environment.variable("NO_COLOR") == null;
  }

  void setNoColor(boolean noColor) {
    this.noColor = noColor;
  }

  /** The language of this run: {@code --lang} when given, else the locale variables. */
  public UserLanguage language() {
    return languageOption != null ? languageOption : UserLanguage.fromEnvironment(environment);
  }

  void setLanguageOption(UserLanguage language) {
    this.languageOption = language;
  }

  /** The user-facing words of this run, in its language. */
  public Messages messages() {
    return Messages.of(language());
  }

  /**
   * The prompter for a command: non-interactive when asked, or when standard input is not a
   * terminal (docs/spec.md §1.5), else the terminal's.
   */
  Prompter prompter(CommandLine commandLine, boolean nonInteractive) {
    if (nonInteractive || !environment.stdinIsTerminal()) {
      return new NonInteractivePrompter(commandLine.getOut(), commandLine.getErr());
    }
    return prompterFactory.interactive(
        commandLine.getOut(),
        commandLine.getErr(),
        environment.clock(),
        new Voice(messages(), color()));
  }

  /**
   * Until a terminal is handed in ({@code Main} hands in the process's own, tests one over piped
   * streams), asking for an interactive prompter is a mistake of the caller, never a reason to open
   * whatever terminal the process happens to have.
   */
  private static Prompter noTerminal(PrintWriter out, PrintWriter err, Clock clock, Voice voice) {
    throw new IllegalStateException(
        "An interactive prompter was asked for, but no terminal was handed in: pass one with"
            + " CliContext.prompterFactory");
  }

  /** Sets where interactive prompters come from: the process's terminal, or a test's. */
  public CliContext prompterFactory(PrompterFactory factory) {
    this.prompterFactory = Objects.requireNonNull(factory, "factory");
    return this;
  }

  /** The browser opener: the system's unless a test handed in another. */
  public BrowserOpener browserOpener() {
    if (browserOpener == null) {
      browserOpener = new SystemBrowserOpener(environment);
    }
    return browserOpener;
  }

  /** Replaces the browser opener (tests hand in one that approves the login in the sandbox). */
  public CliContext browserOpener(BrowserOpener opener) {
    this.browserOpener = Objects.requireNonNull(opener, "opener");
    return this;
  }

  /**
   * SDK clients for a command, with the wire log on its error stream under --debug, this run's
   * timeouts and words, and at a terminal a spinner (through {@code prompter}, asked for only then)
   * for any call slower than a second.
   */
  AwsClients awsClients(CommandLine commandLine, Supplier<Prompter> prompter) {
    AwsClients clients =
        new AwsClients(debug ? commandLine.getErr() : null, configFile())
            .messages(messages())
            .timeouts(awsTimeouts);
    if (environment.stdinIsTerminal()) {
      clients.observer(
          new SlowCalls(once(prompter), messages(), environment.clock(), slowCallThreshold));
    }
    return clients;
  }

  /** Calls slower than this show a spinner at a terminal (tests make it shorter). */
  public CliContext slowCallThreshold(Duration threshold) {
    this.slowCallThreshold = Objects.requireNonNull(threshold, "threshold");
    return this;
  }

  private static <T> Supplier<T> once(Supplier<T> supplier) {
    Object[] made = new Object[1];
    return () -> {
      synchronized (made) {
        if (made[0] == null) {
          made[0] = supplier.get();
        }
        @SuppressWarnings("unchecked")
        T value = (T) made[0];
        return value;
      }
    };
  }

  /** How long AWS calls may take: {@link AwsTimeouts#DEFAULTS} unless a test hands in others. */
  public AwsTimeouts awsTimeouts() {
    return awsTimeouts;
  }

  /** Replaces the AWS call timeouts (tests against a hostile server use short ones). */
  public CliContext awsTimeouts(AwsTimeouts timeouts) {
    this.awsTimeouts = Objects.requireNonNull(timeouts, "timeouts");
    return this;
  }

  /** The SSO token cache under this run's home folder. */
  TokenCache tokenCache() {
    return new TokenCache(
        environment.ssoCacheDirectory(), environment.clock(), FileLocks.of(environment));
  }

  /** Role credentials cached as the AWS CLI caches them, under this run's home folder. */
  RoleCredentialCache roleCredentialCache() {
    return new RoleCredentialCache(
        environment.home().resolve(".aws").resolve("cli").resolve("cache"),
        environment.clock(),
        FileLocks.of(environment));
  }

  /** The locks of this run's user ({@code ~/.cache/sso-setup/locks} on Linux). */
  FileLocks fileLocks() {
    return FileLocks.of(environment);
  }

  /** The config file of this run, locking in this run's user's lock folder. */
  ConfigStore configStore() {
    return new ConfigStore(configFile(), fileLocks());
  }

  /** Logins through these clients, this run's token cache and browser opener. */
  SsoLogin ssoLogin(AwsClients clients) {
    return new SsoLogin(clients, tokenCache(), browserOpener(), environment);
  }
}
