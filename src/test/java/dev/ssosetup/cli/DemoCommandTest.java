package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.Environment;
import dev.ssosetup.files.FileLocks;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.TestHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code sso-setup demo} without a terminal: the scripted journey, leaving the home untouched. */
class DemoCommandTest {
  @TempDir Path tmp;

  @Test
  @Timeout(120)
  void demo_withStdinClosedAndAnEmptyHome_walksTheWholeJourney_andLeavesTheHomeEmpty()
      throws IOException {
    Path emptyHome = Files.createDirectory(tmp.resolve("home"));
    TestHome home = new TestHome(emptyHome);
    // The lock folder of this process's own user (under surefire's throwaway HOME).
    Path processLocks = FileLocks.of(Environment.system()).folder();
    List<Path> locksBefore = listing(processLocks);

    Result result = CliRun.run(home, "demo");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .startsWith(
            "sso-setup demo: both halves of the team guide against a local IAM Identity Center\n"
                + "(the built-in sandbox), in a throwaway home folder. Your own ~/.aws is never\n"
                + "touched. First the administrator creates the user and grants the permission set;\n"
                + "then the user sets up the terminal with what the administrator sends.\n\n"
                + "  home folder   ")
        .contains(
            "\n  start URL     https://d-9067a1b2c3.awsapps.com/start\n"
                + "  SSO region    ap-northeast-1\n"
                + "  organisation  ")
        .contains(
            " accounts; only admin exists, with AdministratorAccess on the management account\n")
        .contains(
            "== 4. The user: sso-setup verify --profile workday\n\n"
                + "(run as a separate process with HOME set to the throwaway folder, so that the\n"
                + " AWS SDK finds the token cache there, exactly as an application would)\n")
        .contains("== 5. What was written\n\nThe config file, ")
        .contains("The token cache, in the AWS CLI's format (the SDKs and the CLI read it):\n")
        .contains("(run as a separate process with HOME set to the throwaway folder)\n")
        .contains("(demo: approving on the sandbox's sign-in page, as you would in the browser)\n")
        .contains("== 1. The administrator signs in: sso-setup configure --profile admin")
        .contains("Wrote profile admin and sso-session admin")
        .contains("== 2. The administrator: sso-setup admin grant --user workday_worker")
        .contains("Created the user workday_worker (workday_worker@example.com).")
        .contains("Created the permission set S3DynamoDBAccess")
        .contains("Attached AmazonDynamoDBFullAccess to S3DynamoDBAccess.")
        .contains("Assigned S3DynamoDBAccess in account 111122223333 (workday-production)")
        .contains("AWS access portal URL: https://d-9067a1b2c3.awsapps.com/start")
        .contains("sso-setup configure --sso-session workday --start-url")
        .contains("== 3. The user: sso-setup configure")
        .contains("SSO session name (Recommended): workday")
        .contains("SSO start URL [None]: https://d-9067a1b2c3.awsapps.com/start")
        .contains("SSO region [None]: ap-northeast-1")
        .contains("SSO registration scopes [sso:account:access]: ")
        .contains("Attempting to automatically open the SSO authorization page")
        .contains("The only AWS account available to you is: 111122223333")
        .contains("Using the role name \"S3DynamoDBAccess\"")
        .contains("Default client Region [None]: ap-northeast-1")
        .contains("CLI default output format (json if not specified) [None]: json")
        .contains("Profile name [S3DynamoDBAccess-111122223333]: workday")
        .contains("Wrote profile workday and sso-session workday")
        .contains("== 4. The user: sso-setup verify --profile workday")
        .contains("arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_S3DynamoDBAccess_")
        .containsPattern("(?m)^OK$")
        .contains("[profile workday]")
        .contains("(the user's token: sha1 of \"workday\")")
        .contains("(the administrator's token: sha1 of \"admin\")")
        .contains("== 6. The user: sso-setup credentials --profile workday")
        .containsPattern("(?m)^export AWS_ACCESS_KEY_ID='ASIA[A-Z0-9]{16}'$")
        .containsPattern("(?m)^export AWS_SECRET_ACCESS_KEY=<secret, \\d+ characters>$")
        .contains("export AWS_REGION='ap-northeast-1'")
        .contains("/.aws/cli/cache/5e8403fe5133594f7b9ece6769edd1c17939b91d.json")
        .contains("== 7. The user: sso-setup console --profile workday --url-only")
        .contains("/federation?Action=login&Issuer=https%3A%2F%2Fd-9067a1b2c3.awsapps.com%2Fstart")
        .contains("&SigninToken=<hidden>")
        .contains("accepted the link (HTTP 200)")
        .doesNotContain("IQoJb3JpZ2luX2VjE") // how every session token of the sandbox starts
        .contains("Removed the throwaway home")
        .endsWith(
            "; nothing else was touched.\n"
                + "Next: 'sso-setup sandbox' serves this emulator for the AWS CLI and your own code;"
                + " 'sso-setup configure' does it for real.\n");
    try (Stream<Path> left = Files.list(emptyHome)) {
      assertThat(left).isEmpty();
    }
    assertThat(listing(processLocks))
        .as("the demo keeps its lock files in its throwaway home")
        .isEqualTo(locksBefore);
  }

  @Test
  @Timeout(120)
  void demo_inJapanese_narratesInJapanese_withTheAwsClisPromptsAsTheyAre() {
    TestHome home = new TestHome(tmp.resolve("ja")).variable("LANG", "ja_JP.UTF-8");

    Result result = CliRun.run(home, "demo");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .startsWith("sso-setup demo: チームガイドの管理者とユーザーの両方の手順を、ローカルの\n")
        // The values line up in terminal columns: a Japanese character takes two.
        .contains("\n  ホームフォルダー  ")
        .contains("\n  SSO start URL     https://d-9067a1b2c3.awsapps.com/start\n")
        .contains("\n  SSO region        ap-northeast-1\n")
        .contains("\n  組織              AWS アカウント ")
        .contains("== 1. 管理者がサインインします: sso-setup configure --profile admin\n")
        .contains("== 2. 管理者: sso-setup admin grant --user workday_worker")
        .contains("(HOME を使い捨てのフォルダーにした別のプロセスで実行します)\n")
        .contains("== 3. ユーザー: sso-setup configure\n")
        .contains("SSO session name (Recommended): workday")
        .contains("Profile name [S3DynamoDBAccess-111122223333]: workday")
        .contains("The only AWS account available to you is: 111122223333")
        .contains("プロファイル workday と sso-session workday を ")
        .contains("動作を確かめるには次を実行します: sso-setup verify --profile workday\n")
        .contains("== 4. ユーザー: sso-setup verify --profile workday\n")
        .contains("== 5. 書き込まれたもの\n\n設定ファイル ")
        .contains("(ユーザーのトークン: \"workday\" の sha1)")
        .contains("(管理者のトークン: \"admin\" の sha1)")
        .contains("[profile workday]\nsso_session = workday\n")
        .contains("使い捨てのホームフォルダー ")
        .doesNotContain("The user:", "throwaway", "What was written");
  }

  private static List<Path> listing(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }
}
