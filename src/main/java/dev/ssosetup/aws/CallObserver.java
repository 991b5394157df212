package dev.ssosetup.aws;

import java.time.Duration;

/**
 * Hears when an AWS call starts and ends, so that the terminal can show that sso-setup waits for an
 * answer (and for whom). Called from the threads that make the calls; must be thread-safe.
 */
@FunctionalInterface
public interface CallObserver {
  /** Nothing is shown. */
  CallObserver NONE = (service, host, timeout) -> () -> {};

  /**
   * A call to {@code service} at {@code host} started and may take up to {@code timeout}; the
   * returned handle is closed once when it ends, however it ends.
   */
  Call started(AwsService service, String host, Duration timeout);

  /** A call in progress. */
  interface Call extends AutoCloseable {
    @Override
    void close();
  }
}
