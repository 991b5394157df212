package dev.ssosetup.auth;

import java.time.Instant;

/**
 * An AWS CLI token cache file (docs/spec.md §4). Only {@code accessToken} and {@code expiresAt} are
 * always there; files written by other tools may lack the rest, which is then null. The client
 * fields and the refresh token are present only for {@code [sso-session]} logins.
 */
public record CachedToken(
    String startUrl,
    String region,
    String accessToken,
    Instant expiresAt,
    String clientId,
    String clientSecret,
    Instant registrationExpiresAt,
    String refreshToken) {

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

  /** Shows no secret: the tokens and the client secret are redacted. */
  @Override
  public String toString() {
    return "CachedToken[startUrl="
        + startUrl
        + ", region="
        + region
        + ", accessToken="
        + redacted(accessToken)
        + ", expiresAt="
        + expiresAt
        + ", clientId="
        + clientId
        + ", clientSecret="
        + redacted(clientSecret)
        + ", registrationExpiresAt="
        + registrationExpiresAt
        + ", refreshToken="
        + redacted(refreshToken)
        + "]";
  }

  static String redacted(String secret) {
    return secret == null ? "null" : "<redacted>";
  }
}
