package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.sandbox.RequestRecord;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SandboxHome;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code sso-setup logout}: the portal's Logout, then the cache files go. */
@Timeout(60)
class LogoutCommandTest {
  @RegisterExtension
  final SandboxHome fixture =
      SandboxHome.approving(sandbox -> LoginCommandTest.config(sandbox, true));

  private Sandbox sandbox;
  private TestHome home;

  @BeforeEach
  void setUp() {
    sandbox = fixture.sandbox();
    home = fixture.home();
  }

  private Result run(String... args) {
    return fixture.run(args);
  }

  private void loginBoth() {
    assertThat(run("login", "--profile", "workday").exitCode()).isZero();
    assertThat(run("login", "--profile", "legacy").exitCode()).isZero();
    sandbox.clearRequests();
  }

  private Path corpFile() {
    return home.ssoCache().resolve(TokenCache.fileName("corp"));
  }

  private Path legacyFile() {
    return home.ssoCache().resolve(TokenCache.fileName(sandbox.startUrl()));
  }

  @Test
  void logout_ofAProfile_signsOutOfThePortal_andDeletesOnlyItsToken() {
    loginBoth();

    Result result = run("logout", "--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).isEqualTo("Logged out of sso-session corp.\n");
    assertThat(corpFile()).doesNotExist();
    assertThat(legacyFile()).exists();
    assertThat(sandbox.requests())
        .extracting(r -> r.operation() + " " + r.status())
        .containsExactly("Logout 200");
  }

  @Test
  void logout_withNoOption_logsOutOfEverySessionAndLegacyStartUrl() {
    loginBoth();

    Result result = run("logout");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "Logged out of sso-session corp.\n"
                + "Logged out of start URL "
                + sandbox.startUrl()
                + ".\n");
    assertThat(corpFile()).doesNotExist();
    assertThat(legacyFile()).doesNotExist();
    assertThat(sandbox.requests())
        .extracting(RequestRecord::operation)
        .containsExactly("Logout", "Logout");
  }

  @Test
  void logout_all_isTheSameAsNoOption() {
    loginBoth();

    Result result = run("logout", "--all");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(corpFile()).doesNotExist();
    assertThat(legacyFile()).doesNotExist();
  }

  @Test
  void logout_ofASessionWithoutAToken_isNotAnError() {
    Result result = run("logout", "--sso-session", "corp");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .isEqualTo("No cached token for sso-session corp; nothing to log out of.\n");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void logout_withNoTokensAtAll_saysSo() {
    Result result = run("logout");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("No cached SSO token for the sessions in");
  }

  @Test
  void logout_ofANonSsoProfile_exitsWith2() {
    Result result = run("logout", "--profile", "keys");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("not an IAM Identity Center (SSO) profile");
  }

  @Test
  void logout_withAllAndAProfile_exitsWith2() {
    Result result = run("logout", "--all", "--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("mutually exclusive");
  }

  @Test
  void logout_withDebug_showsNoSecret() {
    loginBoth();

    Result result = run("--debug", "logout");

    assertThat(result.err()).contains("[debug] > POST http://127.0.0.1:");
    for (String secret : sandbox.issuedSecrets()) {
      assertThat(result.toString()).doesNotContain(secret);
    }
  }
}
