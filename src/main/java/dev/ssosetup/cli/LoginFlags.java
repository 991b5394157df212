package dev.ssosetup.cli;

import dev.ssosetup.auth.LoginOptions;
import picocli.CommandLine.Option;

/** The login options shared by {@code configure} and {@code login} (docs/spec.md §4). */
final class LoginFlags {
  @Option(
      names = "--use-device-code",
      description = "Log in with the device-code flow instead of a browser redirect.")
  boolean useDeviceCode;

  @Option(names = "--no-browser", description = "Print the login URL instead of opening a browser.")
  boolean noBrowser;

  @Option(
      names = "--redirect-port",
      paramLabel = "PORT",
      description = "The 127.0.0.1 port for the browser's redirect (default: any free port).")
  Integer redirectPort;

  /** These flags as the login takes them; {@code --force} only where a command has it. */
  LoginOptions options() {
    return LoginOptions.defaults()
        .withDeviceCode(useDeviceCode)
        .withNoBrowser(noBrowser)
        .withRedirectPort(redirectPort);
  }
}
