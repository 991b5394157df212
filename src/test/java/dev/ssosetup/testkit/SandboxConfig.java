package dev.ssosetup.testkit;

import dev.ssosetup.sandbox.Sandbox;

/** Config file blocks that point at a sandbox, for tests to put together. */
public final class SandboxConfig {
  private SandboxConfig() {}

  /** An {@code [sso-session]} block for the sandbox's start URL and region. */
  public static String session(Sandbox sandbox, String name) {
    return "[sso-session "
        + name
        + "]\n"
        + "sso_start_url = "
        + sandbox.startUrl()
        + "\n"
        + "sso_region = "
        + sandbox.region()
        + "\n"
        + "sso_registration_scopes = sso:account:access\n";
  }

  /** A legacy-form profile for the team-guide assignment (111122223333, S3DynamoDBAccess). */
  public static String legacyProfile(Sandbox sandbox, String name) {
    return "[profile "
        + name
        + "]\n"
        + "sso_start_url = "
        + sandbox.startUrl()
        + "\n"
        + "sso_region = "
        + sandbox.region()
        + "\n"
        + "sso_account_id = 111122223333\n"
        + "sso_role_name = S3DynamoDBAccess\n";
  }
}
