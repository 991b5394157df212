package dev.ssosetup.auth;

import dev.ssosetup.common.Secret;
import java.time.Instant;
import java.util.List;

/** A client registered with RegisterClient; {@link #toString()} hides the secret. */
record Registration(
    String clientId,
    Secret clientSecret,
    Instant expiresAt,
    List<String> scopes,
    List<String> grantTypes) {
  Registration {
    scopes = List.copyOf(scopes);
    grantTypes = List.copyOf(grantTypes);
  }
}
