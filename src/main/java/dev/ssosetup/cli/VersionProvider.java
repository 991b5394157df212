package dev.ssosetup.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by the build), with the Java runtime beside it. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return lines();
  }

  /** The lines {@code --version} prints. */
  static String[] lines() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {
      "sso-setup " + (version != null ? version : "(development build)"),
      "Java "
          + Runtime.version()
          + " ("
          + System.getProperty("java.vendor", "unknown vendor")
          + ")",
    };
  }
}
