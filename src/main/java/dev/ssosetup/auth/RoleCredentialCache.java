package dev.ssosetup.auth;

import dev.ssosetup.common.Secret;
import dev.ssosetup.files.FileLocks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Role credentials cached where and as the AWS CLI v2 caches them for SSO profiles, so that either
 * tool reuses what the other fetched: {@code ~/.aws/cli/cache/<key>.json}, the key being the
 * lowercase hex SHA-1 of the JSON of {@code accountId}, {@code roleName} and {@code sessionName}
 * (or {@code startUrl} for a legacy profile), keys sorted, no spaces, every character outside
 * printable ASCII escaped; the file {@code {"ProviderType": "sso", "Credentials": {...}}} with the
 * expiry as {@code YYYY-MM-DDTHH:MM:SSZ}. Files are written like the token cache's (0600, atomic,
 * never through a link, under a lock); reads never fail.
 */
public final class RoleCredentialCache {
  /** Credentials with less time left are fetched again (the AWS CLI's window, too). */
  public static final Duration REUSE_WINDOW = Duration.ofMinutes(15);

  private static final String PROVIDER_TYPE = "sso";

  private final Path directory;
  private final Clock clock;
  private final CacheFiles files;

  public RoleCredentialCache(Path directory, Clock clock, FileLocks locks) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.files =
        new CacheFiles(
            directory, Objects.requireNonNull(locks, "locks"), clock, "auth.cache.roleCredentials");
  }

  /** The cache folder ({@code <home>/.aws/cli/cache}). */
  public Path directory() {
    return directory;
  }

  /**
   * The AWS CLI's cache key for a role reached through this session: the hex SHA-1 of {@code
   * {"accountId":...,"roleName":...,"sessionName":...}} ({@code startUrl} instead of {@code
   * sessionName} for a legacy profile), as Python's {@code json.dumps} writes it with sorted keys
   * and compact separators.
   */
  public static String key(SsoSessionRef session, String accountId, String roleName) {
    Map<String, String> fields = new TreeMap<>();
    fields.put("accountId", accountId);
    fields.put("roleName", roleName);
    if (session.legacy()) {
      fields.put("startUrl", session.startUrl());
    } else {
      fields.put("sessionName", session.name());
    }
    StringBuilder json = new StringBuilder("{");
    fields.forEach(
        (name, value) -> {
          if (json.length() > 1) {
            json.append(',');
          }
          asciiJson(name, json);
          json.append(':');
          asciiJson(value, json);
        });
    return CacheFiles.sha1Hex(json.append('}').toString());
  }

  public Path file(String key) {
    return directory.resolve(key + ".json");
  }

  /** The cached credentials under the key, however little time they have left. */
  public Optional<RoleCredentials> read(String key) {
    return files.read(file(key)).flatMap(RoleCredentialCache::credentials);
  }

  /** The cached credentials under the key while more than {@link #REUSE_WINDOW} is left. */
  public Optional<RoleCredentials> fresh(String key) {
    Instant reusableUntil = clock.instant().plus(REUSE_WINDOW);
    return read(key).filter(credentials -> credentials.expiration().isAfter(reusableUntil));
  }

  /** Writes the credentials atomically in the AWS CLI's format, 0600 in a 0700 folder. */
  public void write(String key, RoleCredentials credentials) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("AccessKeyId", credentials.accessKeyId());
    fields.put("SecretAccessKey", credentials.secretAccessKey().reveal());
    fields.put("SessionToken", credentials.sessionToken().reveal());
    fields.put("Expiration", Timestamps.format(credentials.expiration()));
    if (credentials.accountId() != null) {
      fields.put("AccountId", credentials.accountId());
    }
    // Python's json.dumps layout, as the AWS CLI writes the file: ", " and ": " between items.
    StringBuilder json = new StringBuilder("{\"ProviderType\": \"sso\", \"Credentials\": {");
    String separator = "";
    for (Map.Entry<String, String> field : fields.entrySet()) {
      json.append(separator);
      asciiJson(field.getKey(), json);
      json.append(": ");
      asciiJson(field.getValue(), json);
      separator = ", ";
    }
    files.write(file(key), json.append("}}").toString());
  }

  /**
   * Runs the action holding the key's lock (the one its writes take), so that processes asking for
   * the same role at once make one GetRoleCredentials call between them.
   */
  public <T> T locked(String key, Supplier<T> action) {
    return files.withLock(file(key), action::get);
  }

  /** Deletes the file under the key; false when there was none. */
  public boolean delete(String key) {
    return files.delete(file(key));
  }

  @SuppressWarnings("unchecked")
  private static Optional<RoleCredentials> credentials(Map<String, Object> json) {
    if (!PROVIDER_TYPE.equals(json.get("ProviderType"))
        || !(json.get("Credentials") instanceof Map)) {
      return Optional.empty();
    }
    Map<String, Object> fields = (Map<String, Object>) json.get("Credentials");
    String accessKeyId = CacheFiles.string(fields, "AccessKeyId");
    String secretAccessKey = CacheFiles.string(fields, "SecretAccessKey");
    String sessionToken = CacheFiles.string(fields, "SessionToken");
    Instant expiration = Timestamps.parse(CacheFiles.string(fields, "Expiration"));
    if (accessKeyId == null || secretAccessKey == null || sessionToken == null) {
      return Optional.empty();
    }
    return expiration == null
        ? Optional.empty()
        : Optional.of(
            new RoleCredentials(
                accessKeyId,
                Secret.of(secretAccessKey),
                Secret.of(sessionToken),
                expiration,
                CacheFiles.string(fields, "AccountId")));
  }

  /**
   * A JSON string as Python's {@code json.dumps} writes it by default: {@code "} and {@code \} and
   * the usual controls escaped short, every other character outside space to tilde as {@code
   * \\uXXXX} in lower-case hex (a character beyond the BMP as its two surrogates).
   */
  static void asciiJson(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c >= 0x20 && c <= 0x7e) {
            out.append(c);
          } else {
            out.append(String.format("\\u%04x", (int) c));
          }
        }
      }
    }
    out.append('"');
  }
}
