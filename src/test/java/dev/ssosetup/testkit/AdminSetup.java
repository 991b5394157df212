package dev.ssosetup.testkit;

import dev.ssosetup.sandbox.RequestRecord;
import dev.ssosetup.sandbox.Sandbox;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** An administrator's SSO profile against a sandbox, and what the admin APIs were asked. */
public final class AdminSetup {
  private static final Set<String> ADMIN_SERVICES =
      Set.of("sso-admin", "identitystore", "organizations", "iam");
  private static final Pattern MUTATING =
      Pattern.compile("(Create|Update|Attach|Detach|Provision|Delete|Put)[A-Za-z]*");

  private AdminSetup() {}

  /**
   * The config of an {@code admin} profile (AdministratorAccess on the small fixture's management
   * account) whose client region is {@code region}, as {@code sso-setup configure} writes it.
   */
  public static String adminProfile(Sandbox sandbox, String region) {
    return SandboxConfig.session(sandbox, "admin")
        + "\n[profile admin]\n"
        + "sso_session = admin\n"
        + "sso_account_id = 999988887777\n"
        + "sso_role_name = AdministratorAccess\n"
        + "region = "
        + region
        + "\n"
        + "output = json\n";
  }

  /** The calls to the admin services that change something. */
  public static List<RequestRecord> mutations(Sandbox sandbox) {
    return sandbox.requests().stream()
        .filter(r -> ADMIN_SERVICES.contains(r.service()))
        .filter(r -> r.operation() != null && MUTATING.matcher(r.operation()).matches())
        .toList();
  }

  /** Every call to the admin services. */
  public static List<RequestRecord> adminCalls(Sandbox sandbox) {
    return sandbox.requests().stream().filter(r -> ADMIN_SERVICES.contains(r.service())).toList();
  }
}
