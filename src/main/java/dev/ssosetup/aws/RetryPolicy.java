package dev.ssosetup.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Which failed portal calls are tried again and after how long: throttling, server errors and
 * broken connections are retried with exponential backoff and jitter; anything else (an expired
 * token, a bad request, an endpoint that did not answer within the call's time) fails at once. The
 * service's error may be wrapped (the SDK's credential provider wraps the portal's), so the causes
 * are searched.
 */
public final class RetryPolicy {
  /** What a failure means for the call. */
  public enum Kind {
    /** {@code TooManyRequestsException} (429): the service asks us to slow down. */
    THROTTLED,
    /** A 5xx answer or a broken connection: worth another try. */
    TRANSIENT,
    /** Anything else: retrying would give the same answer. */
    FATAL
  }

  /**
   * Throttling is retried many times (a large organisation behind a busy portal must not fail for
   * it); server errors fewer, since many in a row mean an outage.
   */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(Duration.ofMillis(200), Duration.ofSeconds(10), 20, 8);

  private final long baseNanos;
  private final long capNanos;
  private final int maxThrottledAttempts;
  private final int maxTransientAttempts;

  RetryPolicy(Duration base, Duration cap, int maxThrottledAttempts, int maxTransientAttempts) {
    this.baseNanos = base.toNanos();
    this.capNanos = cap.toNanos();
    this.maxThrottledAttempts = maxThrottledAttempts;
    this.maxTransientAttempts = maxTransientAttempts;
  }

  public static Kind classify(RuntimeException error) {
    if (EndpointException.in(error) != null) {
      // No answer within the whole call's time, or an unusable one: trying again would not help.
      return Kind.FATAL;
    }
    AwsServiceException service = serviceError(error);
    if (service != null) {
      String code =
          service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
      if (service.statusCode() == 429
          || "TooManyRequestsException".equals(code)
          || service.isThrottlingException()) {
        return Kind.THROTTLED;
      }
      return service.statusCode() >= 500 ? Kind.TRANSIENT : Kind.FATAL;
    }
    // A network failure of one attempt is worth another; the SDK giving up on the call's whole
    // time is not (another try would take as long again).
    if ((error instanceof SdkClientException || error instanceof UncheckedIOException)
        && NetworkFailures.cause(error) instanceof IOException) {
      return Kind.TRANSIENT;
    }
    return Kind.FATAL;
  }

  private static AwsServiceException serviceError(Throwable error) {
    int depth = 0;
    for (Throwable cause = error; cause != null && depth++ < 20; cause = cause.getCause()) {
      if (cause instanceof AwsServiceException service) {
        return service;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  /** How many attempts in all a call may make when its failures are of this kind. */
  public int maxAttempts(Kind kind) {
    return switch (kind) {
      case THROTTLED -> maxThrottledAttempts;
      case TRANSIENT -> maxTransientAttempts;
      case FATAL -> 1;
    };
  }

  /**
   * The wait after the {@code failures}-th failure of a call: {@code base * 2^(failures-1)}, at
   * most the cap, of which a random half is taken off ("equal jitter"), so that calls throttled
   * together do not come back together, yet none comes back at once.
   */
  public long delayNanos(int failures, DoubleSupplier random) {
    int doublings = Math.min(Math.max(failures - 1, 0), 30);
    long ceiling = Math.min(capNanos, baseNanos << doublings);
    if (ceiling < 0) {
      ceiling = capNanos;
    }
    double share = 0.5 + 0.5 * random.getAsDouble();
    return (long) (ceiling * share);
  }
}
