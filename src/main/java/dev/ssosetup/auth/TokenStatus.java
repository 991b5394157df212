package dev.ssosetup.auth;

/** What the token cache holds for a session, judged without any network call. */
public enum TokenStatus {
  /** An access token that has not expired yet. */
  VALID,
  /** An expired access token with a refresh token and a client registration still valid. */
  REFRESHABLE,
  /** An expired access token that cannot be refreshed: a new login is needed. */
  EXPIRED,
  /** No usable cache file. */
  NONE
}
