package dev.ssosetup.verify;

import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.auth.TokenState;
import dev.ssosetup.auth.TokenStatus;
import dev.ssosetup.common.LocalTimes;
import dev.ssosetup.common.Text;
import dev.ssosetup.profiles.ProfileInfo;
import java.time.Instant;

/**
 * The token cache as the SDK will find it, read without any network call, so that a missing or dead
 * login is named precisely rather than through the SDK's one generic message.
 */
final class CachedTokenCheck {
  /** The cache's state and, when no usable token is there, the failure. */
  record Outcome(TokenState state, Failure failure) {}

  private final TokenCache cache;

  CachedTokenCheck(TokenCache cache) {
    this.cache = cache;
  }

  Outcome check(ProfileInfo profile, SsoSessionRef session) {
    TokenState state = cache.state(session);
    Failure failure =
        switch (state.status()) {
          case NONE -> notLoggedIn(profile, session);
          case EXPIRED -> expired(profile, session, state.expiresAt());
          case VALID, REFRESHABLE -> null;
        };
    return new Outcome(state, failure);
  }

  static Failure notLoggedIn(ProfileInfo profile, SsoSessionRef session) {
    return loginFailure(
        Failure.Kind.NOT_LOGGED_IN,
        Text.of("verify.notLoggedIn.summary", session.title()),
        Text.of("verify.notLoggedIn", session.title()),
        profile,
        session,
        false);
  }

  private Failure expired(ProfileInfo profile, SsoSessionRef session, Instant expiresAt) {
    return loginFailure(
        Failure.Kind.TOKEN_EXPIRED,
        Text.of("verify.expired.summary", session.title()),
        Text.of(
            session.legacy() ? "verify.expiredLegacy" : "verify.expired",
            session.title(),
            localTime(expiresAt)),
        profile,
        session,
        false);
  }

  /** A failure whose fix is a login: for this profile, and for every profile of its session. */
  static Failure loginFailure(
      Failure.Kind kind,
      Text summary,
      Text message,
      ProfileInfo profile,
      SsoSessionRef session,
      boolean force) {
    String login = force ? "sso-setup login --force " : "sso-setup login ";
    Failure failure =
        Failure.of(kind, summary, message, Failure.run(login + "--profile " + profile.name()));
    return session.legacy()
        ? failure
        : failure.withSessionFix(Failure.run(login + "--sso-session " + session.name()));
  }

  private String localTime(Instant instant) {
    return LocalTimes.minutes(instant, cache.clock().getZone());
  }

  /** Whether the SDK will refresh the token before using it (less than 5 minutes left). */
  static boolean needsRefresh(TokenState state, Instant now) {
    return state.status() == TokenStatus.REFRESHABLE
        || (state.status() == TokenStatus.VALID
            && state.expiresAt().isBefore(now.plus(SDK_REFRESH_WINDOW)));
  }

  /**
   * The SDK's {@code SsoOidcTokenProvider} refreshes a token this long before it expires; a little
   * more, so that a token refreshed by a check is never found stale by the next.
   */
  static final java.time.Duration SDK_REFRESH_WINDOW = java.time.Duration.ofMinutes(6);
}
