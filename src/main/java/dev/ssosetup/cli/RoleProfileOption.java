package dev.ssosetup.cli;

import picocli.CommandLine.Option;

/** The {@code --profile} of {@code credentials}, {@code exec} and {@code console}. */
final class RoleProfileOption {
  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description =
          "An SSO profile with an account and role (default: $AWS_PROFILE, else default).")
  String profile;
}
