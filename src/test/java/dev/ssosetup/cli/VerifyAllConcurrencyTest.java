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
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
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
  static final Duration LATENCY = Duration.ofMillis(150);

  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.fixture(Fixture.generated(PROFILES, 1)).latency(LATENCY))
          .pointingTheSdkAtIt();

  @RegisterExtension final SdkHome sdkHome = new SdkHome();

  private Sandbox sandbox() {
    return extension.get();
  }

  private TestHome home() {
    return sdkHome.get();
  }

  private void writeConfigAndToken(Instant expiresAt) {
    StringBuilder config = new StringBuilder();
    for (int i = 1; i <= PROFILES; i++) {
      config
          .append("[profile workload-")
          .append(i)
          .append("]\nsso_session = bench\nsso_account_id = ")
          .append(String.format(Locale.ROOT, "%012d", 100_000_000_000L + i))
          .append("\nsso_role_name = AdministratorAccess\n\n");
    }
    config
        .append("[sso-session bench]\nsso_start_url = ")
        .append(sandbox().startUrl())
        .append("\nsso_region = ")
        .append(sandbox().region())
        .append('\n');
    home().writeConfig(config.toString());
    SandboxLogin.Login login = SandboxLogin.deviceCode(sandbox());
    new TokenCache(home().ssoCache(), Clock.systemUTC())
        .write(
            new SsoSessionRef("bench", sandbox().startUrl(), sandbox().region(), null),
            new CachedToken(
                sandbox().startUrl(),
                sandbox().region(),
                Secret.of(login.accessToken()),
                expiresAt,
                login.clientId(),
                Secret.ofNullable(login.clientSecret()),
                login.registrationExpiresAt(),
                Secret.ofNullable(login.refreshToken())));
    sandbox().clearRequests();
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

    long start = System.nanoTime();
    Result result = CliRun.run(home(), "verify", "--all");
    Duration wall = Duration.ofNanos(System.nanoTime() - start);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(sandbox().requests()).extracting(RequestRecord::operation).hasSize(3 * PROFILES);
    // One at a time, three calls per profile could take no less than this.
    Duration sequential = LATENCY.multipliedBy(3L * PROFILES);
    assertThat(wall).isLessThan(sequential.dividedBy(2));
  }
}
