package dev.ssosetup.aws;

import java.time.Duration;
import java.util.Objects;

/**
 * How long an AWS call may take, so that a server that never answers, or trickles its answer a byte
 * at a time, cannot hold a command for ever (docs/security.md):
 *
 * @param connect to open the connection (the URL-connection client's connect timeout)
 * @param read the longest silence while reading an answer (its socket timeout); a trickle of bytes
 *     never trips this, which is why the next two exist
 * @param attempt one attempt, answer included ({@code apiCallAttemptTimeout}); the SDK then retries
 * @param call the whole call, retries included ({@code apiCallTimeout}); also the bound on the
 *     SDK's own credential calls in {@code verify}
 */
public record AwsTimeouts(Duration connect, Duration read, Duration attempt, Duration call) {
  /**
   * For real use: 5 s to connect, 15 s of silence, 20 s an attempt, 45 s a call. Identity Center,
   * STS and S3 answer these calls in well under a second; the margins are for slow networks and
   * proxies.
   */
  public static final AwsTimeouts DEFAULTS =
      new AwsTimeouts(
          Duration.ofSeconds(5),
          Duration.ofSeconds(15),
          Duration.ofSeconds(20),
          Duration.ofSeconds(45));

  public AwsTimeouts {
    positive(connect, "connect");
    positive(read, "read");
    positive(attempt, "attempt");
    positive(call, "call");
  }

  /**
   * The same timeouts for every step (tests against a hostile server use a fraction of a second).
   */
  public static AwsTimeouts all(Duration timeout) {
    return new AwsTimeouts(timeout, timeout, timeout, timeout);
  }

  private static void positive(Duration duration, String what) {
    Objects.requireNonNull(duration, what);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("the " + what + " timeout must be positive: " + duration);
    }
  }
}
