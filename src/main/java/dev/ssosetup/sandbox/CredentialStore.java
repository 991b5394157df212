package dev.ssosetup.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The role credentials the portal issued, by access key id, so that STS and S3 can check the
 * requests signed with them. Each stands for the IAM role Identity Center creates per permission
 * set ({@code AWSReservedSSO_<role>_<16 hex>}) in a session named after the user.
 */
final class CredentialStore {
  private final Map<String, RoleCredential> byAccessKey = new ConcurrentHashMap<>();
  private final Secrets secrets;
  private final Clock clock;
  private final Duration lifetime;

  CredentialStore(Secrets secrets, Clock clock, Duration lifetime) {
    this.secrets = secrets;
    this.clock = clock;
    this.lifetime = lifetime;
  }

  RoleCredential issue(String user, String accountId, String roleName) {
    Instant expires = clock.instant().plus(lifetime);
    RoleCredential credential =
        new RoleCredential(
            secrets.accessKeyId(),
            secrets.secretAccessKey(),
            secrets.sessionToken(),
            // The wire carries milliseconds; keep no more precision than the client sees.
            Instant.ofEpochMilli(expires.toEpochMilli()),
            user,
            accountId,
            roleName);
    byAccessKey.put(credential.accessKeyId(), credential);
    return credential;
  }

  /** The credential with this access key id, or null. */
  RoleCredential find(String accessKeyId) {
    return accessKeyId == null ? null : byAccessKey.get(accessKeyId);
  }

  /**
   * The credential a whole role session names (what the sign-in federation endpoint is given): its
   * access key id, secret key and session token all as issued. Null when any differs.
   */
  RoleCredential session(String accessKeyId, String secretAccessKey, String sessionToken) {
    RoleCredential credential = find(accessKeyId);
    if (credential == null
        || !Crypto.constantTimeEquals(secretAccessKey, credential.secretAccessKey())
        || !Crypto.constantTimeEquals(sessionToken, credential.sessionToken())) {
      return null;
    }
    return credential;
  }

  /** Whether the credential has expired by now. */
  boolean expired(RoleCredential credential) {
    return !clock.instant().isBefore(credential.expiration());
  }

  /** Temporary credentials of one role session; {@link #toString()} shows no secret. */
  record RoleCredential(
      String accessKeyId,
      String secretAccessKey,
      String sessionToken,
      Instant expiration,
      String user,
      String accountId,
      String roleName) {

    /** The IAM role's name as Identity Center makes it, stable for an account and role. */
    String iamRoleName() {
      return "AWSReservedSSO_" + roleName + "_" + hash("suffix").substring(0, 16);
    }

    /** {@code arn:aws:sts::<account>:assumed-role/AWSReservedSSO_<role>_<hex>/<user>}. */
    String arn() {
      return "arn:aws:sts::" + accountId + ":assumed-role/" + iamRoleName() + "/" + user;
    }

    /** {@code AROA...:<user>}: the role's unique id and the session name. */
    String userId() {
      String id = hash("role-id").toUpperCase(Locale.ROOT).substring(0, 17);
      return "AROA" + id + ":" + user;
    }

    private String hash(String purpose) {
      return Crypto.sha256Hex(purpose + "/" + accountId + "/" + roleName);
    }

    @Override
    public String toString() {
      return "RoleCredential[" + accessKeyId + " for " + arn() + " until " + expiration + "]";
    }
  }
}
