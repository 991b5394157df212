package dev.ssosetup.auth;

import java.time.Instant;

/** A session's {@link TokenStatus} and the access token's expiry (null for {@code NONE}). */
public record TokenState(TokenStatus status, Instant expiresAt) {}
