package dev.ssosetup.auth;

import java.time.Instant;
import java.util.Objects;

/** A usable access token, until when it is valid, and how it was obtained. */
public record LoginResult(String accessToken, Instant expiresAt, LoginOutcome outcome) {
  public LoginResult {
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "LoginResult[accessToken=<redacted>, expiresAt="
        + expiresAt
        + ", outcome="
        + outcome
        + "]";
  }
}
