package dev.ssosetup.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A secret text (an access or refresh token, a client secret, a secret access key, a session token)
 * that never shows itself: {@link #toString()} is {@code <redacted>}, so a record, a log line or an
 * exception message that holds one cannot leak it. The text is read only where it is sent or
 * stored, with {@link #reveal()}.
 *
 * <p>Shared by our code and the sandbox (docs/decisions/0012): the emulator issues the same kinds
 * of secrets and must not log them either.
 */
public final class Secret {
  /** What {@link #toString()} shows instead of the secret. */
  public static final String REDACTED = "<redacted>";

  private final String value;

  private Secret(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The secret holding {@code value}. */
  public static Secret of(String value) {
    return new Secret(value);
  }

  /** The secret holding {@code value}, or null when there is none (an optional field). */
  public static Secret ofNullable(String value) {
    return value == null ? null : new Secret(value);
  }

  /** The text of {@code secret}, or null when there is none. */
  public static String reveal(Secret secret) {
    return secret == null ? null : secret.value;
  }

  /** The secret's text, to send it or write it where it belongs. */
  public String reveal() {
    return value;
  }

  /** Whether this secret is {@code text}, compared in time that does not depend on the text. */
  public boolean matches(String text) {
    return text != null
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret secret && matches(secret.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Never the secret. */
  @Override
  public String toString() {
    return REDACTED;
  }
}
