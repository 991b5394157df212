package dev.ssosetup.cli;

import picocli.CommandLine.Option;

/** The flags of prompts 2–4, shared by {@code configure} and {@code configure sso-session}. */
final class SessionFlags {
  @Option(names = "--start-url", paramLabel = "URL")
  String startUrl;

  @Option(names = "--sso-region", paramLabel = "REGION")
  String ssoRegion;

  @Option(names = "--scopes", paramLabel = "SCOPES")
  String scopes;

  @Option(names = "--non-interactive")
  boolean nonInteractive;

  @Option(names = "--dry-run")
  boolean dryRun;
}
