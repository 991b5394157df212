package dev.ssosetup.auth;

import java.time.Duration;

/** Waits between device-code polls; tests pass one that moves a clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;

  /** {@link Thread#sleep}. */
  static Sleeper system() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
