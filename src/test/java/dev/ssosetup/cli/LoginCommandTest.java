package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.RequestRecord;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SandboxConfig;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.SandboxLogin;
import dev.ssosetup.testkit.SandboxLogin.Login;
import dev.ssosetup.testkit.TestHome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code sso-setup login} through the whole command line, against the sandbox. */
@Timeout(60)
class LoginCommandTest {
  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.approval(Approval.AUTO)).pointingTheSdkAtIt();

  @TempDir Path tmp;
  private Sandbox sandbox;
  private TestHome home;
  private ApprovingBrowser browser;

  @BeforeEach
  void setUp() {
    sandbox = extension.get();
    home = new TestHome(tmp).writeConfig(config(sandbox, true));
    browser = ApprovingBrowser.approving(sandbox);
  }

  static String config(Sandbox sandbox, boolean withDefault) {
    return (withDefault
            ? "[default]\n"
                + "sso_session = corp\n"
                + "sso_account_id = 111122223333\n"
                + "sso_role_name = S3DynamoDBAccess\n"
                + "\n"
            : "")
        + "[profile workday]\n"
        + "sso_session = corp\n"
        + "sso_account_id = 111122223333\n"
        + "sso_role_name = S3DynamoDBAccess\n"
        + "region = ap-northeast-1\n"
        + "\n"
        + SandboxConfig.legacyProfile(sandbox, "legacy")
        + "\n"
        + "[profile keys]\n"
        + "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
        + "\n"
        + SandboxConfig.session(sandbox, "corp");
  }

  private Result run(String... args) {
    return CliRun.run(home, context -> context.browserOpener(browser), args);
  }

  private Path corpFile() {
    return home.ssoCache().resolve(TokenCache.fileName("corp"));
  }

  private Path legacyFile() {
    return home.ssoCache().resolve(TokenCache.fileName(sandbox.startUrl()));
  }

  @Test
  void login_withAProfile_logsInInTheBrowser_andEndsWithTheAwsClisLine() {
    Result result = run("login", "--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .startsWith(
            "Attempting to automatically open the SSO authorization page in your default browser.")
        .contains(browser.last().toString())
        .endsWith("Successfully logged into Start URL: " + sandbox.startUrl() + "\n");
    assertThat(result.err()).isEmpty();
    assertThat(corpFile()).exists();
  }

  @Test
  void login_again_reusesTheTokenAndSaysUntilWhen_afterOnlyTheCheapestPortalCall() {
    run("login", "--profile", "workday");
    sandbox.clearRequests();

    Result again = run("login", "--profile", "workday");

    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out())
        .matches(
            "Your token for sso-session corp is valid until \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"
                + " \\S+ \\((59|60)m left\\); no login needed \\(--force logs in again\\)\\.\n");
    // One ListAccounts asks whether the portal still accepts the token (RejectedLoginTest).
    assertThat(sandbox.requests())
        .extracting(RequestRecord::operation)
        .containsExactly("ListAccounts");
  }

  @Test
  void login_withANearlyExpiredToken_refreshesItWithoutTheBrowser() throws IOException {
    Login earlier = SandboxLogin.deviceCode(sandbox);
    writeCliCacheFile(corpFile(), earlier, Instant.now().plus(Duration.ofMinutes(5)));
    sandbox.clearRequests();

    Result result = run("login", "--sso-session", "corp");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .startsWith("Refreshed the token for sso-session corp; it is valid until ")
        .doesNotContain("Attempting");
    assertThat(browser.opened()).isEmpty();
    assertThat(sandbox.requests())
        .extracting(RequestRecord::operation)
        .containsExactly("CreateToken");
  }

  @Test
  void login_force_logsInEvenWithAValidToken() {
    run("login", "--profile", "workday");

    Result forced = run("login", "--profile", "workday", "--force");

    assertThat(forced.exitCode()).as(forced.toString()).isZero();
    assertThat(forced.out()).contains("Successfully logged into Start URL:");
    assertThat(browser.opened()).hasSize(2);
  }

  @Test
  void login_withNoOption_usesTheProfileOfAwsProfile() {
    home.variable("AWS_PROFILE", "legacy");

    Result result = run("login");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(legacyFile()).exists();
    assertThat(corpFile()).doesNotExist();
  }

  @Test
  void login_withNoOptionAndNoAwsProfile_usesTheDefaultProfile() {
    Result result = run("login");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(corpFile()).exists();
  }

  @Test
  void login_withNoOptionAndNoDefaultProfile_exitsWith2AndSaysHowToNameOne() {
    home.writeConfig(config(sandbox, false));

    Result result = run("login");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .contains("No profile was named, AWS_PROFILE is not set")
        .contains("has no default profile")
        .contains("--profile or --sso-session; SSO profiles: workday, legacy.");
    assertThat(home.ssoCache()).doesNotExist();
  }

  @Test
  void login_withAnUnknownProfile_exitsWith2NamingTheCloseOnes() {
    byte[] before = home.configBytes();

    Result result = run("login", "--profile", "workdya");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .contains("The profile 'workdya' is not in")
        .contains("Did you mean: workday");
    assertThat(home.configBytes()).isEqualTo(before);
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void login_withAnUnknownSession_exitsWith2() {
    Result result = run("login", "--sso-session", "crop");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("The sso-session 'crop' is not in").contains("corp");
  }

  @Test
  void login_withANonSsoProfile_exitsWith2() {
    Result result = run("login", "--profile", "keys");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .contains("The profile 'keys' is not an IAM Identity Center (SSO) profile.");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void login_withBothProfileAndSession_exitsWith2() {
    Result result = run("login", "--profile", "workday", "--sso-session", "corp");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("mutually exclusive");
  }

  @Test
  void login_withAnInvalidRedirectPort_exitsWith2() {
    Result result = run("login", "--profile", "workday", "--redirect-port", "70000");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("Invalid --redirect-port 70000");
  }

  @Test
  void login_withDeviceCodeAndNoBrowser_printsTheCodeAsTheAwsCliDoes() {
    Result result = run("login", "--profile", "workday", "--use-device-code", "--no-browser");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .matches(
            "Browser will not be automatically opened.\n"
                + "Please visit the following URL:\n"
                + "\n"
                + "http://127\\.0\\.0\\.1:\\d+/device\n"
                + "\n"
                + "Then enter the code:\n"
                + "\n"
                + "[A-Z]{4}-[A-Z]{4}\n"
                + "\n"
                + "Alternatively, you may visit the following URL which will autofill the code"
                + " upon loading:\n"
                + "http://127\\.0\\.0\\.1:\\d+/device\\?user_code=[A-Z]{4}-[A-Z]{4}\n"
                + "Successfully logged into Start URL: .*\n");
    assertThat(browser.opened()).isEmpty();
  }

  @Test
  void login_deniedInTheBrowser_exitsWith1_andWritesNoToken() {
    sandbox.setApproval(Approval.DENY);

    Result result = run("login", "--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .startsWith("sso-setup: The login was denied in the browser")
        .doesNotContain("\tat ");
    assertThat(result.err().lines().count()).isEqualTo(2);
    assertThat(corpFile()).doesNotExist();
  }

  @Test
  void login_deniedDeviceCode_exitsWith1_andWritesNoToken() {
    sandbox.setApproval(Approval.DENY);

    Result result = run("login", "--profile", "legacy");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err()).startsWith("sso-setup: The login was denied in the browser.");
    assertThat(legacyFile()).doesNotExist();
  }

  @Test
  void login_withDebug_logsTheWire_butNoSecret_evenWhenItFails() {
    Result success = run("--debug", "login", "--profile", "workday");
    Result device = run("--debug", "login", "--profile", "legacy", "--no-browser");
    Result refreshed;
    try {
      writeCliCacheFile(
          corpFile(), SandboxLogin.deviceCode(sandbox), Instant.now().plusSeconds(60));
      refreshed = run("--debug", "login", "--profile", "workday");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    sandbox.setApproval(Approval.DENY);
    Result denied = run("--debug", "login", "--profile", "workday", "--force");

    assertThat(success.exitCode()).as(success.toString()).isZero();
    assertThat(device.exitCode()).as(device.toString()).isZero();
    assertThat(refreshed.out()).as(refreshed.toString()).startsWith("Refreshed");
    assertThat(denied.exitCode()).as(denied.toString()).isEqualTo(1);
    assertThat(success.err()).contains("[debug] > POST http://127.0.0.1:");
    assertThat(denied.err()).contains("\tat "); // --debug shows the stack trace
    String everything =
        String.join(
            "\n", success.toString(), device.toString(), refreshed.toString(), denied.toString());
    assertThat(sandbox.issuedSecrets()).isNotEmpty();
    for (String secret : sandbox.issuedSecrets()) {
      assertThat(everything).doesNotContain(secret);
    }
  }

  /** A token cache file as the AWS CLI writes it, from a login made outside sso-setup. */
  static void writeCliCacheFile(Path file, Login login, Instant expiresAt) throws IOException {
    String json =
        "{\"startUrl\": \"https://d-9067a1b2c3.awsapps.com/start\", \"region\": \"ap-northeast-1\","
            + " \"accessToken\": \""
            + login.accessToken()
            + "\", \"expiresAt\": \""
            + expiresAt.truncatedTo(ChronoUnit.SECONDS)
            + "\", \"clientId\": \""
            + login.clientId()
            + "\", \"clientSecret\": \""
            + login.clientSecret()
            + "\", \"registrationExpiresAt\": \""
            + login.registrationExpiresAt()
            + "\", \"refreshToken\": \""
            + login.refreshToken()
            + "\"}";
    Files.createDirectories(file.getParent());
    Files.writeString(file, json, StandardCharsets.UTF_8);
  }
}
