package dev.ssosetup.auth;

import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.common.Secret;
import dev.ssosetup.common.Text;
import dev.ssosetup.prompt.Prompter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;

/**
 * When a login is not needed: a cached token with time left is reused, one near its end is renewed
 * with its refresh token under the session's lock. Writes the cache only after a refresh succeeded.
 */
final class ReuseOrRefresh {
  /** A cached token with less time left than this is refreshed (botocore's window). */
  static final Duration REFRESH_WINDOW = Duration.ofMinutes(15);

  private final AwsClients clients;
  private final TokenCache cache;
  private final Clock clock;

  ReuseOrRefresh(AwsClients clients, TokenCache cache, Clock clock) {
    this.clients = clients;
    this.cache = cache;
    this.clock = clock;
  }

  /**
   * The cached token while it has more than 15 minutes left (unless {@code reuseAccessToken} is
   * false: the service rejected it), else a refreshed one; empty when only a login will do. A
   * failed refresh is told through the prompter.
   */
  Optional<LoginResult> beforeLogin(
      SsoSessionRef session, Prompter prompter, boolean reuseAccessToken) {
    Instant now = clock.instant();
    return cached(session)
        .flatMap(
            token -> {
              if (reuseAccessToken && fresh(token, now)) {
                return Optional.of(reused(token));
              }
              if (session.legacy() || !token.refreshableAt(now)) {
                return Optional.empty();
              }
              Secret distrusted = reuseAccessToken ? null : token.accessToken();
              return cache.locked(session, () -> refreshUnderLock(session, prompter, distrusted));
            });
  }

  /**
   * With no word to anyone: the cached token while it has more than 15 minutes left; else one
   * renewed with its refresh token; else the cached token while it has any time left.
   */
  Optional<LoginResult> withoutPrompting(SsoSessionRef session) {
    Instant now = clock.instant();
    return cached(session)
        .flatMap(
            token -> {
              if (fresh(token, now)) {
                return Optional.of(reused(token));
              }
              Optional<LoginResult> refreshed =
                  session.legacy() || !token.refreshableAt(now)
                      ? Optional.empty()
                      : cache.locked(session, () -> refreshUnderLock(session, null, null));
              return refreshed.isPresent() || !token.expiresAt().isAfter(now)
                  ? refreshed
                  : Optional.of(reused(token));
            });
  }

  /**
   * Holding the session's lock: the cache as it is now (another process may have refreshed it while
   * this one waited, rotating the refresh token this one read), reused if it is fresh, else
   * refreshed. A failed refresh is told through the prompter, unless it is null (silent).
   */
  private Optional<LoginResult> refreshUnderLock(
      SsoSessionRef session, Prompter prompter, Secret distrusted) {
    Instant now = clock.instant();
    // Another process may have refreshed it meanwhile; a token the service rejected is no reuse.
    return cached(session)
        .flatMap(
            token ->
                fresh(token, now) && !token.accessToken().equals(distrusted)
                    ? Optional.of(reused(token))
                    : token.refreshableAt(now)
                        ? refresh(session, token, prompter)
                        : Optional.empty());
  }

  private Optional<CachedToken> cached(SsoSessionRef session) {
    return cache.read(session).filter(token -> token.isFor(session));
  }

  private Optional<LoginResult> refresh(
      SsoSessionRef session, CachedToken token, Prompter prompter) {
    CreateTokenResponse response;
    try {
      response =
          clients
              .oidc(session.region())
              .createToken(
                  r ->
                      r.grantType(OidcCalls.REFRESH_TOKEN_GRANT)
                          .clientId(token.clientId())
                          .clientSecret(token.clientSecret().reveal())
                          .refreshToken(token.refreshToken().reveal()));
    } catch (SdkException e) {
      if (prompter != null) {
        prompter.warn(
            Text.of("auth.refreshFailed", session.title(), OidcCalls.reason(e))
                .in(clients.messages()));
      }
      return Optional.empty();
    }
    Instant expiresAt = OidcCalls.expiry(response, clock);
    // A service that does not rotate the refresh token leaves the old one valid.
    Secret refreshToken =
        response.refreshToken() != null ? Secret.of(response.refreshToken()) : token.refreshToken();
    cache.write(
        session,
        new CachedToken(
            session.startUrl(),
            session.region(),
            Secret.of(response.accessToken()),
            expiresAt,
            token.clientId(),
            token.clientSecret(),
            token.registrationExpiresAt(),
            refreshToken));
    return Optional.of(
        new LoginResult(Secret.of(response.accessToken()), expiresAt, LoginOutcome.REFRESHED));
  }

  private static boolean fresh(CachedToken token, Instant now) {
    return token.expiresAt().isAfter(now.plus(REFRESH_WINDOW));
  }

  private static LoginResult reused(CachedToken token) {
    return new LoginResult(token.accessToken(), token.expiresAt(), LoginOutcome.REUSED);
  }
}
