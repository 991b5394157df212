package dev.ssosetup.auth;

/** How {@link SsoLogin#login} got its token. */
public enum LoginOutcome {
  /** A cached token with more than 15 minutes left. */
  REUSED,
  /** The cached token was renewed with its refresh token, without the browser. */
  REFRESHED,
  /** A new login (PKCE or device code) in the browser. */
  LOGGED_IN
}
