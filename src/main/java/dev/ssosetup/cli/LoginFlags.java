package dev.ssosetup.cli;

import dev.ssosetup.auth.LoginOptions;
import picocli.CommandLine.Option;

/** The login options shared by {@code configure} and {@code login} (docs/spec.md §4). */
final class LoginFlags {
  @Option(names = "--use-device-code")
  boolean useDeviceCode;

  @Option(names = "--no-browser")
  boolean noBrowser;

  @Option(names = "--redirect-port", paramLabel = "PORT")
  Integer redirectPort;

  /** These flags as the login takes them; {@code --force} only where a command has it. */
  LoginOptions options() {
    return LoginOptions.defaults()
        .withDeviceCode(useDeviceCode)
        .withNoBrowser(noBrowser)
        .withRedirectPort(redirectPort);
  }
}
