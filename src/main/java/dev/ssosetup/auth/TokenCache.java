package dev.ssosetup.auth;

import dev.ssosetup.common.Secret;
import dev.ssosetup.files.FileLocks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SSO token cache of the AWS CLI v2 and every AWS SDK (docs/spec.md §4.5): {@code <cache>/<sha1
 * of the session name, or of a legacy start URL>.json}, its fields in the AWS CLI's order and its
 * timestamps as {@code YYYY-MM-DDTHH:MM:SSZ}. Reads never fail: a missing or corrupt file is no
 * token.
 */
public final class TokenCache {
  private final Path directory;
  private final Clock clock;
  private final CacheFiles files;

  public TokenCache(Path cacheDirectory, Clock clock, FileLocks locks) {
    this.directory = Objects.requireNonNull(cacheDirectory, "cacheDirectory");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.files = new CacheFiles(directory, Objects.requireNonNull(locks, "locks"), clock);
  }

  /** The clock that says what has expired; its zone is the one expiry times are shown in. */
  public Clock clock() {
    return clock;
  }

  /** The files of this cache, for the other caches that live in its folder. */
  CacheFiles files() {
    return files;
  }

  /**
   * Runs the action holding the session's lock, the one every write of its cache file takes: a
   * refresh re-reads the file under it, so that two processes never both use the same refresh
   * token.
   */
  <T> T locked(SsoSessionRef session, java.util.function.Supplier<T> action) {
    return files.withLock(file(session), action::get);
  }

  /** The file name for a cache key: lowercase hex SHA-1 of its UTF-8 bytes, then {@code .json}. */
  public static String fileName(String cacheKey) {
    return CacheFiles.sha1Hex(cacheKey) + ".json";
  }

  /** The cache folder ({@code <home>/.aws/sso/cache}). */
  public Path directory() {
    return directory;
  }

  public Path file(SsoSessionRef session) {
    return directory.resolve(fileName(session.cacheKey()));
  }

  /**
   * The session's cached token; empty when there is no file, or it cannot be read, or it lacks an
   * {@code accessToken} or a readable {@code expiresAt}.
   */
  public Optional<CachedToken> read(SsoSessionRef session) {
    return files.read(file(session)).flatMap(TokenCache::token);
  }

  /** Writes the token atomically, 0600 in a 0700 folder, under the file's lock. */
  public void write(SsoSessionRef session, CachedToken token) {
    Objects.requireNonNull(token.accessToken(), "accessToken");
    Objects.requireNonNull(token.expiresAt(), "expiresAt");
    // The AWS CLI's field order; absent optional fields are left out rather than written as null.
    Map<String, Object> fields = new LinkedHashMap<>();
    putIfPresent(fields, "startUrl", token.startUrl());
    putIfPresent(fields, "region", token.region());
    fields.put("accessToken", token.accessToken().reveal());
    fields.put("expiresAt", Timestamps.format(token.expiresAt()));
    putIfPresent(fields, "clientId", token.clientId());
    putIfPresent(fields, "clientSecret", Secret.reveal(token.clientSecret()));
    if (token.registrationExpiresAt() != null) {
      fields.put("registrationExpiresAt", Timestamps.format(token.registrationExpiresAt()));
    }
    putIfPresent(fields, "refreshToken", Secret.reveal(token.refreshToken()));
    files.write(file(session), fields);
  }

  /**
   * Deletes the session's cache file, and any temp copy of it a killed write left; false when there
   * was no file.
   */
  public boolean delete(SsoSessionRef session) {
    return files.delete(file(session));
  }

  /**
   * sso-setup's temp files in the cache folder that a killed write left behind (older than any
   * write takes); each holds a full copy of a token.
   */
  public List<Path> staleTempFiles() {
    try {
      return CacheFiles.tempFiles(directory, clock.instant(), CacheFiles.STALE_AFTER);
    } catch (java.io.IOException e) {
      return List.of();
    }
  }

  /**
   * The session's token state, with no network call: {@code VALID} while the access token has time
   * left; once it has expired, {@code REFRESHABLE} when it has a refresh token and an unexpired
   * client registration (never for a legacy session), else {@code EXPIRED}; {@code NONE} without a
   * usable file, or when the file belongs to another start URL.
   */
  public TokenState state(SsoSessionRef session) {
    Optional<CachedToken> cached = read(session).filter(token -> token.isFor(session));
    if (cached.isEmpty()) {
      return new TokenState(TokenStatus.NONE, null);
    }
    CachedToken token = cached.get();
    Instant now = clock.instant();
    if (token.expiresAt().isAfter(now)) {
      return new TokenState(TokenStatus.VALID, token.expiresAt());
    }
    if (!session.legacy() && token.refreshableAt(now)) {
      return new TokenState(TokenStatus.REFRESHABLE, token.expiresAt());
    }
    return new TokenState(TokenStatus.EXPIRED, token.expiresAt());
  }

  private static Optional<CachedToken> token(Map<String, Object> fields) {
    String accessToken = CacheFiles.string(fields, "accessToken");
    Instant expiresAt = Timestamps.parse(CacheFiles.string(fields, "expiresAt"));
    if (accessToken == null || expiresAt == null) {
      return Optional.empty();
    }
    return Optional.of(
        new CachedToken(
            CacheFiles.string(fields, "startUrl"),
            CacheFiles.string(fields, "region"),
            Secret.of(accessToken),
            expiresAt,
            CacheFiles.string(fields, "clientId"),
            Secret.ofNullable(CacheFiles.string(fields, "clientSecret")),
            Timestamps.parse(CacheFiles.string(fields, "registrationExpiresAt")),
            Secret.ofNullable(CacheFiles.string(fields, "refreshToken"))));
  }

  private static void putIfPresent(Map<String, Object> fields, String key, String value) {
    if (value != null) {
      fields.put(key, value);
    }
  }
}
