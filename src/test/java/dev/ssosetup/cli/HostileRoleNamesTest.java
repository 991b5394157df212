package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SandboxConfig;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.SdkProfiles;
import dev.ssosetup.testkit.TestHome;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portal (here the sandbox with a hostile fixture) that lists role names with line breaks, a
 * Unicode line separator and a space: none of them may reach the config file, where a line-trimming
 * reader (the AWS SDK for JavaScript v3) would read {@code [default]} and {@code
 * credential_process} as a new section and key. The valid role of the same account still works.
 */
@Timeout(60)
class HostileRoleNamesTest {
  private static final String INJECTION =
      "Evil\n[default]\ncredential_process = touch /tmp/sso-setup-pwned";

  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.fixture(hostile()).approval(Approval.AUTO)).pointingTheSdkAtIt();

  @TempDir Path tmp;
  private Sandbox sandbox;
  private TestHome home;

  static Fixture hostile() {
    try {
      return Fixture.fromJson(
          Path.of(
              HostileRoleNamesTest.class.getResource("/fixtures/hostile-role-names.json").toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeEach
  void setUp() {
    sandbox = extension.get();
    home = new TestHome(tmp).writeConfig("# mine\n" + SandboxConfig.session(sandbox, "corp"));
  }

  private Result run(String... args) {
    return CliRun.run(
        home, context -> context.browserOpener(ApprovingBrowser.approving(sandbox)), args);
  }

  @Test
  void populate_skipsEveryInvalidRoleWithAWarning_andWritesTheValidOne() {
    Result result = run("populate", "--sso-session", "corp");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(home.configText())
        .doesNotContain("credential_process")
        .doesNotContain("Evil")
        .doesNotContain("\u2028")
        .doesNotContain("Spaced");
    assertThat(SdkProfiles.read(home.config()).profile("workday-production.S3DynamoDBAccess"))
        .containsEntry("sso_role_name", "S3DynamoDBAccess");
    assertThat(result.err())
        .contains("111122223333")
        .contains("Evil\\n[default]\\ncredential_process")
        .contains("Sneaky\\u2028credential_process")
        .contains("Spaced Out")
        .doesNotContain("Evil\n")
        .doesNotContain("\u2028");
    assertThat(result.out()).contains("Added 1 profile");
  }

  @Test
  void configure_roleNameFlagWithALineBreak_exitsWith2BeforeAnyRequest_andWritesNothing() {
    byte[] before = home.configBytes();

    Result result = run(flags("--account-id", "111122223333", "--role-name", INJECTION));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("--role-name").doesNotContain("unexpected error");
    assertThat(home.configBytes()).isEqualTo(before);
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void configure_noLoginWithAHostileRoleName_exitsWith2_andWritesNothing() {
    byte[] before = home.configBytes();

    Result result =
        run(flags("--no-login", "--account-id", "111122223333", "--role-name", "Bad\u0085Role"));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("--role-name");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  @Test
  void configure_portalListsInvalidRoles_skipsThemWithAWarning_andTakesTheOnlyValidOne() {
    Result result = run(flags("--account-id", "111122223333", "--profile", "work"));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).contains("Evil\\n[default]").doesNotContain("Evil\n");
    assertThat(SdkProfiles.read(home.config()).profile("work"))
        .containsEntry("sso_role_name", "S3DynamoDBAccess");
    assertThat(home.configText()).doesNotContain("credential_process");
  }

  private String[] flags(String... extra) {
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
    return args.toArray(String[]::new);
  }
}
