package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.testkit.AdminSetup;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code admin instance} where no region of the partition has an instance: the sandbox's lives in a
 * region of another partition (cn-north-1), so every region asked answers with none.
 */
@Timeout(60)
class AdminNoInstanceTest {
  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(
              b -> b.fixture(elsewhere(Fixture.small())).approval(Approval.AUTO).signInAs("admin"))
          .pointingTheSdkAtIt();

  @TempDir Path tmp;

  @Test
  void noInstanceInAnyRegion_exits1_sayingToEnableItInTheConsole() {
    TestHome home =
        new TestHome(tmp).writeConfig(AdminSetup.adminProfile(extension.get(), "us-east-1"));

    Result result =
        CliRun.run(
            home,
            context -> context.browserOpener(ApprovingBrowser.approving(extension.get())),
            "admin",
            "instance",
            "--profile",
            "admin");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .contains("No IAM Identity Center instance in any of the")
        .contains("https://console.aws.amazon.com/singlesignon/home");
  }

  private static Fixture elsewhere(Fixture fixture) {
    return new Fixture(
        fixture.startUrl(),
        "cn-north-1",
        fixture.accounts(),
        fixture.users(),
        fixture.managementAccount(),
        fixture.permissionSets());
  }
}
