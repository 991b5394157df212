package dev.ssosetup.cli;

import picocli.CommandLine.Option;

/** The flags of prompts 2–4, shared by {@code configure} and {@code configure sso-session}. */
final class SessionFlags {
  @Option(names = "--start-url", paramLabel = "URL", description = "The AWS access portal URL.")
  String startUrl;

  @Option(
      names = "--sso-region",
      paramLabel = "REGION",
      description = "The IAM Identity Center region.")
  String ssoRegion;

  @Option(
      names = "--scopes",
      paramLabel = "SCOPES",
      description = "Registration scopes, comma-separated (default: sso:account:access).")
  String scopes;

  @Option(
      names = "--non-interactive",
      description = "Never prompt; implied when standard input is not a terminal.")
  boolean nonInteractive;

  @Option(names = "--dry-run", description = "Print the change as a unified diff; write nothing.")
  boolean dryRun;
}
