package dev.ssosetup.testkit;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition another thread brings about, failing with a description on timeout. */
public final class Await {
  private Await() {}

  public static void until(
      Duration timeout, BooleanSupplier condition, Supplier<String> whatIsSeen) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out after " + timeout + "; saw:\n" + whatIsSeen.get());
      }
      LockSupport.parkNanos(10_000_000L);
    }
  }
}
