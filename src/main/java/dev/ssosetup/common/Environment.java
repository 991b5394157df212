package dev.ssosetup.common;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * What the process was started with: environment variables, the JVM's idea of the home folder and
 * of the operating system, standard input, and the clock (whose zone is the user's time zone).
 * Passed in, never read from globals below {@code Main}, so that tests run with their own home
 * folder, variables, platform and zone.
 */
public final class Environment {
  private final Map<String, String> variables;
  private final String userHomeProperty;
  private final InputStream stdin;
  private final BooleanSupplier stdinIsTerminal;
  private final Clock clock;
  private final String osName;

  /** An environment on the operating system this JVM runs on. */
  public Environment(
      Map<String, String> variables,
      String userHomeProperty,
      InputStream stdin,
      boolean stdinIsTerminal,
      Clock clock) {
    this(
        variables,
        userHomeProperty,
        stdin,
        () -> stdinIsTerminal,
        clock,
        System.getProperty("os.name", ""));
  }

  private Environment(
      Map<String, String> variables,
      String userHomeProperty,
      InputStream stdin,
      BooleanSupplier stdinIsTerminal,
      Clock clock,
      String osName) {
    this.variables = Map.copyOf(variables);
    this.userHomeProperty = Objects.requireNonNull(userHomeProperty, "userHomeProperty");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.stdinIsTerminal = Objects.requireNonNull(stdinIsTerminal, "stdinIsTerminal");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.osName = Objects.requireNonNull(osName, "osName");
  }

  /**
   * The real process environment; whether standard input is a terminal is asked of {@code
   * stdinCheck} the first time a command wants to know (it may load a native library, which a
   * command that never asks should not pay for).
   */
  public static Environment system(BooleanSupplier stdinCheck) {
    return new Environment(
        System.getenv(),
        System.getProperty("user.home"),
        System.in,
        new Once(stdinCheck),
        new SystemClock(),
        System.getProperty("os.name", ""));
  }

  /**
   * The real process environment, for callers that never prompt: standard input counts as a
   * terminal only when the JVM has a console (standard input and output both terminals).
   */
  public static Environment system() {
    return system(() -> System.console() != null);
  }

  /** Asks a check once, and remembers the answer. */
  private static final class Once implements BooleanSupplier {
    private final BooleanSupplier check;
    private volatile Boolean answer;

    Once(BooleanSupplier check) {
      this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public boolean getAsBoolean() {
      Boolean known = answer;
      if (known == null) {
        known = check.getAsBoolean();
        answer = known;
      }
      return known;
    }
  }

  /** An environment variable, or null when it is unset or blank. */
  public String variable(String name) {
    String value = variables.get(name);
    return value == null || value.isBlank() ? null : value;
  }

  public Map<String, String> variables() {
    return variables;
  }

  /**
   * The home folder as the AWS SDKs and the AWS CLI resolve it: {@code $HOME} when set; on Windows
   * then {@code %USERPROFILE%}, then {@code %HOMEDRIVE%%HOMEPATH%}; else {@code user.home}.
   */
  public Path home() {
    String home = variable("HOME");
    if (home == null && isWindows()) {
      home = variable("USERPROFILE");
      String drive = variable("HOMEDRIVE");
      String path = variable("HOMEPATH");
      if (home == null && drive != null && path != null) {
        home = drive + path;
      }
    }
    return Path.of(home != null ? home : userHomeProperty);
  }

  /**
   * The AWS config file: the given override, else {@code AWS_CONFIG_FILE}, else {@code
   * <home>/.aws/config}. A leading {@code ~} is the home folder, as in the AWS SDKs.
   */
  public Path configFile(Path override) {
    if (override != null) {
      return expandTilde(override.toString());
    }
    String fromVariable = variable("AWS_CONFIG_FILE");
    if (fromVariable != null) {
      return expandTilde(fromVariable);
    }
    return home().resolve(".aws").resolve("config");
  }

  /** The folder of the SSO token cache shared with the AWS CLI and SDKs. */
  public Path ssoCacheDirectory() {
    return home().resolve(".aws").resolve("sso").resolve("cache");
  }

  public InputStream stdin() {
    return stdin;
  }

  /**
   * Whether standard input is a terminal; when it is not, commands never prompt. Standard output
   * does not matter: {@code configure | tee log} still asks, on the terminal.
   */
  public boolean stdinIsTerminal() {
    return stdinIsTerminal.getAsBoolean();
  }

  /** The clock; its zone is the one times are shown in to the user. */
  public Clock clock() {
    return clock;
  }

  /** The operating system's name as the JVM gives it ({@code os.name}), such as {@code Linux}. */
  public String osName() {
    return osName;
  }

  public boolean isWindows() {
    return osName.toLowerCase(Locale.ROOT).startsWith("windows");
  }

  public boolean isMac() {
    return osName.toLowerCase(Locale.ROOT).startsWith("mac");
  }

  /** A copy on another operating system (tests of what differs between platforms). */
  public Environment withOsName(String name) {
    return new Environment(variables, userHomeProperty, stdin, stdinIsTerminal, clock, name);
  }

  /** A copy with some variables set (a null value removes the variable). */
  public Environment withVariables(Map<String, String> changes) {
    Map<String, String> merged = new java.util.HashMap<>(variables);
    changes.forEach(
        (k, v) -> {
          if (v == null) {
            merged.remove(k);
          } else {
            merged.put(k, v);
          }
        });
    return new Environment(merged, userHomeProperty, stdin, stdinIsTerminal, clock, osName);
  }

  private Path expandTilde(String path) {
    if (path.equals("~")) {
      return home();
    }
    if (path.startsWith("~/") || path.startsWith("~\\")) {
      return home().resolve(path.substring(2));
    }
    return Path.of(path);
  }
}
