package dev.ssosetup.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.admin.StatusWaiter.Status;
import dev.ssosetup.testkit.MutableClock;
import dev.ssosetup.testkit.RecordingPrompter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Polling an asynchronous request: growing pauses, a spinner, and a time limit. */
class StatusWaiterTest {
  private final MutableClock clock = MutableClock.startingNow();
  private final List<Duration> pauses = new ArrayList<>();
  private final StatusWaiter waiter =
      new StatusWaiter(
          clock,
          pause -> {
            pauses.add(pause);
            clock.advance(pause);
          },
          Duration.ofMinutes(10));
  private final RecordingPrompter prompter = new RecordingPrompter();

  @Test
  void aFinishedRequest_isNotPolled() {
    Status done = new Status("SUCCEEDED", null);

    assertThat(waiter.await(done, () -> null, prompter, "x", "x")).isSameAs(done);
    assertThat(pauses).isEmpty();
  }

  @Test
  void aRequestInProgress_isPolledWithGrowingPauses_underASpinner() {
    List<Status> answers =
        new ArrayList<>(
            List.of(
                new Status("IN_PROGRESS", null),
                new Status("IN_PROGRESS", null),
                new Status("FAILED", "Quota exceeded")));

    Status last =
        waiter.await(
            new Status("IN_PROGRESS", null), () -> answers.remove(0), prompter, "Assigning", "x");

    assertThat(last).isEqualTo(new Status("FAILED", "Quota exceeded"));
    assertThat(pauses)
        .containsExactly(Duration.ofMillis(250), Duration.ofMillis(400), Duration.ofMillis(640));
    assertThat(prompter.waits()).singleElement().satisfies(w -> assertThat(w.closed()).isTrue());
  }

  @Test
  void aRequestThatNeverFinishes_givesUpAtTheLimit_withPausesOfAtMost5Seconds() {
    assertThatThrownBy(
            () ->
                waiter.await(
                    new Status("IN_PROGRESS", null),
                    () -> new Status("IN_PROGRESS", null),
                    prompter,
                    "Assigning",
                    "111122223333"))
        .isInstanceOfSatisfying(
            AdminProblem.class,
            problem -> {
              assertThat(problem.key()).isEqualTo("admin.grant.timeout");
              assertThat(problem.arguments()).containsExactly("111122223333", 10L);
            });
    assertThat(pauses).allMatch(pause -> pause.compareTo(Duration.ofSeconds(5)) <= 0);
    assertThat(pauses.get(pauses.size() - 1)).isEqualTo(Duration.ofSeconds(5));
  }
}
