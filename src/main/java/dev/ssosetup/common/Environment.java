package dev.ssosetup.common;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What the process was started with: environment variables, the JVM's idea of the home folder,
 * standard input and the clock. Passed in, never read from globals below {@code Main}, so that
 * tests run with their own home folder and variables.
 */
public final class Environment {
  private final Map<String, String> variables;
  private final String userHomeProperty;
  private final InputStream stdin;
  private final boolean stdinIsTerminal;
  private final Clock clock;

  public Environment(
      Map<String, String> variables,
      String userHomeProperty,
      InputStream stdin,
      boolean stdinIsTerminal,
      Clock clock) {
    this.variables = Map.copyOf(variables);
    this.userHomeProperty = Objects.requireNonNull(userHomeProperty, "userHomeProperty");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.stdinIsTerminal = stdinIsTerminal;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The real process environment. */
  public static Environment system() {
    return new Environment(
        System.getenv(),
        System.getProperty("user.home"),
        System.in,
        System.console() != null,
        Clock.systemUTC());
  }

  /** An environment variable, or null when it is unset or blank. */
  public String variable(String name) {
    String value = variables.get(name);
    return value == null || value.isBlank() ? null : value;
  }

  public Map<String, String> variables() {
    return variables;
  }

  /** The home folder as the AWS SDKs resolve it: {@code $HOME} when set, else {@code user.home}. */
  public Path home() {
    String home = variable("HOME");
    if (home == null && isWindows()) {
      home = variable("USERPROFILE");
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

  /** Whether standard input is a terminal; when it is not, commands never prompt. */
  public boolean stdinIsTerminal() {
    return stdinIsTerminal;
  }

  public Clock clock() {
    return clock;
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
    return new Environment(merged, userHomeProperty, stdin, stdinIsTerminal, clock);
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

  private static boolean isWindows() {
    return System.getProperty("os.name", "")
        .toLowerCase(java.util.Locale.ROOT)
        .startsWith("windows");
  }
}
