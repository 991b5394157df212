package dev.ssosetup.cli;

import picocli.CommandLine.Option;

/** The {@code --profile} of {@code credentials}, {@code exec} and {@code console}. */
final class RoleProfileOption {
  @Option(names = "--profile", paramLabel = "NAME")
  String profile;
}
