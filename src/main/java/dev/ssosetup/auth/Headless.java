package dev.ssosetup.auth;

import dev.ssosetup.common.Environment;
import java.util.Locale;

/**
 * Whether no browser can be shown here: a Linux or BSD SSH session without a display, and no {@code
 * BROWSER} set to say otherwise. A login on such a machine uses the device code.
 */
final class Headless {
  private Headless() {}

  /** {@code osName} is the JVM's {@code os.name}. */
  static boolean machine(String osName, Environment environment) {
    String os = osName.toLowerCase(Locale.ROOT);
    boolean unixDesktopless = !os.startsWith("windows") && !os.startsWith("mac");
    boolean ssh =
        environment.variable("SSH_CONNECTION") != null || environment.variable("SSH_TTY") != null;
    boolean display =
        environment.variable("DISPLAY") != null || environment.variable("WAYLAND_DISPLAY") != null;
    return unixDesktopless && ssh && !display && environment.variable("BROWSER") == null;
  }

  /** The answer for the environment's own operating system. */
  static boolean machine(Environment environment) {
    return machine(environment.osName(), environment);
  }
}
