package dev.ssosetup.auth;

import dev.ssosetup.common.UserFacingException;

/**
 * How a login should go: {@code --use-device-code}, {@code --no-browser}, {@code --redirect-port}
 * (null or 0: any free port) and {@code --force} (log in even when a cached token would do).
 */
public record LoginOptions(
    boolean useDeviceCode, boolean noBrowser, Integer redirectPort, boolean force) {
  public LoginOptions {
    if (redirectPort != null && (redirectPort < 0 || redirectPort > 65535)) {
      throw UserFacingException.usage(
          "Invalid --redirect-port " + redirectPort + ": a port is 1 to 65535.",
          "Omit --redirect-port to use any free port.");
    }
  }

  /** Reuse or refresh when possible, else a browser login. */
  public static LoginOptions defaults() {
    return new LoginOptions(false, false, null, false);
  }
}
