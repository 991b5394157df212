package dev.ssosetup.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The sandbox's settings: fixed lifetimes and the clock, and the switches tests may flip while it
 * runs (approval, latency, throttling, failure rate), safe to read from every request thread.
 */
final class Switches {
  final Clock clock;
  final Duration tokenLifetime;
  final Duration refreshTokenLifetime;
  final Duration credentialLifetime;
  final Throttle throttle;

  /** Where the draws of the fail rate start unless a seed is given. */
  static final long DEFAULT_FAULT_SEED = 20_240_101L;

  private volatile Approval approval;
  private Duration latency; // guarded by this
  private int inLatency; // guarded by this
  private volatile double failRate;
  private volatile Random faults = new Random(DEFAULT_FAULT_SEED);
  private volatile String signedInUser;
  private volatile Duration provisioningDelay = Duration.ofMillis(300);
  private volatile String provisioningFailure;

  Switches(
      Clock clock,
      Duration tokenLifetime,
      Duration refreshTokenLifetime,
      Duration credentialLifetime,
      Approval approval,
      Duration latency,
      double throttleRps,
      double failRate) {
    this.clock = clock;
    this.tokenLifetime = positive(tokenLifetime, "token lifetime");
    this.refreshTokenLifetime = positive(refreshTokenLifetime, "refresh token lifetime");
    this.credentialLifetime = positive(credentialLifetime, "credential lifetime");
    // On the sandbox's clock, so that a test with a clock of its own decides when the bucket
    // refills.
    this.throttle = new Throttle(throttleRps, () -> nanos(clock.instant()));
    setApproval(approval);
    setLatency(latency);
    setFailRate(failRate);
  }

  Approval approval() {
    return approval;
  }

  void setApproval(Approval approval) {
    if (approval == null) {
      throw new IllegalArgumentException("approval must not be null");
    }
    this.approval = approval;
  }

  synchronized void setLatency(Duration latency) {
    if (latency == null || latency.isNegative()) {
      throw new IllegalArgumentException("latency must be zero or more, not " + latency);
    }
    this.latency = latency;
    notifyAll();
  }

  void setFailRate(double failRate) {
    setFailRate(failRate, DEFAULT_FAULT_SEED);
  }

  /** The fail rate, and the seed the draws start again from, so that a run can be repeated. */
  void setFailRate(double failRate, long seed) {
    if (!(failRate >= 0 && failRate <= 1)) {
      throw new IllegalArgumentException("fail rate must be between 0 and 1, not " + failRate);
    }
    this.faults = new Random(seed);
    this.failRate = failRate;
  }

  /** The user a login signs in as, whoever approves it. */
  String signedInUser() {
    return signedInUser;
  }

  void setSignedInUser(String user) {
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("the signed-in user must be named");
    }
    this.signedInUser = user;
  }

  /** How long an assignment's creation or a permission set's provisioning stays IN_PROGRESS. */
  Duration provisioningDelay() {
    return provisioningDelay;
  }

  void setProvisioningDelay(Duration delay) {
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("provisioning delay must be zero or more, not " + delay);
    }
    this.provisioningDelay = delay;
  }

  /** The reason new provisioning requests fail with, or null when they succeed. */
  String provisioningFailure() {
    return provisioningFailure;
  }

  void setProvisioningFailure(String reason) {
    this.provisioningFailure = reason;
  }

  /**
   * Whether this request should fail with a 500, drawn at the configured rate from the seeded
   * sequence (the same requests in the same order fail the same way every run).
   */
  boolean failNow() {
    double rate = failRate;
    return rate > 0 && (rate >= 1 || faults.nextDouble() < rate);
  }

  /**
   * Holds the calling request thread for the simulated network latency, counted while it waits. A
   * new latency applies to requests already waiting (they wait until the new one has passed since
   * they began), so a test can hold requests and let them go.
   */
  synchronized void simulateLatency() {
    long start = System.nanoTime();
    inLatency++;
    try {
      long left;
      while ((left = latency.toNanos() - (System.nanoTime() - start)) > 0) {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      inLatency--;
    }
  }

  /** How many requests are waiting out the latency now. */
  synchronized int requestsInLatency() {
    return inLatency;
  }

  private static long nanos(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }

  private static Duration positive(Duration duration, String what) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, not " + duration);
    }
    return duration;
  }
}
