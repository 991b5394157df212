package dev.ssosetup.cli;

import dev.ssosetup.aws.AwsService;
import dev.ssosetup.aws.CallObserver;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
import dev.ssosetup.prompt.Prompter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Shows that sso-setup waits for AWS: a call still running after a threshold (a second) gets the
 * prompter's spinner, naming the service and host and counting down to the call's deadline, until
 * it ends. With several calls at once (verify --all) the oldest slow one is shown. The prompter is
 * asked for only when a call is slow, so a command that is never slow opens no terminal.
 */
final class SlowCalls implements CallObserver {
  /** Calls faster than this show nothing. */
  static final Duration DEFAULT_THRESHOLD = Duration.ofSeconds(1);

  private final Supplier<Prompter> prompter;
  private final Messages messages;
  private final Clock clock;
  private final Duration threshold;
  private final Map<Object, Pending> inFlight = new LinkedHashMap<>();
  private ScheduledExecutorService timer;
  private Pending shown;
  private Prompter.Waiting waiting;

  /** A call in flight: who for, until when, and when it counts as slow. */
  private record Pending(AwsService service, String host, Instant deadline, long slowAtNanos) {}

  SlowCalls(Supplier<Prompter> prompter, Messages messages, Clock clock, Duration threshold) {
    this.prompter = prompter;
    this.messages = messages;
    this.clock = clock;
    this.threshold = threshold;
  }

  @Override
  public Call started(AwsService service, String host, Duration timeout) {
    Object key = new Object();
    Pending pending =
        new Pending(
            service, host, clock.instant().plus(timeout), System.nanoTime() + threshold.toNanos());
    ScheduledFuture<?> due;
    synchronized (this) {
      inFlight.put(key, pending);
      due = timer().schedule(this::refresh, threshold.toNanos(), TimeUnit.NANOSECONDS);
    }
    return () -> {
      due.cancel(false);
      synchronized (this) {
        if (inFlight.remove(key) == null) {
          return;
        }
      }
      refresh();
    };
  }

  /** Shows the oldest slow call, or nothing when none is slow. */
  private synchronized void refresh() {
    long now = System.nanoTime();
    Pending oldest =
        inFlight.values().stream().filter(p -> now - p.slowAtNanos() >= 0).findFirst().orElse(null);
    if (oldest == shown) {
      return;
    }
    if (waiting != null) {
      waiting.close();
      waiting = null;
    }
    shown = oldest;
    if (oldest != null) {
      waiting =
          prompter
              .get()
              .waiting(
                  Text.of("security.waiting-for", oldest.service().title(), oldest.host())
                      .in(messages),
                  oldest.deadline());
    }
  }

  private ScheduledExecutorService timer() {
    if (timer == null) {
      timer =
          Executors.newSingleThreadScheduledExecutor(
              runnable -> {
                Thread thread = new Thread(runnable, "sso-setup-slow-calls");
                thread.setDaemon(true);
                return thread;
              });
    }
    return timer;
  }
}
