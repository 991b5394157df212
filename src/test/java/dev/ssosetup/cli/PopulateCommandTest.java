package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SandboxHome;
import dev.ssosetup.testkit.SdkProfiles;
import dev.ssosetup.testkit.TestHome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code sso-setup populate} through the whole command line: login, then one write. */
@Timeout(60)
class PopulateCommandTest {
  @RegisterExtension
  final SandboxHome fixture =
      SandboxHome.with(
          b -> b.fixture(Fixture.medium()),
          sandbox ->
              "# team config\n[sso-session corp]\nsso_start_url = "
                  + sandbox.startUrl()
                  + "\nsso_region = "
                  + sandbox.region()
                  + "\nsso_registration_scopes = sso:account:access\n");

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

  @Test
  void populate_logsIn_writesAProfilePerAccountAndRole_andSaysWhatItDid() {
    Result result = run("populate", "--sso-session", "corp", "--region", "us-east-1");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("Added 8 profiles");
    SdkProfiles sdk = SdkProfiles.read(home.config());
    assertThat(sdk.profile("Staging.S3DynamoDBAccess"))
        .containsEntry("sso_session", "corp")
        .containsEntry("sso_account_id", "444455556666")
        .containsEntry("sso_role_name", "S3DynamoDBAccess")
        .containsEntry("region", "us-east-1");
    assertThat(sdk.profile("Sandbox-dev-team.AdministratorAccess"))
        .containsEntry("sso_account_id", "777788889999");
    assertThat(home.configText()).startsWith("# team config\n[sso-session corp]\n");

    byte[] written = home.configBytes();
    Result again = run("populate", "--sso-session", "corp", "--region", "us-east-1");
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(home.configBytes()).isEqualTo(written);
  }

  @Test
  void populate_aRateOutOfRange_exitsWith2NamingTheRange_beforeAnyCall() {
    byte[] before = home.configBytes();

    Result result = run("populate", "--sso-session", "corp", "--max-rps", "1e-300");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("--max-rps must be from 0.1 to 1000 requests per second");
    assertThat(home.configBytes()).isEqualTo(before);
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void populate_dryRun_printsTheDiffAndWritesNothing() {
    byte[] before = home.configBytes();

    Result result = run("populate", "--sso-session", "corp", "--dry-run");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("+[profile Staging.S3DynamoDBAccess]").contains("Dry run");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  @Test
  void populate_unknownSession_exitsWith2WithoutAnyRequest() {
    Result result = run("populate", "--sso-session", "crop");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("'crop'").contains("corp");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void populate_badRegex_exitsWith2NamingTheFlag() {
    byte[] before = home.configBytes();

    Result result = run("populate", "--sso-session", "corp", "--include-roles", "(Admin");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("--include-roles");
    assertThat(home.configBytes()).isEqualTo(before);
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void populate_outputYaml_isWritten_withAWarningThatItNeedsTheAwsCliV2() {
    Result result = run("populate", "--sso-session", "corp", "--output", "YAML");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(SdkProfiles.read(home.config()).profile("Staging.S3DynamoDBAccess"))
        .containsEntry("output", "yaml");
    assertThat(result.err()).contains("output = yaml", "AWS CLI v2", "Unknown output type: yaml");
  }

  @Test
  void populate_withoutRegion_givesEveryProfileTheSsoRegion_andKeepsARegionAlreadySet() {
    Result first = run("populate", "--sso-session", "corp");
    assertThat(first.exitCode()).as(first.toString()).isZero();
    SdkProfiles sdk = SdkProfiles.read(home.config());
    assertThat(sdk.profile("Staging.S3DynamoDBAccess")).containsEntry("region", sandbox.region());
    assertThat(sdk.profile("Sandbox-dev-team.AdministratorAccess"))
        .containsEntry("region", sandbox.region());

    // A region set since (by hand, or by --region) stays on a re-run without --region.
    home.writeConfig(
        home.configText()
            .replace(
                "sso_role_name = S3DynamoDBAccess\nregion = " + sandbox.region() + "\n",
                "sso_role_name = S3DynamoDBAccess\nregion = us-west-2\n"));
    byte[] edited = home.configBytes();
    Result again = run("populate", "--sso-session", "corp");
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(home.configBytes()).isEqualTo(edited);

    Result given = run("populate", "--sso-session", "corp", "--region", "eu-west-1");
    assertThat(given.exitCode()).as(given.toString()).isZero();
    assertThat(SdkProfiles.read(home.config()).profile("Staging.S3DynamoDBAccess"))
        .containsEntry("region", "eu-west-1");
  }
}
