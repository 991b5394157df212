package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SandboxHome;
import dev.ssosetup.testkit.TestHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sso-setup exec} with real child processes ({@code sh -c}): the environment the child gets,
 * and the exit codes sso-setup reports. Signals are in {@link ExecSignalsTest}.
 */
@Timeout(120)
@DisabledOnOs(OS.WINDOWS)
class ExecCommandTest {
  @RegisterExtension
  final SandboxHome fixture =
      SandboxHome.approving(sandbox -> CredentialsCommandTest.config(sandbox));

  @TempDir Path tmp;
  private Sandbox sandbox;
  private TestHome home;

  @BeforeEach
  void setUp() {
    sandbox = fixture.sandbox();
    home =
        fixture
            .home()
            .variable("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"))
            .variable("KEPT", "a value of the parent's");
  }

  private Result run(String... args) {
    return CliRun.run(home, context -> context.browserOpener(ApprovingBrowser.ignoring()), args);
  }

  private void logIn() {
    fixture.logIn("workday");
  }

  @Test
  void theChild_getsTheRolesCredentialsAndRegion_andNoProfileToPickInstead() throws IOException {
    logIn();
    home.variable("AWS_PROFILE", "workday").variable("AWS_DEFAULT_PROFILE", "keys");
    Path env = tmp.resolve("env.txt");

    Result result = run("exec", "--", "sh", "-c", "env > \"$0\"", env.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).isEmpty();
    Map<String, String> child = environment(env);
    assertThat(child)
        .containsKeys("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_CREDENTIAL_EXPIRATION")
        .containsEntry("AWS_REGION", "ap-northeast-1")
        .containsEntry("AWS_DEFAULT_REGION", "ap-northeast-1")
        .containsEntry("KEPT", "a value of the parent's")
        .doesNotContainKeys("AWS_PROFILE", "AWS_DEFAULT_PROFILE");
    assertThat(sandbox.issuedSecrets())
        .contains(child.get("AWS_SECRET_ACCESS_KEY"), child.get("AWS_SESSION_TOKEN"));
  }

  @Test
  void theChildsExitCode_isSsoSetups() {
    logIn();

    assertThat(run("exec", "--profile", "workday", "--", "sh", "-c", "exit 3").exitCode())
        .isEqualTo(3);
    assertThat(run("exec", "--profile", "workday", "--", "true").exitCode()).isZero();
  }

  @Test
  void aChildKilledBySignalN_gives128PlusN_asShellsReportIt() {
    logIn();

    Result result = run("exec", "--profile", "workday", "--", "sh", "-c", "kill -TERM $$");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(128 + 15);
  }

  @Test
  void optionsAfterTheCommand_areTheCommandsOwn() throws IOException {
    logIn();
    Path args = tmp.resolve("args.txt");

    Result result =
        run(
            "exec",
            "--profile",
            "workday",
            "sh",
            "-c",
            "printf '%s|' \"$@\" > " + args,
            "sh",
            "--profile",
            "other",
            "--help");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(Files.readString(args)).isEqualTo("--profile|other|--help|");
  }

  @Test
  void aCommandThatDoesNotExist_exits127_likeAShell() {
    logIn();

    Result result = run("exec", "--profile", "workday", "--", "no-such-command-sso-setup");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(127);
    assertThat(result.err()).contains("\"no-such-command-sso-setup\": command not found");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void aFileThatCannotBeRun_exits126_likeAShell() throws IOException {
    logIn();
    Path script = Files.writeString(tmp.resolve("not-executable.sh"), "echo hi\n");

    Result result = run("exec", "--profile", "workday", "--", script.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(126);
    assertThat(result.err()).contains("cannot be run");
  }

  @Test
  void withoutALogin_theCommandIsNotRun_andSsoSetupExits1() {
    Path marker = tmp.resolve("ran");

    Result result =
        run("exec", "--profile", "workday", "--", "sh", "-c", "touch \"$0\"", marker.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err()).contains("sso-setup login --profile workday");
    assertThat(marker).doesNotExist();
  }

  @Test
  void withoutACommand_isBadInput() {
    Result result = run("exec", "--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("COMMAND");
  }

  private static Map<String, String> environment(Path file) throws IOException {
    Map<String, String> variables = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        variables.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return variables;
  }
}
