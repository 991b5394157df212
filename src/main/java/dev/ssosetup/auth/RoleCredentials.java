package dev.ssosetup.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * Temporary credentials of an IAM Identity Center role, as the portal's GetRoleCredentials gives
 * them: access key id, secret key, session token and expiry, and the account they are for (null
 * when a cache file of an older AWS CLI does not say).
 */
public record RoleCredentials(
    String accessKeyId,
    String secretAccessKey,
    String sessionToken,
    Instant expiration,
    String accountId) {
  public RoleCredentials {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    Objects.requireNonNull(sessionToken, "sessionToken");
    Objects.requireNonNull(expiration, "expiration");
  }

  /** Shows the access key id (an identifier, not a secret) and the expiry; never the secrets. */
  @Override
  public String toString() {
    return "RoleCredentials[accessKeyId="
        + accessKeyId
        + ", secretAccessKey=<redacted>, sessionToken=<redacted>, expiration="
        + expiration
        + ", accountId="
        + accountId
        + "]";
  }
}
