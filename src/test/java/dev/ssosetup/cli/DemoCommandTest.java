package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.TestHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    Result result = CliRun.run(home, "demo");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
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
        .contains("== 2. sso-setup verify --profile workday")
        .contains("arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_S3DynamoDBAccess_")
        .containsPattern("(?m)^OK$")
        .contains("[profile workday]")
        .contains("(the token: sha1 of \"workday\")")
        .contains("Removed the throwaway home");
    try (Stream<Path> left = Files.list(emptyHome)) {
      assertThat(left).isEmpty();
    }
  }
}
