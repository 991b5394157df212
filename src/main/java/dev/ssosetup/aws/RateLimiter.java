package dev.ssosetup.aws;

import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Spaces calls evenly at a fixed rate with no burst: each caller reserves the next free slot, one
 * interval after the previous one, and sleeps until it. Thread-safe and fair in reservation order.
 */
public final class RateLimiter {
  /** The slowest rate that makes sense: a call every ten seconds. */
  public static final double MIN_RATE = 0.1;

  /** The fastest: well above any AWS throttle for these calls (the portal's is about 20). */
  public static final double MAX_RATE = 1000;

  /** The rate the Identity Center portal allows before it throttles. */
  public static final double PORTAL_RATE = 20;

  /** Sleeps for a number of nanoseconds; tests pass one that only records or moves a fake clock. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(long nanos) throws InterruptedException;

    Sleeper SYSTEM = TimeUnit.NANOSECONDS::sleep;
  }

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private boolean started;
  private long nextSlot;

  /**
   * @throws IllegalArgumentException when the rate is not from {@link #MIN_RATE} to {@link
   *     #MAX_RATE} calls per second ({@link #rateProblem})
   */
  public RateLimiter(double permitsPerSecond) {
    this(permitsPerSecond, System::nanoTime, Sleeper.SYSTEM);
  }

  RateLimiter(double permitsPerSecond, LongSupplier nanoTime, Sleeper sleeper) {
    if (!validRate(permitsPerSecond)) {
      throw new IllegalArgumentException(
          "the rate must be from "
              + MIN_RATE
              + " to "
              + MAX_RATE
              + " calls per second, not "
              + permitsPerSecond);
    }
    this.intervalNanos = Math.max(1, Math.round(1e9 / permitsPerSecond));
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  /**
   * Whether a rate is one this limiter takes: from {@link #MIN_RATE} to {@link #MAX_RATE} calls per
   * second. A rate of 1e-300 would wait for ever for the second call; NaN and infinity are no
   * rates.
   */
  public static boolean validRate(double permitsPerSecond) {
    return permitsPerSecond >= MIN_RATE && permitsPerSecond <= MAX_RATE;
  }

  /**
   * Exit 2 naming the flag and the range when the rate is not {@link #validRate valid}, before any
   * login or call.
   */
  public static void requireValidRate(String flag, double permitsPerSecond) {
    if (!validRate(permitsPerSecond)) {
      throw UserFacingException.usage(
          Text.of(
              "network.rate.invalid", flag, number(MIN_RATE), number(MAX_RATE), permitsPerSecond),
          Text.of("network.rate.invalid.hint", number(PORTAL_RATE)));
    }
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  /** Waits for this caller's slot. */
  public void acquire() throws InterruptedException {
    long wait = reserve();
    if (wait > 0) {
      sleeper.sleep(wait);
    }
  }

  /**
   * Takes the next slot and returns how long until it, in nanoseconds (0: now). Slots do not pile
   * up while nobody calls: after a pause the next call goes at once, then the spacing resumes, so
   * the server never sees more than one call per interval.
   */
  synchronized long reserve() {
    long now = nanoTime.getAsLong();
    long slot = started && nextSlot - now > 0 ? nextSlot : now;
    started = true;
    nextSlot = slot + intervalNanos;
    return slot - now;
  }
}
