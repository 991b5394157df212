package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssosetup.testkit.Await;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.spi.Pty;
import org.jline.terminal.spi.TerminalProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether a run is interactive is decided by standard input being a terminal, as the AWS CLI
 * decides it: {@code sso-setup configure | tee log} at a terminal still asks, on the terminal and
 * not into the pipe, while {@code echo | sso-setup configure} never asks. The real entry point runs
 * in a child JVM whose streams are a pseudo-terminal (opened with JLine's native provider) or
 * pipes; POSIX only.
 */
@Timeout(60)
class InteractivityProcessTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path home;
  private Pty pty;
  private File slave;
  private Process child;
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

  @BeforeEach
  void openPty() throws Exception {
    TerminalProvider provider;
    try {
      provider = TerminalProvider.load("jni");
      // The JNI provider's open(Attributes, Size) makes a new pseudo-terminal pair.
      pty =
          (Pty)
              provider
                  .getClass()
                  .getMethod("open", Attributes.class, Size.class)
                  .invoke(provider, new Attributes(), new Size(80, 24));
    } catch (Exception | LinkageError e) {
      assumeTrue(false, "no native pseudo-terminal here: " + e);
      return;
    }
    Method name = pty.getClass().getMethod("getName");
    slave = new File((String) name.invoke(pty));
    assumeTrue(slave.exists(), "the pseudo-terminal has no device file");
    Thread reader =
        new Thread(
            () -> {
              byte[] buffer = new byte[4096];
              try (InputStream in = pty.getMasterInput()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  synchronized (screen) {
                    screen.write(buffer, 0, n);
                  }
                }
              } catch (IOException e) {
                // The pseudo-terminal closed.
              }
            },
            "pty-reader");
    reader.setDaemon(true);
    reader.start();
  }

  @AfterEach
  void close() throws IOException {
    if (child != null && child.isAlive()) {
      child.destroyForcibly();
    }
    if (pty != null) {
      pty.close();
    }
  }

  private Process start(ProcessBuilder.Redirect in, ProcessBuilder.Redirect out, String... args)
      throws IOException {
    return start(in, out, ProcessBuilder.Redirect.to(slave), args);
  }

  private Process start(
      ProcessBuilder.Redirect in,
      ProcessBuilder.Redirect out,
      ProcessBuilder.Redirect err,
      String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.ssosetup.Main");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("AWS_"));
    environment.put("HOME", home.toString());
    environment.put("TERM", "xterm");
    environment.put("LANG", "C.UTF-8");
    builder.redirectInput(in).redirectOutput(out).redirectError(err);
    child = builder.start();
    return child;
  }

  private String screenText() {
    synchronized (screen) {
      return screen.toString(StandardCharsets.UTF_8);
    }
  }

  /** Waits until the terminal shows this text (the reader thread copies what the child wrote). */
  private void awaitScreen(String text) {
    Await.until(WAIT, () -> screenText().contains(text), () -> "the terminal:\n" + screenText());
  }

  @Test
  void stdinATerminal_stdoutAPipe_asksOnTheTerminal_notIntoThePipe() throws Exception {
    Process process =
        start(ProcessBuilder.Redirect.from(slave), ProcessBuilder.Redirect.PIPE, "configure");

    awaitScreen("SSO session name (Recommended): ");
    // Esc cancels at a prompt: exit 130, nothing written.
    try (OutputStream keys = pty.getMasterOutput()) {
      keys.write(0x1b);
      keys.flush();
      assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    }
    byte[] piped = process.getInputStream().readAllBytes();

    assertThat(process.exitValue()).as(screenText()).isEqualTo(130);
    assertThat(new String(piped, StandardCharsets.UTF_8)).doesNotContain("SSO session name");
    assertThat(home.resolve(".aws")).doesNotExist();
  }

  @Test
  void stdinATerminal_stdoutAndStderrBothFiles_stillAsksOnTheTerminalOfStdin() throws Exception {
    File out = home.resolve("out.log").toFile();
    File err = home.resolve("err.log").toFile();
    Process process =
        start(
            ProcessBuilder.Redirect.from(slave),
            ProcessBuilder.Redirect.to(out),
            ProcessBuilder.Redirect.to(err),
            "configure");

    awaitScreen("SSO session name (Recommended): ");
    try (OutputStream keys = pty.getMasterOutput()) {
      keys.write("\033\r".getBytes(StandardCharsets.US_ASCII));
      keys.flush();
      assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    }

    assertThat(process.exitValue()).as(screenText()).isEqualTo(130);
    assertThat(Files.readString(out.toPath())).doesNotContain("SSO session name");
    assertThat(Files.readString(err.toPath())).contains("Cancelled; nothing was written.");
  }

  @Test
  void stdinAPipe_stdoutATerminal_neverAsks_andNamesTheFlag() throws Exception {
    Path empty = Files.createFile(home.resolve("empty-input"));
    Process process =
        start(
            ProcessBuilder.Redirect.from(empty.toFile()),
            ProcessBuilder.Redirect.to(slave),
            "configure");

    assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    awaitScreen("--sso-session"); // the error's last words, copied from the terminal

    assertThat(process.exitValue()).as(screenText()).isEqualTo(2);
    assertThat(screenText())
        .contains("no terminal to ask on")
        .doesNotContain("SSO session name (Recommended): ");
  }
}
