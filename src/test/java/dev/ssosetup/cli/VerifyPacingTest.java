package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.auth.CachedToken;
import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.common.Secret;
import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.sandbox.RequestRecord;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.SandboxLogin;
import dev.ssosetup.testkit.SdkHome;
import dev.ssosetup.testkit.TestHome;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
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
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.fixture(Fixture.generated(PROFILES, 1))).pointingTheSdkAtIt();

  @RegisterExtension final SdkHome sdkHome = new SdkHome();

  private Sandbox sandbox() {
    return extension.get();
  }

  private TestHome home() {
    return sdkHome.get();
  }

  @BeforeEach
  void setUp() {
    StringBuilder config = new StringBuilder();
    for (int i = 1; i <= PROFILES; i++) {
      config
          .append("[profile workload-")
          .append(i)
          .append("]\nsso_session = corp\nsso_account_id = ")
          .append(String.format(Locale.ROOT, "%012d", 100_000_000_000L + i))
          .append("\nsso_role_name = AdministratorAccess\n\n");
    }
    config
        .append("[sso-session corp]\nsso_start_url = ")
        .append(sandbox().startUrl())
        .append("\nsso_region = ")
        .append(sandbox().region())
        .append('\n');
    home().writeConfig(config.toString());
    SandboxLogin.Login login = SandboxLogin.deviceCode(sandbox());
    new TokenCache(home().ssoCache(), Clock.systemUTC(), home().locks())
        .write(
            new SsoSessionRef("corp", sandbox().startUrl(), sandbox().region(), null),
            new CachedToken(
                sandbox().startUrl(),
                sandbox().region(),
                Secret.of(login.accessToken()),
                Instant.now().plusSeconds(3600),
                login.clientId(),
                Secret.ofNullable(login.clientSecret()),
                login.registrationExpiresAt(),
                Secret.ofNullable(login.refreshToken())));
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
