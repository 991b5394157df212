package dev.ssosetup.sandbox;

import dev.ssosetup.common.Secret;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sign-in sessions behind the OIDC tokens: each login starts one, for the signed-in user, and
 * it ends when its refresh-token lifetime runs out or the portal's Logout revokes it. Access tokens
 * expire on their own; refresh tokens are single-use and rotate.
 */
final class Sessions {
  private final Map<String, AccessToken> accessTokens = new ConcurrentHashMap<>();
  private final Map<String, Session> refreshTokens = new ConcurrentHashMap<>();
  private final Secrets secrets;
  private final Switches switches;

  Sessions(Secrets secrets, Switches switches) {
    this.secrets = secrets;
    this.switches = switches;
  }

  /** Starts a session and issues its first tokens (a refresh token only when asked). */
  Tokens start(String user, String clientId, boolean withRefreshToken) {
    Session session =
        new Session(user, clientId, switches.clock.instant().plus(switches.refreshTokenLifetime));
    return issue(session, withRefreshToken);
  }

  /**
   * Redeems a refresh token of this client for new tokens; the old refresh token is spent. Null
   * when the token is unknown, spent, of another client, or its session is over.
   */
  Tokens refresh(String refreshToken, String clientId) {
    Session session = refreshToken == null ? null : refreshTokens.get(refreshToken);
    if (session == null || !session.clientId.equals(clientId)) {
      return null;
    }
    // remove() decides races: of two concurrent refreshes with one token, exactly one wins.
    if (!refreshTokens.remove(refreshToken, session) || !session.isLive(switches.clock.instant())) {
      return null;
    }
    return issue(session, true);
  }

  /** The live session an access token belongs to, or null (unknown, expired or logged out). */
  Session validate(String accessToken) {
    AccessToken token = accessToken == null ? null : accessTokens.get(accessToken);
    Instant now = switches.clock.instant();
    if (token == null || !now.isBefore(token.expiresAt) || token.session.revoked) {
      return null;
    }
    return token.session;
  }

  /** Ends the session of a valid access token: all its tokens stop working. */
  boolean logout(String accessToken) {
    Session session = validate(accessToken);
    if (session == null) {
      return false;
    }
    session.revoked = true;
    refreshTokens.values().removeIf(s -> s == session);
    return true;
  }

  private Tokens issue(Session session, boolean withRefreshToken) {
    Duration lifetime = switches.tokenLifetime;
    String accessToken = secrets.accessToken();
    accessTokens.put(
        accessToken, new AccessToken(session, switches.clock.instant().plus(lifetime)));
    String refreshToken = null;
    if (withRefreshToken) {
      refreshToken = secrets.refreshToken();
      refreshTokens.put(refreshToken, session);
    }
    return new Tokens(
        Secret.of(accessToken), Secret.ofNullable(refreshToken), lifetime.toSeconds());
  }

  /** A sign-in of one user through one client. */
  static final class Session {
    final String user;
    final String clientId;
    final Instant endsAt;
    volatile boolean revoked;

    Session(String user, String clientId, Instant endsAt) {
      this.user = user;
      this.clientId = clientId;
      this.endsAt = endsAt;
    }

    boolean isLive(Instant now) {
      return !revoked && now.isBefore(endsAt);
    }
  }

  /** What CreateToken answers; the tokens are {@link Secret}s, so it can be logged. */
  record Tokens(Secret accessToken, Secret refreshToken, long expiresInSeconds) {}

  private record AccessToken(Session session, Instant expiresAt) {}
}
