package dev.ssosetup.populate;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Spaces calls evenly at a fixed rate with no burst: each caller reserves the next free slot, one
 * interval after the previous one, and sleeps until it. Thread-safe and fair in reservation order.
 */
final class RateLimiter {
  /** Sleeps for a number of nanoseconds; tests pass one that only records or moves a fake clock. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(long nanos) throws InterruptedException;

    Sleeper SYSTEM = TimeUnit.NANOSECONDS::sleep;
  }

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private boolean started;
  private long nextSlot;

  RateLimiter(double permitsPerSecond) {
    this(permitsPerSecond, System::nanoTime, Sleeper.SYSTEM);
  }

  RateLimiter(double permitsPerSecond, LongSupplier nanoTime, Sleeper sleeper) {
    if (!(permitsPerSecond > 0) || Double.isInfinite(permitsPerSecond)) {
      throw new IllegalArgumentException(
          "the rate must be a positive number of calls per second, not " + permitsPerSecond);
    }
    this.intervalNanos = Math.max(1, Math.round(1e9 / permitsPerSecond));
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  /** Waits for this caller's slot. */
  void acquire() throws InterruptedException {
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
