package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.sandbox.RequestRecord;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.TestHome;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code verify --all} over many profiles of one session: checked several at once, and a token due
 * for a refresh refreshed once (refresh tokens are single-use), not once per profile.
 */
@Timeout(60)
class VerifyAllConcurrencyTest {
  static final int PROFILES = 16;

  /** How many requests must be in the sandbox at the same time to count as concurrent. */
  static final int TOGETHER = 4;

  private final Overlap overlap = new Overlap(TOGETHER);

  @RegisterExtension
  final VerifyFixture fixture =
      new VerifyFixture(b -> b.fixture(Fixture.generated(PROFILES, 1)).log(overlap::answered));

  private Sandbox sandbox() {
    return fixture.sandbox();
  }

  private TestHome home() {
    return fixture.home();
  }

  private void writeConfigAndToken(Instant expiresAt) {
    home().writeConfig(fixture.workloads(PROFILES, "bench"));
    fixture.loggedIn(fixture.session("bench"), expiresAt);
  }

  @Test
  void verifyAll_tokenDueForRefresh_isRefreshedOnce_andEveryProfilePasses() {
    writeConfigAndToken(Instant.now().minusSeconds(30));

    Result result = CliRun.run(home(), "verify", "--all");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).endsWith("All " + PROFILES + " SSO profiles passed.\n");
    assertThat(sandbox().requests())
        .filteredOn(r -> "CreateToken".equals(r.operation()))
        .hasSize(1)
        .allMatch(r -> r.errorType() == null);
  }

  @Test
  void verifyAll_checksProfilesConcurrently() {
    writeConfigAndToken(Instant.now().plusSeconds(3600));

    overlap.arm();
    Result result = CliRun.run(home(), "verify", "--all");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(sandbox().requests()).extracting(RequestRecord::operation).hasSize(3 * PROFILES);
    assertThat(overlap.seen())
        .as("the first %d requests were all in the sandbox at the same time", TOGETHER)
        .isTrue();
  }

  /**
   * Holds each of the first {@code together} answered requests (in the sandbox's request thread,
   * before the answer is sent) until all of them have arrived. One request at a time, the first
   * would wait alone and the gate would never open; concurrently, they meet and go on.
   */
  static final class Overlap {
    private final int together;
    private final CountDownLatch arrived;
    private final AtomicInteger taken = new AtomicInteger();
    private volatile boolean armed;
    private volatile boolean seen;

    Overlap(int together) {
      this.together = together;
      this.arrived = new CountDownLatch(together);
    }

    void arm() {
      armed = true;
    }

    boolean seen() {
      return seen;
    }

    void answered(RequestRecord request) {
      if (!armed || taken.incrementAndGet() > together) {
        return;
      }
      arrived.countDown();
      try {
        // A bound for the sequential case only (then the test fails); met at once otherwise.
        if (arrived.await(20, TimeUnit.SECONDS)) {
          seen = true;
        } else {
          while (arrived.getCount() > 0) {
            arrived.countDown(); // the rest need not wait: the answer is known
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
