package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.Json;
import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.sandbox.RequestRecord;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.AdminSetup;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SandboxClients;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.SandboxLogin;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sso.SsoClient;

/**
 * {@code sso-setup admin instance} and {@code admin handoff} through the whole command line, the
 * real SDK clients and an SSO profile of the administrator, against the sandbox.
 */
@Timeout(60)
class AdminCommandTest {
  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.approval(Approval.AUTO).signInAs("admin")).pointingTheSdkAtIt();

  @TempDir Path tmp;
  private Sandbox sandbox;
  private TestHome home;

  @BeforeEach
  void setUp() {
    sandbox = extension.get();
    // The administrator's client region is not the home region: discovery must not care.
    home = new TestHome(tmp).writeConfig(AdminSetup.adminProfile(sandbox, "eu-west-1"));
  }

  private Result run(String... args) {
    return CliRun.run(
        home, context -> context.browserOpener(ApprovingBrowser.approving(sandbox)), args);
  }

  @Test
  void instance_fromAnotherRegion_findsTheHomeRegionByAskingEveryRegion() {
    Result result = run("admin", "instance", "--profile", "admin");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("Region (home): ap-northeast-1")
        .contains("Identity store ID: d-9067a1b2c3")
        .contains("AWS access portal URL: https://d-9067a1b2c3.awsapps.com/start")
        .containsPattern("Instance ARN: arn:aws:sso:::instance/ssoins-[0-9a-f]{16}");
    long asked =
        sandbox.requests().stream().filter(r -> "ListInstances".equals(r.operation())).count();
    assertThat(asked)
        .isEqualTo(dev.ssosetup.admin.InstanceDiscovery.regionsInPartitionOf("eu-west-1").size())
        .isGreaterThan(20);
  }

  @Test
  void instance_json_hasExactlyTheFourKeys() {
    Result result = run("admin", "instance", "--profile", "admin", "--format", "json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    Map<String, Object> json = Json.parseObject(result.out());
    assertThat(json)
        .containsOnlyKeys("region", "instanceArn", "identityStoreId", "startUrl")
        .containsEntry("region", "ap-northeast-1")
        .containsEntry("startUrl", "https://d-9067a1b2c3.awsapps.com/start");
  }

  @Test
  void instance_withTheUsersOwnCredentials_failsSayingTheyMayNotLook() {
    home.writeConfig(
        AdminSetup.adminProfile(sandbox, "eu-west-1")
            .replace("999988887777", "111122223333")
            .replace("AdministratorAccess", "S3DynamoDBAccess"));
    sandbox.signInAs("workday_worker");

    Result result = run("admin", "instance", "--profile", "admin");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err()).contains("may not look for IAM Identity Center");
  }

  @Test
  void instance_withAnUnknownProfile_exits2() {
    byte[] before = home.configBytes();

    Result result = run("admin", "instance", "--profile", "nobody");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("nobody");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  @Test
  void handoff_givesThePortalTheRegionAndTheCommands() {
    Result result = run("admin", "handoff", "--user", "workday_worker", "--profile", "admin");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("AWS access portal URL: https://d-9067a1b2c3.awsapps.com/start")
        .contains("Region (IAM Identity Center): ap-northeast-1")
        .contains("User name: workday_worker")
        .contains(
            "sso-setup configure --sso-session workday_worker --start-url"
                + " https://d-9067a1b2c3.awsapps.com/start --sso-region ap-northeast-1")
        .contains("SSO start URL [None]: https://d-9067a1b2c3.awsapps.com/start")
        .contains("Reset password");
  }

  @Test
  void handoff_underAJapaneseLocale_isInJapanese() {
    home.variable("LANG", "ja_JP.UTF-8");

    Result result = run("admin", "handoff", "--user", "workday_worker", "--profile", "admin");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("AWS アクセスポータルの URL: https://d-9067a1b2c3.awsapps.com/start")
        .contains("パスワードをリセット")
        // The prompts of the AWS CLI are shown as the CLI shows them.
        .contains("SSO region [None]: ap-northeast-1");
  }

  @Test
  void handoff_forAUserTheStoreDoesNotHave_exits2() {
    Result result = run("admin", "handoff", "--user", "nobody", "--profile", "admin");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("no user nobody");
  }

  /** The portal's roles of a user in an account, after a login as that user. */
  static java.util.List<String> portalRoles(Sandbox sandbox, String user, String accountId) {
    String previous = sandbox.signedInUser();
    sandbox.signInAs(user);
    try (SsoClient portal = SandboxClients.portal(sandbox)) {
      String token = SandboxLogin.deviceCode(sandbox).accessToken();
      return portal
          .listAccountRolesPaginator(r -> r.accessToken(token).accountId(accountId))
          .roleList()
          .stream()
          .map(role -> role.roleName())
          .toList();
    } finally {
      sandbox.signInAs(previous);
    }
  }

  static long count(java.util.List<RequestRecord> records, String operation) {
    return records.stream().filter(r -> operation.equals(r.operation())).count();
  }

  static Fixture fixture() {
    return Fixture.small();
  }
}
