package dev.ssosetup.auth;

import dev.ssosetup.common.Text;
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
          Text.of("auth.badPort", redirectPort), Text.of("auth.badPort.hint"));
    }
  }

  /** Reuse or refresh when possible, else a browser login. */
  public static LoginOptions defaults() {
    return new LoginOptions(false, false, null, false);
  }

  /** The same, with the device-code flow ({@code --use-device-code}) on or off. */
  public LoginOptions withDeviceCode(boolean value) {
    return new LoginOptions(value, noBrowser, redirectPort, force);
  }

  /** The same, printing the login URL instead of opening a browser ({@code --no-browser}). */
  public LoginOptions withNoBrowser(boolean value) {
    return new LoginOptions(useDeviceCode, value, redirectPort, force);
  }

  /** The same, with the browser's redirect on this port ({@code --redirect-port}; null: any). */
  public LoginOptions withRedirectPort(Integer value) {
    return new LoginOptions(useDeviceCode, noBrowser, value, force);
  }

  /** The same, logging in even when a cached token would do ({@code --force}). */
  public LoginOptions withForce(boolean value) {
    return new LoginOptions(useDeviceCode, noBrowser, redirectPort, value);
  }
}
