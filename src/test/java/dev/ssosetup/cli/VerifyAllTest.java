package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.Json;
import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SandboxLogin;
import dev.ssosetup.testkit.TestHome;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code verify --all} against the sandbox's medium fixture: a mix of good and bad profiles. */
@Timeout(60)
class VerifyAllTest {
  @RegisterExtension
  final VerifyFixture fixture = new VerifyFixture(b -> b.fixture(Fixture.medium()));

  private Sandbox sandbox() {
    return fixture.sandbox();
  }

  private TestHome home() {
    return fixture.home();
  }

  private static String profile(String name, String session, String account, String role) {
    return "[profile "
        + name
        + "]\nsso_session = "
        + session
        + "\nsso_account_id = "
        + account
        + "\nsso_role_name = "
        + role
        + "\n\n";
  }

  private String session(String name) {
    return "[sso-session "
        + name
        + "]\nsso_start_url = "
        + sandbox().startUrl()
        + "\nsso_region = "
        + sandbox().region()
        + "\n\n";
  }

  private String mixedConfig() {
    return profile("staging", "corp", "444455556666", "S3DynamoDBAccess")
        + profile("billing", "corp", "444455556666", "BillingViewer")
        + "[profile static]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = x\n\n"
        + profile("prod-admin", "corp", "111122223333", "AdministratorAccess")
        + profile("orphan", "gone", "444455556666", "ReadOnlyAccess")
        + profile("other", "other", "444455556666", "ReadOnlyAccess")
        + session("corp")
        + session("other");
  }

  private SandboxLogin.Login logIn(String session, Instant expiresAt) {
    return fixture.loggedIn(fixture.session(session), expiresAt);
  }

  /** The table's rows (header first) split into cells. */
  private static List<List<String>> table(String out) {
    return out.lines()
        .takeWhile(line -> !line.isEmpty())
        .map(line -> Arrays.asList(line.split(" {2,}")))
        .toList();
  }

  @Test
  void verifyAll_mixOfGoodAndBadProfiles_tabulatesEachInFileOrder_andExitsWith1() {
    home().writeConfig(mixedConfig());
    logIn("corp", Instant.now().plusSeconds(3600));

    Result result = CliRun.run(home(), "verify", "--all");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(table(result.out()))
        .containsExactly(
            List.of("PROFILE", "ACCOUNT", "ROLE", "IDENTITY", "S3", "DETAIL"),
            List.of("staging", "444455556666", "S3DynamoDBAccess", "ok", "ok", "2 buckets"),
            List.of(
                "billing",
                "444455556666",
                "BillingViewer",
                "ok",
                "denied",
                "S3 denied (AccessDenied)"),
            List.of(
                "prod-admin",
                "111122223333",
                "AdministratorAccess",
                "failed",
                "-",
                "role not assigned to you"),
            List.of(
                "orphan",
                "444455556666",
                "ReadOnlyAccess",
                "failed",
                "-",
                "no [sso-session gone] block"),
            List.of(
                "other",
                "444455556666",
                "ReadOnlyAccess",
                "failed",
                "-",
                "not logged in to sso-session other"));
    assertThat(result.out())
        .contains("Skipped 1 profile that is not an SSO profile: static.")
        .contains("4 of 5 profiles failed. To fix:")
        .contains("  other: Run: sso-setup login --sso-session other")
        .contains("  orphan: Add it with: sso-setup configure sso-session --sso-session gone")
        .contains("  prod-admin: Ask your IAM Identity Center administrator");
    // staging passed but has no region: the AWS CLI would stop on it.
    assertThat(result.err())
        .isEqualTo(
            "sso-setup: 4 of 5 profiles failed the check.\n"
                + "Warning: 1 profile has no region: staging. The AWS CLI and boto3 stop on it;"
                + " 'sso-setup doctor' shows the fix.\n");
  }

  @Test
  void verifyAll_allGood_exitsWith0() {
    home()
        .writeConfig(
            profile("staging", "corp", "444455556666", "S3DynamoDBAccess")
                + profile("read-only", "corp", "444455556666", "ReadOnlyAccess")
                + session("corp"));
    logIn("corp", Instant.now().plusSeconds(3600));

    Result result = CliRun.run(home(), "verify", "--all");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).endsWith("All 2 SSO profiles passed.\n");
    assertThat(result.err()).startsWith("Warning: 2 profiles have no region: staging, read-only.");
  }

  @Test
  void verifyAll_noSsoProfile_exitsWith1SayingSo() {
    home().writeConfig("[profile static]\naws_access_key_id = AKIDEXAMPLE\n");

    Result result = CliRun.run(home(), "verify", "--all");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).contains("No SSO profile to verify in ");
    assertThat(result.err()).contains("has no SSO profile to verify");
  }

  @Test
  @SuppressWarnings("unchecked")
  void verifyAll_json_isAnObjectWithTheProfilesInFileOrderAndTheSkippedOnes() {
    home().writeConfig(mixedConfig());
    logIn("corp", Instant.now().plusSeconds(3600));

    Result result = CliRun.run(home(), "verify", "--all", "--format", "json");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    Map<String, Object> json = Json.parseObject(result.out());
    assertThat(json)
        .containsEntry("ok", false)
        .containsEntry("checked", 5L)
        .containsEntry("failed", 4L)
        .containsEntry("skipped", List.of("static"))
        .containsEntry("configFile", home().config().toString());
    List<Map<String, Object>> profiles = (List<Map<String, Object>>) json.get("profiles");
    assertThat(profiles)
        .extracting(p -> p.get("name"))
        .containsExactly("staging", "billing", "prod-admin", "orphan", "other");
    assertThat(profiles)
        .extracting(p -> p.get("failure"))
        .containsExactly(null, "s3-denied", "not-assigned", "session-missing", "not-logged-in");
    Map<String, Object> billing = profiles.get(1);
    assertThat((Map<String, Object>) billing.get("identity")).containsEntry("ok", true);
    assertThat((Map<String, Object>) billing.get("s3"))
        .containsEntry("checked", true)
        .containsEntry("ok", false);
    assertThat((String) ((Map<String, Object>) billing.get("s3")).get("error"))
        .contains("S3 ListBuckets was denied for the role 'BillingViewer' (AccessDenied)");
  }
}
