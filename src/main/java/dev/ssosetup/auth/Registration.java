package dev.ssosetup.auth;

import java.time.Instant;
import java.util.List;

/** A client registered with RegisterClient; {@link #toString()} hides the secret. */
record Registration(
    String clientId,
    String clientSecret,
    Instant expiresAt,
    List<String> scopes,
    List<String> grantTypes) {
  Registration {
    scopes = List.copyOf(scopes);
    grantTypes = List.copyOf(grantTypes);
  }

  @Override
  public String toString() {
    return "Registration[clientId="
        + clientId
        + ", clientSecret=<redacted>, expiresAt="
        + expiresAt
        + ", scopes="
        + scopes
        + ", grantTypes="
        + grantTypes
        + "]";
  }
}
