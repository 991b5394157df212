package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.auth.CachedToken;
import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.common.Secret;
import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.sandbox.RequestRecord;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.MutableClock;
import dev.ssosetup.testkit.SandboxClients;
import dev.ssosetup.testkit.SandboxConfig;
import dev.ssosetup.testkit.SandboxEndpoints;
import dev.ssosetup.testkit.SandboxLogin;
import dev.ssosetup.testkit.TerminalDriver;
import dev.ssosetup.testkit.TerminalDriver.Answer;
import dev.ssosetup.testkit.TerminalDriver.Keys;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sso.SsoClient;

/**
 * A login the service no longer accepts though the cache file says it is valid: signed out
 * elsewhere (the portal's Logout), or ended on the server (its clock past the token's life). No
 * command may answer that with a loop of "run sso-setup login" and "no login needed".
 */
@Timeout(60)
class RejectedLoginTest {
  @TempDir Path tmp;
  private final MutableClock serverClock = MutableClock.startingNow();
  private Sandbox sandbox;
  private SandboxEndpoints endpoints;
  private TestHome home;
  private ApprovingBrowser browser;

  @BeforeEach
  void setUp() {
    sandbox =
        Sandbox.builder()
            .fixture(Fixture.medium())
            .approval(Approval.AUTO)
            .clock(serverClock)
            .build()
            .start();
    endpoints = SandboxEndpoints.pointAt(sandbox);
    home = new TestHome(tmp).writeConfig(SandboxConfig.session(sandbox, "corp"));
    browser = ApprovingBrowser.approving(sandbox);
  }

  @AfterEach
  void tearDown() {
    endpoints.close();
    sandbox.close();
  }

  private SsoSessionRef corp() {
    return new SsoSessionRef(
        "corp", sandbox.startUrl(), sandbox.region(), List.of("sso:account:access"));
  }

  /** A cached login the file says is valid for eight more hours. */
  private SandboxLogin.Login cachedLogin() {
    SandboxLogin.Login login = SandboxLogin.deviceCode(sandbox);
    new TokenCache(home.ssoCache(), Clock.systemUTC(), home.locks())
        .write(
            corp(),
            new CachedToken(
                sandbox.startUrl(),
                sandbox.region(),
                Secret.of(login.accessToken()),
                Instant.now().plus(Duration.ofHours(8)),
                login.clientId(),
                Secret.ofNullable(login.clientSecret()),
                login.registrationExpiresAt(),
                Secret.ofNullable(login.refreshToken())));
    sandbox.clearRequests();
    return login;
  }

  private void signOutElsewhere(SandboxLogin.Login login) {
    try (SsoClient portal = SandboxClients.portal(sandbox)) {
      portal.logout(r -> r.accessToken(login.accessToken()));
    }
    sandbox.clearRequests();
  }

  private Optional<String> cachedAccessToken() {
    return new TokenCache(home.ssoCache(), Clock.systemUTC(), home.locks())
        .read(corp())
        .map(token -> token.accessToken().reveal());
  }

  private Result run(String... args) {
    return CliRun.run(home, context -> context.browserOpener(browser), args);
  }

  private List<String> operations() {
    return sandbox.requests().stream().map(RequestRecord::operation).toList();
  }

  @Test
  void login_aTokenSignedOutElsewhere_isNotReused_theLoginHappensAgain() {
    SandboxLogin.Login login = cachedLogin();
    signOutElsewhere(login);

    Result result = run("login", "--sso-session", "corp");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .as(result + "\n" + operations())
        .doesNotContain("no login needed")
        .contains("Successfully logged into");
    assertThat(result.err())
        .contains("IAM Identity Center no longer accepts the cached login for sso-session corp");
    assertThat(cachedAccessToken()).isPresent().get().isNotEqualTo(login.accessToken());
    assertThat(run("login", "--sso-session", "corp").out()).contains("no login needed");
  }

  @Test
  void login_aTokenTheServerEnded_isRefreshedInstead() {
    SandboxLogin.Login login = cachedLogin();
    // The file says eight more hours; on the server the one-hour token has run out.
    serverClock.advance(Duration.ofHours(2));

    Result result = run("login", "--sso-session", "corp");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).doesNotContain("no login needed").contains("Refreshed the token");
    assertThat(cachedAccessToken()).isPresent().get().isNotEqualTo(login.accessToken());
  }

  @Test
  void login_aTokenTheServiceAccepts_isReused_afterOneCheapCheck() {
    SandboxLogin.Login login = cachedLogin();

    Result result = run("login", "--sso-session", "corp");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("no login needed");
    assertThat(operations()).containsExactly("ListAccounts");
    assertThat(cachedAccessToken()).contains(login.accessToken());
  }

  @Test
  void populate_withoutATerminal_saysTheLoginWasRejected_andTheLoginItNamesWorks() {
    signOutElsewhere(cachedLogin());
    byte[] before = home.configBytes();

    Result failed = run("populate", "--sso-session", "corp");

    assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
    assertThat(failed.err())
        .contains("IAM Identity Center no longer accepts the cached login for sso-session corp")
        .contains("sso-setup login --sso-session corp");
    assertThat(failed.err().lines().count()).isLessThanOrEqualTo(2);
    assertThat(home.configBytes()).isEqualTo(before);

    assertThat(run("login", "--sso-session", "corp").exitCode()).isZero();
    Result again = run("populate", "--sso-session", "corp");
    assertThat(again.exitCode()).as(again.toString()).isZero();
  }

  @Test
  void configure_withoutATerminal_saysTheLoginWasRejected_andWritesNothing() {
    signOutElsewhere(cachedLogin());
    byte[] before = home.configBytes();

    Result result =
        run(
            "configure",
            "--non-interactive",
            "--sso-session",
            "corp",
            "--account-id",
            "111122223333",
            "--role-name",
            "ReadOnlyAccess",
            "--profile",
            "prod");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .contains("no longer accepts the cached login for sso-session corp")
        .contains("sso-setup login --sso-session corp");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  @Test
  void configure_atATerminal_offersTheLogin_andGoesOnWithEveryAnswerKept() {
    SandboxLogin.Login login = cachedLogin();
    signOutElsewhere(login);
    home.stdin("", true);
    try (TerminalDriver terminal = TerminalDriver.xterm()) {
      Answer<Result> run =
          terminal.ask(
              prompter ->
                  CliRun.run(
                      home,
                      context -> context.prompterFactory(terminal.factory()).browserOpener(browser),
                      "configure",
                      "--sso-session",
                      "corp",
                      "--account-id",
                      "111122223333",
                      "--role-name",
                      "ReadOnlyAccess"));

      terminal.awaitPrompt("Log in again? [Y/n]: ").type(Keys.ENTER);
      terminal.awaitPrompt("Default client Region [None]: ").type("us-east-1", Keys.ENTER);
      terminal
          .awaitPrompt("CLI default output format (json if not specified) [None]: ")
          .type(Keys.ENTER);
      terminal.awaitPrompt("Profile name [ReadOnlyAccess-111122223333]: ").type(Keys.ENTER);
      Result result = run.get();

      assertThat(result.exitCode()).as(result + terminal.screen().dump()).isZero();
      assertThat(result.err()).contains("no longer accepts the cached login");
      assertThat(home.configText()).contains("[profile ReadOnlyAccess-111122223333]");
      assertThat(cachedAccessToken()).isPresent().get().isNotEqualTo(login.accessToken());
    }
  }
}
