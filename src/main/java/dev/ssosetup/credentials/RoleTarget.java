package dev.ssosetup.credentials;

import dev.ssosetup.auth.SsoSessionRef;
import java.util.Objects;

/**
 * The role a profile names: its Identity Center session, account and permission set's role, and the
 * profile's own {@code region} (null when it has none).
 */
public record RoleTarget(
    String profile, SsoSessionRef session, String accountId, String roleName, String region) {
  public RoleTarget {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(roleName, "roleName");
  }

  /** The region the role's console and tools work in: the profile's, else Identity Center's. */
  public String workRegion() {
    return region != null ? region : session.region();
  }
}
