package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.Json;
import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.AdminSetup;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code sso-setup admin grant} through the whole command line and the real SDK clients against the
 * sandbox: plan, then only the missing changes, every bad input refused with no change at all.
 */
@Timeout(60)
class AdminGrantCommandTest {
  private static final String[] GUIDE = {
    "--user", "new_worker",
    "--email", "new_worker@example.com",
    "--permission-set", "S3DynamoDBAccess",
    "--managed-policy", "AmazonS3FullAccess",
    "--managed-policy", "AmazonDynamoDBFullAccess",
    "--account", "workday-production"
  };

  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.approval(Approval.AUTO).signInAs("admin")).pointingTheSdkAtIt();

  @TempDir Path tmp;
  private Sandbox sandbox;
  private TestHome home;

  @BeforeEach
  void setUp() {
    sandbox = extension.get();
    sandbox.setProvisioningDelay(java.time.Duration.ofMillis(100));
    home = new TestHome(tmp).writeConfig(AdminSetup.adminProfile(sandbox, "eu-west-1"));
  }

  private Result grant(String... args) {
    List<String> all = new ArrayList<>(List.of("admin", "grant", "--profile", "admin"));
    all.addAll(List.of(args));
    return CliRun.run(
        home,
        context -> context.browserOpener(ApprovingBrowser.approving(sandbox)),
        all.toArray(String[]::new));
  }

  @Test
  void aFreshGrant_createsTheUser_assigns_waits_andHandsOff() {
    Result result = grant(GUIDE);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("user new_worker: create (email new_worker@example.com")
        .contains("account 111122223333 (workday-production): assign S3DynamoDBAccess")
        .contains("Created the user new_worker (new_worker@example.com).")
        .contains("Assigned S3DynamoDBAccess in account 111122223333 (workday-production)")
        .contains("AWS access portal URL: https://d-9067a1b2c3.awsapps.com/start")
        .contains("sso-setup configure --sso-session new_worker");
    assertThat(AdminCommandTest.portalRoles(sandbox, "new_worker", "111122223333"))
        .containsExactly("S3DynamoDBAccess");
    assertThat(
            AdminCommandTest.count(sandbox.requests(), "DescribeAccountAssignmentCreationStatus"))
        .isPositive();
  }

  @Test
  void aSecondRun_changesNothing_andSaysSo() {
    assertThat(grant(GUIDE).exitCode()).isZero();
    sandbox.clearRequests();

    Result again = grant(GUIDE);

    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out()).contains("Nothing to change");
    assertThat(AdminSetup.mutations(sandbox)).isEmpty();
    assertThat(AdminSetup.adminCalls(sandbox)).isNotEmpty();
  }

  @Test
  void aDryRun_printsThePlan_andChangesNothing() {
    Result result = grant(append(GUIDE, "--dry-run"));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("user new_worker: create").contains("Dry run");
    assertThat(AdminSetup.mutations(sandbox)).isEmpty();
    assertThat(AdminCommandTest.portalRoles(sandbox, "workday_worker", "111122223333"))
        .containsExactly("S3DynamoDBAccess");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--email            | not-an-email              | Invalid email address",
        "--user             | two words                 | Invalid user name",
        "--user             | Administrator             | is reserved",
        "--permission-set   | ThisNameIsFarTooLongForAPermSet12 | Invalid permission set name",
        "--session-duration | PT13H                     | 1 to 12 hours",
        "--session-duration | eight hours               | ISO-8601",
        "--managed-policy   | Amazon S3                 | Invalid managed policy",
        "--managed-policy   | arn:aws:iam::123456789012:policy/Mine | customer managed policy",
        "--managed-policy   | AmazonS3FulAccess         | does not exist",
        "--account          | 000000000000              | not in the organization",
        "--account          | no-such-account           | No account of the organization",
        "--account          | 12345                     | No account of the organization",
      })
  void anInvalidInput_exits2_namesIt_andChangesNothing(String flag, String value, String message) {
    byte[] config = home.configBytes();

    Result result = grant(replace(GUIDE, flag, value));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains(message);
    assertThat(AdminSetup.mutations(sandbox)).isEmpty();
    assertThat(home.configBytes()).isEqualTo(config);
  }

  @Test
  void aUserNameWithATerminalEscape_isRefusedAndShownHarmless() {
    Result result = grant(replace(GUIDE, "--user", "evil\u001b[2J\nname"));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("evil\\u001b[2J\\u000aname").doesNotContain("\u001b");
    assertThat(AdminSetup.adminCalls(sandbox)).isEmpty();
  }

  @Test
  void aMissingAccount_exits2BeforeAnyAwsCall() {
    Result result = grant("--user", "new_worker", "--permission-set", "S3DynamoDBAccess");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("--account is needed");
    assertThat(AdminSetup.adminCalls(sandbox)).isEmpty();
  }

  @Test
  void aNewUserWithoutEmail_exits2AndChangesNothing() {
    Result result =
        grant(
            "--user",
            "new_worker",
            "--permission-set",
            "S3DynamoDBAccess",
            "--account",
            "111122223333");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("give --email");
    assertThat(AdminSetup.mutations(sandbox)).isEmpty();
  }

  @Test
  void aGroup_becomesThePrincipal_andTheUserAMember() {
    Result result = grant(append(GUIDE, "--group", "workers"));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("Created the group workers.")
        .contains("Added new_worker to the group workers.");
    assertThat(
            sandbox.requests().stream()
                .filter(r -> "CreateAccountAssignment".equals(r.operation()))
                .count())
        .isEqualTo(1);
    assertThat(AdminCommandTest.portalRoles(sandbox, "new_worker", "111122223333"))
        .containsExactly("S3DynamoDBAccess");
    sandbox.clearRequests();
    assertThat(grant(append(GUIDE, "--group", "workers")).out()).contains("Nothing to change");
    assertThat(AdminSetup.mutations(sandbox)).isEmpty();
  }

  @Test
  void aPermissionSetWithOtherPolicies_isNotChangedWithoutForce() {
    Result result =
        grant(replace(GUIDE, "--managed-policy", "AmazonS3ReadOnlyAccess", "--managed-policy"));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.out())
        .contains("permission set S3DynamoDBAccess: attach AmazonS3ReadOnlyAccess")
        .contains("permission set S3DynamoDBAccess: detach AmazonS3FullAccess");
    assertThat(result.err()).contains("--force");
    assertThat(AdminSetup.mutations(sandbox)).isEmpty();
  }

  @Test
  void aPermissionSetWithOtherPolicies_isChangedAndReprovisionedWithForce() {
    Result result =
        grant(
            append(
                replace(GUIDE, "--managed-policy", "AmazonS3ReadOnlyAccess", "--managed-policy"),
                "--force"));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("Attached AmazonS3ReadOnlyAccess to S3DynamoDBAccess.")
        .contains("Detached AmazonS3FullAccess from S3DynamoDBAccess.")
        .contains("Detached AmazonDynamoDBFullAccess from S3DynamoDBAccess.")
        .contains("Re-provisioned S3DynamoDBAccess to its 1 accounts.");
    assertThat(AdminCommandTest.count(sandbox.requests(), "ProvisionPermissionSet")).isEqualTo(1);
  }

  @Test
  void aFailedProvisioning_isReportedWithTheServicesReason() {
    sandbox.failProvisioning("The permission set exceeds the IAM role policy size quota.");

    Result result = grant(GUIDE);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .contains("The assignment in account 111122223333 failed")
        .contains("exceeds the IAM role policy size quota");
    assertThat(result.out()).contains("Created the user new_worker");
  }

  @Test
  void throttling_isRetried_untilTheGrantIsDone() {
    sandbox.setThrottleRps(4);

    Result result = grant(GUIDE);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(sandbox.requests()).anySatisfy(r -> assertThat(r.status()).isEqualTo(429));
    assertThat(AdminCommandTest.portalRoles(sandbox, "new_worker", "111122223333"))
        .containsExactly("S3DynamoDBAccess");
  }

  @Test
  void json_describesWhatWasDone() {
    Result result = grant(append(GUIDE, "--format", "json"));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    Map<String, Object> json = Json.parseObject(result.out());
    assertThat(json)
        .containsEntry("region", "ap-northeast-1")
        .containsEntry("user", "new_worker")
        .containsEntry("permissionSet", "S3DynamoDBAccess");
    assertThat(json.get("changes").toString()).contains("userCreated").contains("assigned");
  }

  private static String[] append(String[] args, String... more) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  /**
   * The guide's arguments with the first value of {@code flag} replaced (a new flag is added); with
   * {@code dropFlag}, every other occurrence of that flag is removed.
   */
  private static String[] replace(String[] args, String flag, String value, String... dropFlag) {
    List<String> all = new ArrayList<>();
    boolean replaced = false;
    for (int i = 0; i < args.length; i += 2) {
      if (args[i].equals(flag) && !replaced) {
        all.add(flag);
        all.add(value);
        replaced = true;
      } else if (dropFlag.length == 0 || !args[i].equals(dropFlag[0])) {
        all.add(args[i]);
        all.add(args[i + 1]);
      }
    }
    if (!replaced) {
      all.add(flag);
      all.add(value);
    }
    return all.toArray(String[]::new);
  }
}
