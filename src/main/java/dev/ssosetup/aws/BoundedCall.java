package dev.ssosetup.aws;

import dev.ssosetup.common.UserFacingException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A call with a deadline for SDK work sso-setup cannot configure: the clients the SDK builds inside
 * its {@code ProfileCredentialsProvider} take no timeouts of ours, and their default socket timeout
 * never trips on a server that trickles its answer. The call runs on a daemon thread and is
 * abandoned (interrupted) when the time is up; its connection ends when the server closes it or the
 * process exits.
 */
public final class BoundedCall {
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ExecutorService RUNNER =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "sso-setup-bounded-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  private BoundedCall() {}

  /**
   * The call's result, or what it threw; {@code onTimeout}'s exception when it takes longer than
   * {@code limit}; exit 130 when this thread is interrupted while it waits.
   */
  public static <T> T within(
      Duration limit, Supplier<T> call, Supplier<? extends RuntimeException> onTimeout) {
    Future<T> future = RUNNER.submit(call::get);
    try {
      return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw onTimeout.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw UserFacingException.interrupted();
    }
  }
}
