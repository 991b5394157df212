package dev.ssosetup.populate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.Messages;
import dev.ssosetup.common.UserLanguage;
import dev.ssosetup.prompt.ProgressStep;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The listing's progress as the readings the prompter draws: the bar's numbers and the counts. */
class ListingProgressTest {

  @Test
  void step_countsAccountsDoneOfTotalRolesAndRate() {
    ProgressStep step = ListingProgress.step(progress(412, 1000, true, 1236, 830, 41.5));

    assertThat(step.done()).isEqualTo(412);
    assertThat(step.total()).isEqualTo(1000);
    assertThat(step.last()).isFalse();
    assertThat(step.counts().in(Messages.english()))
        .isEqualTo(" 412/1000 accounts, 1236 roles, 20.0 req/s");
    assertThat(step.counts().in(Messages.of(UserLanguage.JAPANESE)))
        .isEqualTo("アカウント  412/1000、ロール 1236、20.0 件/秒");
  }

  @Test
  void step_marksATotalStillGrowing() {
    ProgressStep step = ListingProgress.step(progress(10, 100, false, 30, 12, 1));

    assertThat(step.counts().in(Messages.english()))
        .isEqualTo(" 10/100+ accounts, 30 roles, 12.0 req/s");
    assertThat(step.last()).isFalse();
  }

  @Test
  void step_isLastWhenEveryAccountIsFoundAndDone() {
    assertThat(ListingProgress.step(progress(10, 10, true, 30, 12, 1)).last()).isTrue();
    assertThat(ListingProgress.step(progress(10, 10, false, 30, 12, 1)).last()).isFalse();
  }

  private static Progress progress(
      int done, int total, boolean allFound, int roles, int requests, double seconds) {
    return new Progress(
        total,
        allFound,
        total,
        done,
        roles,
        requests,
        0,
        Duration.ofMillis((long) (seconds * 1000)));
  }
}
