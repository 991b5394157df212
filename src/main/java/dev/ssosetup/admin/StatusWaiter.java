package dev.ssosetup.admin;

import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.prompt.Prompter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Waits for an asynchronous IAM Identity Center request (an assignment's creation, a permission
 * set's provisioning) to leave {@code IN_PROGRESS}: polls its status with a growing pause (0.25 s,
 * then 1.6 times longer each time, at most 5 s), shows a spinner at a terminal, and gives up after
 * a time limit.
 */
public final class StatusWaiter {
  /** Ten minutes: far longer than the service takes, short enough to notice a stuck request. */
  public static final Duration DEFAULT_LIMIT = Duration.ofMinutes(10);

  static final Duration FIRST_PAUSE = Duration.ofMillis(250);
  static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

  /** Sleeps between polls (tests may hand in one that does not). */
  public interface Pause {
    void sleep(Duration duration) throws InterruptedException;
  }

  /** A status as it is polled: its value ({@code IN_PROGRESS}, ...) and the failure reason. */
  public record Status(String value, String failureReason) {
    boolean inProgress() {
      return "IN_PROGRESS".equals(value);
    }
  }

  private final Clock clock;
  private final Pause pause;
  private final Duration limit;

  public StatusWaiter(Clock clock, Pause pause, Duration limit) {
    this.clock = clock;
    this.pause = pause;
    this.limit = limit;
  }

  /** The real clock and sleep, with the default limit. */
  public static StatusWaiter system(Clock clock) {
    return new StatusWaiter(clock, duration -> Thread.sleep(duration.toMillis()), DEFAULT_LIMIT);
  }

  /**
   * Polls until the status is no longer {@code IN_PROGRESS}; returns the last status.
   *
   * @param first the status the request was made with (no poll needed when it is final)
   * @param message what the spinner says
   * @throws AdminProblem (exit 1) when the limit passes first
   */
  public Status await(
      Status first, Supplier<Status> poll, Prompter prompter, String message, String what) {
    Status status = first;
    if (!status.inProgress()) {
      return status;
    }
    Instant deadline = clock.instant().plus(limit);
    Duration next = FIRST_PAUSE;
    try (Prompter.Waiting ignored = prompter.waiting(message, deadline)) {
      while (status.inProgress()) {
        if (!clock.instant().isBefore(deadline)) {
          throw AdminProblem.failure("admin.grant.timeout", what, limit.toMinutes());
        }
        pause.sleep(next);
        next = next.multipliedBy(8).dividedBy(5);
        if (next.compareTo(LONGEST_PAUSE) > 0) {
          next = LONGEST_PAUSE;
        }
        status = poll.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw UserFacingException.interrupted();
    }
    return status;
  }
}
