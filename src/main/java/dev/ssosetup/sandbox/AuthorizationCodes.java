package dev.ssosetup.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PKCE side of the login: authorization requests waiting on the authorize page, and the
 * single-use authorization codes the redirect carries, each bound to its client, redirect URI and
 * code challenge.
 */
final class AuthorizationCodes {
  static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
  static final Duration PAGE_LIFETIME = Duration.ofMinutes(10);

  private final Map<String, Code> codes = new ConcurrentHashMap<>();
  private final Map<String, Authorization> waiting = new ConcurrentHashMap<>();
  private final Secrets secrets;
  private final Switches switches;

  AuthorizationCodes(Secrets secrets, Switches switches) {
    this.secrets = secrets;
    this.switches = switches;
  }

  /** Keeps a request for the authorize page until the person decides; returns its id. */
  String hold(Authorization authorization) {
    String id = secrets.opaqueId();
    waiting.put(id, authorization);
    return id;
  }

  /** The request held under this id, removed (a decision is made once), or null. */
  Authorization take(String id) {
    Authorization authorization = id == null ? null : waiting.remove(id);
    if (authorization == null
        || !switches.clock.instant().isBefore(authorization.heldAt().plus(PAGE_LIFETIME))) {
      return null;
    }
    return authorization;
  }

  /** Issues the code the redirect carries for an approved request. */
  String issue(Authorization authorization) {
    String code = secrets.authorizationCode();
    codes.put(code, new Code(authorization, switches.clock.instant().plus(CODE_LIFETIME)));
    return code;
  }

  /** Spends a code: the request it was issued for, or null when unknown, spent or expired. */
  Authorization redeem(String code) {
    Code entry = code == null ? null : codes.remove(code);
    if (entry == null || !switches.clock.instant().isBefore(entry.expiresAt())) {
      return null;
    }
    return entry.authorization();
  }

  /** An authorization request as /authorize received it, validated. */
  record Authorization(
      String clientId,
      String redirectUri,
      String state,
      String codeChallenge,
      List<String> scopes,
      Instant heldAt) {}

  private record Code(Authorization authorization, Instant expiresAt) {}
}
