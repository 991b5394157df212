package dev.ssosetup.auth;

import dev.ssosetup.common.Secret;
import java.time.Instant;
import java.util.Objects;

/**
 * Temporary credentials of an IAM Identity Center role, as the portal's GetRoleCredentials gives
 * them: access key id, secret key, session token and expiry, and the account they are for (null
 * when a cache file of an older AWS CLI does not say). The access key id is an identifier, not a
 * secret, and shows in {@link #toString()}; the two secrets do not.
 */
public record RoleCredentials(
    String accessKeyId,
    Secret secretAccessKey,
    Secret sessionToken,
    Instant expiration,
    String accountId) {
  public RoleCredentials {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    Objects.requireNonNull(sessionToken, "sessionToken");
    Objects.requireNonNull(expiration, "expiration");
  }
}
