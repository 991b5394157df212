package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.sandbox.RequestRecord;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.TestHome;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code verify --all} under the portal's throttle: its portal calls (GetRoleCredentials, made by
 * the SDK's own provider) are paced to {@code --max-rps} and retried when throttled, so that no
 * profile fails for the throttle alone.
 */
@Timeout(60)
class VerifyPacingTest {
  static final int PROFILES = 12;
  static final double THROTTLE = 3;

  @RegisterExtension
  final VerifyFixture fixture = new VerifyFixture(b -> b.fixture(Fixture.generated(PROFILES, 1)));

  private Sandbox sandbox() {
    return fixture.sandbox();
  }

  private TestHome home() {
    return fixture.home();
  }

  @BeforeEach
  void setUp() {
    home().writeConfig(fixture.workloads(PROFILES, "corp"));
    fixture.loggedIn(fixture.session("corp"), Instant.now().plusSeconds(3600));
    sandbox().setThrottleRps(THROTTLE);
    sandbox().clearRequests();
  }

  private long throttled() {
    return sandbox().requests().stream()
        .map(RequestRecord::errorType)
        .filter("TooManyRequestsException"::equals)
        .count();
  }

  @Test
  void verifyAll_atTheThrottlesRate_isNeverThrottled() {
    Result result = CliRun.run(home(), "verify", "--all", "--max-rps", String.valueOf(THROTTLE));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).endsWith("All " + PROFILES + " SSO profiles passed.\n");
    assertThat(throttled()).isZero();
  }

  @Test
  void verifyAll_aboveTheThrottle_retriesWhatIsThrottled_andEveryProfilePasses() {
    Result result = CliRun.run(home(), "verify", "--all");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).endsWith("All " + PROFILES + " SSO profiles passed.\n");
  }

  @Test
  void verify_aRateOutOfRange_exitsWith2NamingTheRange() {
    Result result = CliRun.run(home(), "verify", "--all", "--max-rps", "0");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("--max-rps must be from 0.1 to 1000 requests per second");
    assertThat(sandbox().requests()).isEmpty();
  }
}
