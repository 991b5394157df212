package dev.ssosetup.sandbox;

import java.util.function.LongSupplier;

/**
 * A token bucket: refills at the configured rate and holds one second's worth of requests (at least
 * one), so a client that keeps to the rate is never refused and one above it is refused for exactly
 * the excess. A rate of 0 turns it off.
 */
final class Throttle {
  private final LongSupplier nanoTime;
  private double ratePerSecond;
  private double capacity;
  private double tokens;
  private long lastRefill;

  Throttle(double ratePerSecond) {
    this(ratePerSecond, System::nanoTime);
  }

  Throttle(double ratePerSecond, LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
    setRate(ratePerSecond);
  }

  /** Changes the rate and refills the bucket; 0 means no limit. */
  synchronized void setRate(double ratePerSecond) {
    if (!(ratePerSecond >= 0) || Double.isInfinite(ratePerSecond)) {
      throw new IllegalArgumentException(
          "throttle rate must be 0 (off) or a positive number of requests per second, not "
              + ratePerSecond);
    }
    this.ratePerSecond = ratePerSecond;
    this.capacity = Math.max(1, ratePerSecond);
    this.tokens = capacity;
    this.lastRefill = nanoTime.getAsLong();
  }

  /** Takes one request's token; false when the caller is above the rate. */
  synchronized boolean tryAcquire() {
    if (ratePerSecond == 0) {
      return true;
    }
    long now = nanoTime.getAsLong();
    // A clock set back refills nothing (rather than taking tokens away).
    tokens = Math.min(capacity, tokens + Math.max(0, now - lastRefill) * ratePerSecond / 1e9);
    lastRefill = now;
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }
}
