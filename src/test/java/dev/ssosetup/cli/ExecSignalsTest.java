package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.Await;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.SsoSetupProcess;
import dev.ssosetup.testkit.TestHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signals and {@code exec}, with sso-setup as a process of its own and a child shell that records
 * each signal it gets: TERM and HUP sent to sso-setup alone reach the child; Ctrl-C (INT to the
 * whole foreground group, as a terminal sends it) reaches the child once, not twice, and sso-setup
 * outlives it; in every case sso-setup exits with the child's exit code.
 */
@Timeout(120)
@DisabledOnOs(OS.WINDOWS)
class ExecSignalsTest {
  private static final Duration STARTUP = Duration.ofSeconds(60);
  private static final int HUP = 1;
  private static final int INT = 2;

  /**
   * Records TERM, HUP and INT; exits 7 on TERM (a moment later, so that any signal sent with it is
   * recorded too) and 9 on HUP, goes on after INT.
   */
  private static final String CHILD =
      "trap 'echo TERM >> \"$SIGNAL_LOG\"; sleep 0.3; exit 7' TERM; "
          + "trap 'echo HUP >> \"$SIGNAL_LOG\"; exit 9' HUP; "
          + "trap 'echo INT >> \"$SIGNAL_LOG\"' INT; "
          + "echo $$ > \"$CHILD_PID\"; "
          + "while :; do sleep 0.05; done";

  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.approval(Approval.AUTO)).pointingTheSdkAtIt();

  @TempDir Path tmp;
  private Path log;
  private Path childPid;
  private Process ssoSetup;

  @BeforeEach
  void logIn() {
    Sandbox sandbox = extension.get();
    TestHome home = new TestHome(tmp).writeConfig(CredentialsCommandTest.config(sandbox));
    CliRun.logIn(home, sandbox, "workday");
    log = tmp.resolve("signals.log");
    childPid = tmp.resolve("child.pid");
  }

  @AfterEach
  void stop() {
    if (ssoSetup != null && ssoSetup.isAlive()) {
      ssoSetup.descendants().forEach(ProcessHandle::destroyForcibly);
      ssoSetup.destroyForcibly();
    }
    // A child whose sso-setup died first is an orphan that loops for ever: end it too.
    String pid = read(childPid).strip();
    if (!pid.isEmpty()) {
      ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  @Test
  void term_sentToSsoSetupAlone_reachesTheChild_whoseExitCodeIsReported() throws Exception {
    start();

    ssoSetup.destroy(); // SIGTERM to the JVM only

    assertThat(exitCode()).isEqualTo(7);
    assertThat(signals()).containsExactly("TERM");
  }

  @Test
  void hup_sentToSsoSetupAlone_reachesTheChild() throws Exception {
    start();
    // Under nohup the JVM starts with HUP ignored and keeps it so (as it should: the user asked
    // for it), so there is nothing to relay.
    assumeFalse(ignores(ssoSetup.pid(), HUP), "HUP is ignored in this test's process tree");

    kill("HUP", ssoSetup.pid());

    assertThat(exitCode()).isEqualTo(9);
    assertThat(signals()).containsExactly("HUP");
  }

  @Test
  void ctrlC_atATerminal_reachesTheChildOnce_andSsoSetupOutlivesIt() throws Exception {
    start();
    assumeFalse(ignores(ssoSetup.pid(), INT), "INT is ignored in this test's process tree");
    long child = Long.parseLong(Files.readString(childPid).strip());

    // What a terminal does on Ctrl-C: INT to every process of the foreground group. The child's
    // first, and handled, so that a second one passed on by sso-setup would be seen on its own.
    kill("INT", child);
    Await.until(
        Duration.ofSeconds(10), () -> signals().contains("INT"), () -> signals().toString());
    kill("INT", ssoSetup.pid());
    // The JVM takes signals in order of their numbers: INT (2) is handled before TERM (15).
    ssoSetup.destroy();

    assertThat(exitCode()).isEqualTo(7);
    assertThat(signals()).containsExactly("INT", "TERM");
  }

  private void start() throws IOException {
    Sandbox sandbox = extension.get();
    Map<String, String> environment =
        SsoSetupProcess.environment(
            tmp,
            Map.of(
                "AWS_ENDPOINT_URL_SSO", sandbox.portalEndpoint().toString(),
                "AWS_ENDPOINT_URL_SSO_OIDC", sandbox.oidcEndpoint().toString(),
                "SIGNAL_LOG", log.toString(),
                "CHILD_PID", childPid.toString()));
    ssoSetup =
        SsoSetupProcess.start(
            environment,
            tmp.resolve("out.txt"),
            tmp.resolve("err.txt"),
            "exec",
            "--profile",
            "workday",
            "--",
            "sh",
            "-c",
            CHILD);
    Await.until(
        STARTUP,
        () -> Files.exists(childPid) && !read(childPid).isBlank() || !ssoSetup.isAlive(),
        () -> read(tmp.resolve("err.txt")));
    assertThat(ssoSetup.isAlive()).as(read(tmp.resolve("err.txt"))).isTrue();
  }

  private int exitCode() throws InterruptedException {
    assertThat(ssoSetup.waitFor(30, TimeUnit.SECONDS)).as("sso-setup ended").isTrue();
    return ssoSetup.exitValue();
  }

  private List<String> signals() {
    return Files.exists(log) ? read(log).lines().toList() : List.of();
  }

  private static void kill(String signal, long pid) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(pid)).start();
    assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(kill.exitValue()).isZero();
  }

  /** Whether the process ignores SIGINT (inherited from whoever started the tests). */
  /** Whether the process ignores the signal (its bit in the SigIgn mask of /proc). */
  private static boolean ignores(long pid, int signal) {
    Path status = Path.of("/proc/" + pid + "/status");
    if (!Files.exists(status)) {
      return false;
    }
    for (String line : read(status).lines().toList()) {
      if (line.startsWith("SigIgn:")) {
        long mask = Long.parseUnsignedLong(line.substring(7).strip(), 16);
        return (mask & (1L << (signal - 1))) != 0;
      }
    }
    return false;
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "";
    }
  }
}
