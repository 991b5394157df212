package dev.ssosetup.auth;

import dev.ssosetup.common.Secret;
import java.time.Instant;

/**
 * An AWS CLI token cache file (docs/spec.md §4). Only {@code accessToken} and {@code expiresAt} are
 * always there; files written by other tools may lack the rest, which is then null. The client
 * fields and the refresh token are present only for {@code [sso-session]} logins. The tokens and
 * the client secret are {@link Secret}s, so {@link #toString()} shows none of them.
 */
public record CachedToken(
    String startUrl,
    String region,
    Secret accessToken,
    Instant expiresAt,
    String clientId,
    Secret clientSecret,
    Instant registrationExpiresAt,
    Secret refreshToken) {

  /**
   * Whether it can be renewed with its refresh token: it has one, the client it was issued to, and
   * that client's registration has not expired at {@code now} (as botocore requires).
   */
  public boolean refreshableAt(Instant now) {
    return refreshToken != null
        && clientId != null
        && clientSecret != null
        && registrationExpiresAt != null
        && registrationExpiresAt.isAfter(now);
  }

  /**
   * Whether this token was issued for the session's start URL (a file without {@code startUrl}, as
   * some SDK tests write, is taken to be). A session whose start URL changed needs a new login.
   */
  public boolean isFor(SsoSessionRef session) {
    return startUrl == null || normalize(startUrl).equals(normalize(session.startUrl()));
  }

  private static String normalize(String url) {
    String trimmed = url.strip();
    while (trimmed.endsWith("/") || trimmed.endsWith("#")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed;
  }
}
