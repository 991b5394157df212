package dev.ssosetup.cli;

import static dev.ssosetup.testkit.HostileText.CLIPBOARD_ACCOUNT;
import static dev.ssosetup.testkit.HostileText.TITLE_ACCOUNT;
import static dev.ssosetup.testkit.HostileText.assertNoPayload;
import static dev.ssosetup.testkit.HostileText.assertPrintable;
import static dev.ssosetup.testkit.HostileText.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.auth.CachedToken;
import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.common.Secret;
import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.HostileText;
import dev.ssosetup.testkit.SandboxConfig;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.SandboxLogin;
import dev.ssosetup.testkit.SdkHome;
import dev.ssosetup.testkit.TerminalDriver;
import dev.ssosetup.testkit.TerminalDriver.Answer;
import dev.ssosetup.testkit.TerminalDriver.Keys;
import dev.ssosetup.testkit.TestHome;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Account names, emails, role names and a user name from a hostile portal (the sandbox with {@link
 * HostileText#fixture()}) never reach the terminal raw: every command that shows them shows them
 * escaped, on the line where they belong.
 */
@Timeout(60)
class HostileNamesOnTheTerminalTest {
  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.fixture(HostileText.fixture()).approval(Approval.AUTO))
          .pointingTheSdkAtIt();

  @RegisterExtension final SdkHome sdkHome = new SdkHome();

  private Sandbox sandbox() {
    return extension.get();
  }

  private TestHome home() {
    return sdkHome.get();
  }

  private Result run(String... args) {
    return CliRun.run(
        home(), context -> context.browserOpener(ApprovingBrowser.approving(sandbox())), args);
  }

  private List<String> configureFlags() {
    return List.of(
        "configure",
        "--sso-session",
        "corp",
        "--start-url",
        sandbox().startUrl(),
        "--sso-region",
        sandbox().region());
  }

  @Test
  void configure_withoutATerminal_listsTheHostileAccountsEscaped() {
    Result result = run(configureFlags().toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertPrintable(result.out() + result.err());
    assertThat(result.err()).contains(shown(CLIPBOARD_ACCOUNT)).contains(shown(TITLE_ACCOUNT));
  }

  @Test
  void configure_withoutATerminal_listsTheHostileRolesEscaped() {
    List<String> args = new java.util.ArrayList<>(configureFlags());
    args.addAll(List.of("--account-id", "444455556666"));

    Result result = run(args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isNotZero();
    assertPrintable(result.out() + result.err());
  }

  @Test
  void configure_thePickerOnATerminal_drawsTheHostileNamesEscaped() {
    home().stdin("", true);
    try (TerminalDriver terminal = TerminalDriver.xterm()) {
      Answer<Result> run =
          terminal.ask(
              prompter ->
                  CliRun.run(
                      home(),
                      context ->
                          context
                              .prompterFactory(terminal.factory())
                              .browserOpener(ApprovingBrowser.approving(sandbox())),
                      configureFlags().toArray(String[]::new)));
      terminal.awaitPrompt("SSO registration scopes [sso:account:access]: ").type(Keys.ENTER);
      terminal.awaitScreen("2 of 2 (type to filter");
      assertThat(terminal.screen().text()).contains(shown(CLIPBOARD_ACCOUNT).substring(0, 20));
      terminal.type(Keys.ESC);
      Result result = run.get();

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(130);
      assertNoPayload(terminal.screen().raw());
      assertPrintable(result.out() + result.err());
    }
  }

  @Test
  void populate_dryRun_showsNoHostileTextRaw() {
    home().writeConfig(SandboxConfig.session(sandbox(), "corp"));

    Result result = run("populate", "--sso-session", "corp", "--dry-run");

    assertPrintable(result.out() + result.err());
  }

  @Test
  void verify_aProfileWhoseArnCarriesTheHostileUserName_printsItEscaped() {
    home()
        .writeConfig(
            "[profile workday]\nsso_session = corp\nsso_account_id = 111122223333\n"
                + "sso_role_name = S3DynamoDBAccess\n\n"
                + "[profile other]\nsso_session = corp\nsso_account_id = 444455556666\n"
                + "sso_role_name = ViewOnly\n\n"
                + SandboxConfig.session(sandbox(), "corp"));
    SandboxLogin.Login login = SandboxLogin.deviceCode(sandbox());
    new TokenCache(home().ssoCache(), Clock.systemUTC(), home().locks())
        .write(
            new SsoSessionRef("corp", sandbox().startUrl(), sandbox().region(), List.of()),
            new CachedToken(
                sandbox().startUrl(),
                sandbox().region(),
                Secret.of(login.accessToken()),
                Instant.now().plusSeconds(3600),
                login.clientId(),
                Secret.ofNullable(login.clientSecret()),
                login.registrationExpiresAt(),
                Secret.ofNullable(login.refreshToken())));

    Result one = run("verify", "--profile", "workday");
    Result all = run("verify", "--all");

    assertThat(one.exitCode()).as(one.toString()).isZero();
    assertThat(one.out()).contains("ARN:      arn:aws:sts::111122223333:assumed-role/");
    assertPrintable(one.out() + one.err());
    assertPrintable(all.out() + all.err());
  }
}
