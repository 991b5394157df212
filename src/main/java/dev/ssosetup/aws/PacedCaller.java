package dev.ssosetup.aws;

import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Calls the portal at a paced rate, retrying what is worth retrying: every attempt first takes a
 * slot of the {@link RateLimiter}, and a throttled or transient failure is tried again after the
 * {@link RetryPolicy}'s backoff. Shared by {@code populate} (ListAccounts, ListAccountRoles) and
 * {@code verify} (the credential resolution that calls GetRoleCredentials), so that neither sends
 * more than the configured rate, whatever its concurrency. Thread-safe.
 */
public final class PacedCaller {
  private final RateLimiter limiter;
  private final RetryPolicy policy;
  private final RateLimiter.Sleeper sleeper;
  private final DoubleSupplier random;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();

  public PacedCaller(
      RateLimiter limiter, RetryPolicy policy, RateLimiter.Sleeper sleeper, DoubleSupplier random) {
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * At this rate with the default retries, sleeping for real.
   *
   * @throws IllegalArgumentException for a rate {@link RateLimiter#validRate} refuses
   */
  public static PacedCaller atRate(double callsPerSecond) {
    return new PacedCaller(
        new RateLimiter(callsPerSecond),
        RetryPolicy.DEFAULT,
        RateLimiter.Sleeper.SYSTEM,
        () -> ThreadLocalRandom.current().nextDouble());
  }

  /** The call's result; when it fails for good, the failure of its last attempt as it was. */
  public <T> T call(Supplier<T> request) throws InterruptedException {
    return call(request, () -> {});
  }

  /** The same, running {@code beforeRetry} before each wait for another attempt (progress). */
  public <T> T call(Supplier<T> request, Runnable beforeRetry) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      limiter.acquire();
      requests.incrementAndGet();
      try {
        return request.get();
      } catch (RuntimeException e) {
        if (attempt >= policy.maxAttempts(RetryPolicy.classify(e))) {
          throw e;
        }
        retries.incrementAndGet();
        beforeRetry.run();
        sleeper.sleep(policy.delayNanos(attempt, random));
      }
    }
  }

  /** Attempts made so far, retries included. */
  public int requests() {
    return requests.get();
  }

  /** Attempts that were retries. */
  public int retries() {
    return retries.get();
  }
}
