package dev.ssosetup.auth;

import dev.ssosetup.common.Secret;
import java.time.Instant;
import java.util.Objects;

/**
 * A usable access token, until when it is valid, and how it was obtained; {@link #toString()} never
 * shows the token.
 */
public record LoginResult(Secret accessToken, Instant expiresAt, LoginOutcome outcome) {
  public LoginResult {
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(outcome, "outcome");
  }
}
