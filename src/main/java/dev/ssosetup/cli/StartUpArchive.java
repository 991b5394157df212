package dev.ssosetup.cli;

import java.util.function.UnaryOperator;

/**
 * What {@code --debug} says about the class-data-sharing archive {@code bin/sso-setup} chose for
 * this run (docs/decisions/0003-fast-start-up.md). The launcher names its choice in system
 * properties; the JVM says in {@code java.vm.info} whether it shares classes at all.
 */
final class StartUpArchive {
  private StartUpArchive() {}

  /** The line for this process, or null when it was not started by the launcher. */
  static String describe() {
    return describe(System::getProperty);
  }

  /** The line for these system properties, or null when the launcher set none. */
  static String describe(UnaryOperator<String> properties) {
    String choice = properties.apply("sso-setup.cds");
    if (choice == null) {
      return null;
    }
    String archive = properties.apply("sso-setup.cds.archive");
    String vmInfo = properties.apply("java.vm.info");
    boolean sharing = vmInfo != null && vmInfo.contains("sharing");
    String line =
        switch (choice) {
          case "used" ->
              sharing
                  ? "the archive " + archive
                  : "none: the JVM refused the archive " + archive + " and shares no class";
          case "remade" ->
              "not the archive "
                  + archive
                  + ", which is missing or was made for another JDK or jar; a new one is being made"
                  + " for the next run";
          case "off" -> "no archive of sso-setup's (SSO_SETUP_CDS=off)";
          default -> "unknown (" + choice + ")";
        };
    if (!choice.equals("used")) {
      line += sharing ? "; the JDK's own archive" : "; none of the JDK's either";
    }
    return "sso-setup: class-data sharing: " + line + ".";
  }
}
