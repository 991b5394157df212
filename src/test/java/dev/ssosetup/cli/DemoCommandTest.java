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
        .contains("Removed the throwaway home");
    try (Stream<Path> left = Files.list(emptyHome)) {
      assertThat(left).isEmpty();
    }
    assertThat(listing(processLocks))
        .as("the demo keeps its lock files in its throwaway home")
        .isEqualTo(locksBefore);
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
