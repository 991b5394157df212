package dev.ssosetup.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.sandbox.RequestRecord;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SandboxEndpoints;
import dev.ssosetup.testkit.SandboxLogin;
import dev.ssosetup.testkit.SandboxLogin.Login;
import dev.ssosetup.testkit.SdkProfiles;
import dev.ssosetup.testkit.TestHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code configure} without a terminal, with a real login against the sandbox: every value from a
 * flag, a missing one named, the choices listed, and the token cache reused or refreshed.
 */
@Timeout(60)
class ConfigureWithLoginTest {
  @TempDir Path tmp;
  private Sandbox sandbox;
  private SandboxEndpoints endpoints;
  private TestHome home;
  private ApprovingBrowser browser;

  private void start(Fixture fixture) {
    sandbox = Sandbox.builder().fixture(fixture).approval(Approval.AUTO).build().start();
    endpoints = SandboxEndpoints.pointAt(sandbox);
    home = new TestHome(tmp);
    browser = ApprovingBrowser.approving(sandbox);
  }

  @AfterEach
  void stop() {
    if (endpoints != null) {
      endpoints.close();
      sandbox.close();
    }
  }

  private Result run(String... args) {
    return CliRun.run(home, context -> context.browserOpener(browser), args);
  }

  private List<String> flags(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "configure",
                "--sso-session",
                "corp",
                "--start-url",
                sandbox.startUrl(),
                "--sso-region",
                sandbox.region()));
    args.addAll(List.of(extra));
    return args;
  }

  @Test
  void configure_withEveryFlagAndNoTerminal_logsInAndWritesTheProfile() {
    start(Fixture.medium());

    Result result =
        run(
            flags(
                    "--account-id",
                    "444455556666",
                    "--role-name",
                    "S3DynamoDBAccess",
                    "--region",
                    "us-west-2",
                    "--output",
                    "yaml",
                    "--profile",
                    "staging")
                .toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("Using the account ID 444455556666")
        .contains("Using the role name \"S3DynamoDBAccess\"")
        .contains("Wrote profile staging and sso-session corp");
    assertThat(SdkProfiles.read(home.config()).profile("staging"))
        .containsEntry("sso_account_id", "444455556666")
        .containsEntry("region", "us-west-2")
        .containsEntry("output", "yaml");
    assertThat(home.ssoCache().resolve(TokenCache.fileName("corp"))).exists();
  }

  /**
   * The commonest mistake: a start URL (or region) that is not the instance's. The service answers
   * only InvalidRequestException; the error names both values typed and where each is found.
   */
  @Test
  void configure_wrongStartUrl_namesBothSuspects_whereToFindThem_andWritesNothing() {
    start(Fixture.medium());
    home.writeConfig("[default]\nregion = us-east-1\n");
    byte[] before = home.configBytes();
    String wrong = "https://d-0000000000.awsapps.com/start";
    List<String> args = flags("--account-id", "444455556666", "--role-name", "S3DynamoDBAccess");
    args.set(args.indexOf(sandbox.startUrl()), wrong);

    Result result = run(args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .contains(wrong)
        .contains(sandbox.region())
        .contains("AWS access portal URL")
        .contains("region selector")
        .contains("sso-setup admin instance")
        .doesNotContain("\tat ");
    assertThat(result.err().lines().count()).isLessThanOrEqualTo(2);
    assertThat(home.configBytes()).isEqualTo(before);
  }

  @Test
  void configure_wrongStartUrl_inJapanese_usesTheConsolesOwnWords() {
    start(Fixture.medium());
    List<String> args = flags("--account-id", "444455556666", "--role-name", "S3DynamoDBAccess");
    args.set(args.indexOf(sandbox.startUrl()), "https://d-0000000000.awsapps.com/start");
    args.add(0, "--lang=ja");

    Result result = run(args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err()).contains("AWS アクセスポータルの URL", "sso-setup admin instance");
  }

  @Test
  void configure_wrongStartUrl_withTheDeviceCode_namesBothSuspectsToo() {
    start(Fixture.medium());
    String wrong = "https://d-0000000000.awsapps.com/start";
    List<String> args =
        flags(
            "--account-id", "444455556666", "--role-name", "S3DynamoDBAccess", "--use-device-code");
    args.set(args.indexOf(sandbox.startUrl()), wrong);

    Result result = run(args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err()).contains(wrong, sandbox.region(), "sso-setup admin instance");
    assertThat(home.config()).doesNotExist();
  }

  @Test
  void configure_withoutAccountIdAndSeveralAccounts_exitsWith2ListingThem_andWritesNothing() {
    start(Fixture.medium());

    Result result = run(flags().toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .contains("--account-id")
        .contains("444455556666  Staging, aws-staging@example.com (444455556666)")
        .contains("210987654321")
        .doesNotContain("\tat ");
    assertThat(home.config()).doesNotExist();
  }

  @Test
  void configure_withoutRoleNameAndSeveralRoles_exitsWith2ListingThem() {
    start(Fixture.medium());

    Result result = run(flags("--account-id", "444455556666").toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .contains("--role-name")
        .contains("BillingViewer")
        .contains("ReadOnlyAccess")
        .contains("S3DynamoDBAccess");
    assertThat(home.config()).doesNotExist();
  }

  @Test
  void configure_withAnAccountNotAssigned_exitsWith2ListingTheChoices() {
    start(Fixture.medium());

    Result result =
        run(flags("--account-id", "123456789012", "--role-name", "X").toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .contains("account 123456789012 is not available to you")
        .contains("444455556666");
  }

  @Test
  void configure_withOneAccountAndRole_needsNoAccountOrRoleFlag() {
    start(Fixture.small());

    Result result = run(flags().toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("The only AWS account available to you is: 111122223333")
        .contains("Wrote profile S3DynamoDBAccess-111122223333 and sso-session corp");
  }

  @Test
  void configure_withoutSessionFlag_exitsWith2NamingIt() {
    start(Fixture.small());

    Result result = run("configure", "--start-url", sandbox.startUrl());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("--sso-session").contains("--legacy");
  }

  @Test
  void configure_withoutStartUrlForANewSession_exitsWith2NamingIt() {
    start(Fixture.small());

    Result result = run("configure", "--sso-session", "corp", "--sso-region", "us-east-1");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("--start-url");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void configure_withoutSsoRegionForANewSession_exitsWith2NamingIt() {
    start(Fixture.small());

    Result result = run("configure", "--sso-session", "corp", "--start-url", sandbox.startUrl());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("--sso-region");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void configure_withATokenCacheFileInTheAwsClisFormat_usesItWithNoNewLogin() throws IOException {
    start(Fixture.small());
    Login login = SandboxLogin.deviceCode(sandbox);
    writeCliCacheFile(login, Instant.now().plus(2, ChronoUnit.HOURS));
    sandbox.clearRequests();

    Result result = run(flags().toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(browser.opened()).isEmpty();
    assertThat(sandbox.requests())
        .extracting(RequestRecord::path)
        .containsOnly("/assignment/accounts", "/assignment/roles");
  }

  @Test
  void configure_withATokenAboutToExpire_refreshesItInsteadOfLoggingIn() throws IOException {
    start(Fixture.small());
    Login login = SandboxLogin.deviceCode(sandbox);
    Path cacheFile = writeCliCacheFile(login, Instant.now().plus(5, ChronoUnit.MINUTES));
    sandbox.clearRequests();

    Result result = run(flags().toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(browser.opened()).isEmpty();
    assertThat(sandbox.requests())
        .extracting(RequestRecord::path)
        .containsExactly("/token", "/assignment/accounts", "/assignment/roles");
    assertThat(Files.readString(cacheFile)).doesNotContain(login.refreshToken());
  }

  @Test
  void configure_neverPrintsASecret_evenWithDebug() {
    start(Fixture.medium());

    Result ok =
        run(
            Stream.concat(
                    Stream.of("--debug"),
                    flags("--account-id", "444455556666", "--role-name", "S3DynamoDBAccess")
                        .stream())
                .toArray(String[]::new));
    Result failed =
        run(Stream.concat(Stream.of("--debug"), flags().stream()).toArray(String[]::new));

    assertThat(ok.exitCode()).as(ok.toString()).isZero();
    assertThat(ok.err()).contains("[debug] > POST").contains("/token");
    assertThat(failed.exitCode()).isEqualTo(2);
    assertThat(sandbox.issuedSecrets()).isNotEmpty();
    for (String secret : sandbox.issuedSecrets()) {
      assertThat(ok.out() + ok.err() + failed.out() + failed.err()).doesNotContain(secret);
    }
  }

  /** A cache file as the AWS CLI writes it: one line, its field order, second precision. */
  private Path writeCliCacheFile(Login login, Instant expiresAt) throws IOException {
    Path file = home.ssoCache().resolve(TokenCache.fileName("corp"));
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "{\"startUrl\": \""
            + sandbox.startUrl()
            + "\", \"region\": \""
            + sandbox.region()
            + "\", \"accessToken\": \""
            + login.accessToken()
            + "\", \"expiresAt\": \""
            + expiresAt.truncatedTo(ChronoUnit.SECONDS)
            + "\", \"clientId\": \""
            + login.clientId()
            + "\", \"clientSecret\": \""
            + login.clientSecret()
            + "\", \"registrationExpiresAt\": \""
            + login.registrationExpiresAt().truncatedTo(ChronoUnit.SECONDS)
            + "\", \"refreshToken\": \""
            + login.refreshToken()
            + "\"}");
    return file;
  }
}
