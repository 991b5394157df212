package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.auth.CachedToken;
import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.common.Json;
import dev.ssosetup.sandbox.RequestRecord;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SandboxLogin;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} against the sandbox (small fixture) with the real SDK clients: the SDK's own
 * credential provider reads the token cache under the test JVM's {@code $HOME}.
 */
@Timeout(60)
class VerifyCommandTest {
  static final String ACCOUNT = VerifyFixture.ACCOUNT;

  @RegisterExtension final VerifyFixture fixture = new VerifyFixture();

  private Sandbox sandbox() {
    return fixture.sandbox();
  }

  private TestHome home() {
    return fixture.home();
  }

  private String config() {
    return fixture.config();
  }

  private SsoSessionRef corp() {
    return fixture.corp();
  }

  private SandboxLogin.Login loggedIn(SsoSessionRef session, Instant expiresAt) {
    return fixture.loggedIn(session, expiresAt);
  }

  private SandboxLogin.Login loggedIn() {
    return fixture.loggedIn();
  }

  private Result verify(String... args) {
    return fixture.verify(args);
  }

  private List<String> operations() {
    return sandbox().requests().stream().map(RequestRecord::operation).toList();
  }

  @Test
  void verify_loggedInProfile_printsAccountArnAndBucketsAsAwsS3LsInLocalTimeThenOk() {
    loggedIn();
    // aws s3 ls prints local time: in Tokyo, 09:30 UTC is 18:30. The zone is the clock's.
    home().clock(Clock.system(ZoneId.of("Asia/Tokyo")));
    Result result = verify("--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out().lines().toList())
        .containsExactly(
            "Profile:  workday (role S3DynamoDBAccess in account 111122223333, sso-session corp)",
            "Account:  111122223333",
            "ARN:      " + arn(result),
            "Identity: ok",
            "S3:       ok, 2 buckets",
            "2024-04-01 18:30:00 workday-reports-111122223333",
            "2024-04-02 23:05:12 workday-uploads-111122223333",
            "OK");
    assertThat(arn(result))
        .startsWith("arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_S3DynamoDBAccess_")
        .endsWith("/workday_worker");
    assertThat(result.err()).isEmpty();
    assertThat(operations())
        .containsExactly("GetRoleCredentials", "GetCallerIdentity", "ListBuckets");
  }

  private static String arn(Result result) {
    return result
        .out()
        .lines()
        .filter(line -> line.startsWith("ARN:"))
        .findFirst()
        .orElseThrow()
        .substring("ARN:".length())
        .strip();
  }

  @Test
  void verify_withoutOption_checksTheProfileOfAwsProfile() {
    loggedIn();
    home().variable("AWS_PROFILE", "workday");

    Result result = verify();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("Profile:  workday ");
  }

  @Test
  void verify_withoutOptionOrDefaultProfile_exitsWith2NamingTheChoices() {
    Result result = verify();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .contains("No profile was named, AWS_PROFILE is not set")
        .contains("check every SSO profile with --all")
        .contains("workday");
  }

  @Test
  void verify_withoutLogin_saysNotLoggedInWithTheLoginCommand_andCallsNothing() {
    Result result = verify("--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).contains("Identity: failed").contains("S3:       not checked");
    assertThat(result.err())
        .contains("Not logged in: there is no cached token for sso-session corp.")
        .contains("Run: sso-setup login --profile workday");
    assertThat(sandbox().requests()).isEmpty();
  }

  @Test
  void verify_expiredLegacyToken_saysItExpiredAndCannotBeRefreshed() {
    loggedIn(fixture.legacy(), Instant.now().minusSeconds(3600));

    Result result = verify("--profile", "legacy");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .contains("The login for start URL " + sandbox().startUrl() + " expired at")
        .contains("a legacy profile's token cannot be refreshed")
        .contains("Run: sso-setup login --profile legacy");
    assertThat(sandbox().requests()).isEmpty();
  }

  @Test
  void verify_legacyProfileWithValidToken_passes() {
    loggedIn(fixture.legacy(), Instant.now().plusSeconds(3600));

    Result result = verify("--profile", "legacy");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("legacy SSO, start URL ").endsWith("OK\n");
  }

  @Test
  void verify_profileWithoutRegion_passesWithAWarningThatTheAwsCliAndBoto3StopOnIt() {
    loggedIn(fixture.legacy(), Instant.now().plusSeconds(3600));

    Result result = verify("--profile", "legacy");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).endsWith("OK\n");
    assertThat(result.err())
        .contains("Warning: profile legacy has no region")
        .contains("You must specify a region")
        .contains("aws configure set region " + sandbox().region() + " --profile legacy");
    assertThat(result.err().lines().count()).isEqualTo(2);
  }

  @Test
  void verify_allWithAProfileWithoutRegion_namesItInOneWarning() {
    loggedIn(fixture.legacy(), Instant.now().plusSeconds(3600));
    loggedIn();

    Result result = verify("--all");

    assertThat(result.err())
        .contains("Warning: 1 profile has no region: legacy")
        .contains("sso-setup doctor")
        .doesNotContain("workday");
  }

  @Test
  void verify_expiredButRefreshableToken_isRefreshedSilentlyByTheSdk_andTheCacheRewritten() {
    SandboxLogin.Login login = loggedIn(corp(), Instant.now().minusSeconds(60));
    TokenCache cache = new TokenCache(home().ssoCache(), Clock.systemUTC(), home().locks());

    Result result = verify("--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).endsWith("OK\n");
    assertThat(operations()).first().isEqualTo("CreateToken");
    CachedToken refreshed = cache.read(corp()).orElseThrow();
    assertThat(refreshed.accessToken()).isNotEqualTo(login.accessToken());
    assertThat(refreshed.expiresAt()).isAfter(Instant.now());
    assertThat(refreshed.refreshToken()).isNotEqualTo(login.refreshToken());
  }

  @Test
  void verify_expiredTokenWhoseRefreshIsRefused_saysToLogIn() {
    // Signing out ends the sign-in session, and with it every refresh token.
    fixture.signedOutAtThePortal(Instant.now().minusSeconds(60));

    Result result = verify("--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .contains("The login for sso-session corp expired, and IAM Identity Center refused")
        .contains("Run: sso-setup login --profile workday");
  }

  @Test
  void verify_unassignedRole_namesTheRoleAndAccountAndThePortalsAnswer() {
    loggedIn();
    sandbox().unassign("workday_worker", ACCOUNT, "S3DynamoDBAccess");

    Result result = verify("--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .contains(
            "The role 'S3DynamoDBAccess' in account 111122223333 is not assigned to you (the"
                + " portal answered ForbiddenException: No access).")
        .contains("sso-setup configure --profile workday");
  }

  @Test
  void verify_tokenRevokedByTheService_saysItWasRejectedAndToLogInWithForce() {
    fixture.signedOutAtThePortal(Instant.now().plusSeconds(3600));

    Result result = verify("--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .contains("IAM Identity Center rejected the cached token for sso-session corp")
        .contains("UnauthorizedException")
        .contains("Run: sso-setup login --force --profile workday");
  }

  @Test
  void verify_unreachablePortal_namesTheEndpointAndItsVariable() {
    loggedIn();
    String portal = VerifyFixture.closedUrl();
    Result result =
        VerifyFixture.withEndpoint(
            "AWS_ENDPOINT_URL_SSO", portal, () -> verify("--profile", "workday"));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .contains("Could not reach the AWS access portal (SSO) at " + portal + ": ")
        .contains("refused")
        .contains("AWS_ENDPOINT_URL_SSO and AWS_ENDPOINT_URL");
    assertThat(result.err()).doesNotContain("\tat ");
  }

  @Test
  void verify_unknownProfile_exitsWith2WithCloseNames() {
    Result result = verify("--profile", "workdya");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .contains("The profile 'workdya' is not in ")
        .contains("Did you mean: workday?");
  }

  @Test
  void verify_profileThatIsNotSso_failsWithHowToSetOneUp() {
    Result result = verify("--profile", "static");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).contains("(not an SSO profile)");
    assertThat(result.err())
        .contains("The profile 'static' is not an IAM Identity Center (SSO) profile.")
        .contains("sso-setup configure --profile static");
  }

  @Test
  void verify_profileWhoseSessionBlockIsMissing_failsWithHowToAddIt() {
    Result result = verify("--profile", "orphan");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .contains("The profile 'orphan' names sso-session 'gone', which is not in")
        .contains("sso-setup configure sso-session --sso-session gone");
  }

  @Test
  void verify_invalidConfig_exitsWith2() {
    home().writeConfig("[profile broken]\nthis line has no equals sign\n");

    Result result = CliRun.run(home(), "verify", "--profile", "broken");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("is not a valid AWS config file");
  }

  @Test
  void verify_inAHomeOtherThanTheSdks_isRefusedRatherThanCheckOneCacheAndUseAnother(
      @TempDir Path elsewhere) {
    TestHome other = new TestHome(elsewhere).writeConfig(config());

    Result result = CliRun.run(other, "verify", "--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .contains("the SDK reads the token cache under " + home().home().toAbsolutePath())
        .contains("not under this run's home folder " + elsewhere);
    assertThat(sandbox().requests()).isEmpty();
  }

  @Test
  void verify_profileTheSdkRejects_quotesTheSdkAndPointsToDoctor() {
    loggedIn();
    String config =
        config()
            .replace(
                "region = ap-northeast-1\n\n[profile legacy]",
                "region = ap-northeast-1\nsso_region = us-west-2\n\n[profile legacy]");
    home().writeConfig(config);

    Result result = CliRun.run(home(), "verify", "--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .contains("The AWS SDK rejects the profile 'workday': ")
        .contains("different sso_region")
        .contains("sso-setup doctor --profile workday");
  }

  @Test
  void verify_jsonForOneProfile_hasTheIdentityAndTheBuckets() {
    loggedIn();

    Result result = verify("--profile", "workday", "--format", "json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    Map<String, Object> json = Json.parseObject(result.out());
    assertThat(json)
        .containsEntry("name", "workday")
        .containsEntry("form", "sso-session")
        .containsEntry("ssoSession", "corp")
        .containsEntry("accountId", ACCOUNT)
        .containsEntry("roleName", "S3DynamoDBAccess")
        .containsEntry("ok", true)
        .containsEntry("failure", null)
        .containsEntry("fix", null);
    assertThat(object(json, "identity"))
        .containsEntry("checked", true)
        .containsEntry("ok", true)
        .containsEntry("account", ACCOUNT)
        .containsEntry("error", null);
    assertThat((String) object(json, "identity").get("arn")).startsWith("arn:aws:sts::");
    assertThat(object(json, "s3"))
        .containsEntry("ok", true)
        .containsEntry(
            "buckets",
            List.of(
                Map.of(
                    "name", "workday-reports-111122223333",
                    "creationDate", "2024-04-01T09:30:00Z"),
                Map.of(
                    "name", "workday-uploads-111122223333",
                    "creationDate", "2024-04-02T14:05:12Z")));
  }

  @Test
  void verify_jsonForAFailure_hasTheErrorTheKindAndTheFix() {
    Result result = verify("--profile", "workday", "--format", "json");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    Map<String, Object> json = Json.parseObject(result.out());
    assertThat(json)
        .containsEntry("ok", false)
        .containsEntry("failure", "not-logged-in")
        .containsEntry("fix", "Run: sso-setup login --profile workday");
    assertThat(object(json, "identity"))
        .containsEntry("checked", true)
        .containsEntry("ok", false)
        .containsEntry("account", null)
        .containsEntry("error", "Not logged in: there is no cached token for sso-session corp.");
    assertThat(object(json, "s3"))
        .containsEntry("checked", false)
        .containsEntry("ok", false)
        .containsEntry("buckets", List.of())
        .containsEntry("error", null);
  }

  @Test
  void verify_withDebug_logsTheWireButNoSecret() {
    loggedIn();
    Result passed = CliRunWithConfig.run(this, "--debug", "verify", "--profile", "workday");
    sandbox().unassign("workday_worker", ACCOUNT, "S3DynamoDBAccess");
    Result failed = CliRunWithConfig.run(this, "--debug", "verify", "--all");

    assertThat(passed.exitCode()).as(passed.toString()).isZero();
    assertThat(passed.err()).contains("[debug] > POST").contains("[debug] > GET");
    assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
    assertThat(failed.err()).contains("[debug] workday: not-assigned").contains("\tat ");
    assertThat(sandbox().issuedSecrets()).isNotEmpty();
    for (String secret : sandbox().issuedSecrets()) {
      assertThat(passed.out() + passed.err()).doesNotContain(secret);
      assertThat(failed.out() + failed.err()).doesNotContain(secret);
    }
  }

  /** Runs with the test's config written, for tests that run twice. */
  private static final class CliRunWithConfig {
    static Result run(VerifyCommandTest test, String... args) {
      test.home().writeConfig(test.config());
      return CliRun.run(test.home(), args);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Map<String, Object> json, String key) {
    return (Map<String, Object>) json.get(key);
  }
}
