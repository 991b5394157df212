package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.aws.AwsService;
import dev.ssosetup.aws.CallObserver;
import dev.ssosetup.common.Messages;
import dev.ssosetup.testkit.Await;
import dev.ssosetup.testkit.RecordingPrompter;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class SlowCallsTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final RecordingPrompter prompter = new RecordingPrompter();
  private final SlowCalls slowCalls =
      new SlowCalls(() -> prompter, Messages.english(), Clock.systemUTC(), Duration.ofMillis(50));

  private void awaitWaits(int count) {
    Await.until(WAIT, () -> prompter.waits().size() == count, () -> prompter.waits().toString());
  }

  @Test
  void aFastCall_showsNothing_aSlowOne_showsItsServiceAndHost_untilItEnds() {
    slowCalls.started(AwsService.STS, "fast.example", Duration.ofSeconds(45)).close();
    CallObserver.Call slow =
        slowCalls.started(AwsService.SSO, "portal.sso.ap-northeast-1.amazonaws.com", WAIT);

    awaitWaits(1);
    assertThat(prompter.waits().get(0).message)
        .isEqualTo(
            "Waiting for the AWS access portal (SSO) at portal.sso.ap-northeast-1.amazonaws.com");
    assertThat(prompter.waits().get(0).closed()).isFalse();

    slow.close();
    assertThat(prompter.waits().get(0).closed()).isTrue();
    slow.close();
    assertThat(prompter.waits()).hasSize(1);
  }

  @Test
  void severalSlowCalls_theOldestIsShown_thenTheNextWhenItEnds() {
    CallObserver.Call first = slowCalls.started(AwsService.STS, "sts.example", WAIT);
    CallObserver.Call second = slowCalls.started(AwsService.S3, "s3.example", WAIT);
    awaitWaits(1);
    assertThat(prompter.waits().get(0).message).isEqualTo("Waiting for STS at sts.example");

    first.close();

    awaitWaits(2);
    assertThat(prompter.waits().get(0).closed()).isTrue();
    assertThat(prompter.waits().get(1).message).isEqualTo("Waiting for S3 at s3.example");
    second.close();
    assertThat(prompter.waits().get(1).closed()).isTrue();
  }
}
