package dev.ssosetup.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.ssosetup.common.Environment;
import dev.ssosetup.testkit.TestHome;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.InOrder;

/** Which command opens the browser on each platform, with a launcher that starts nothing. */
class SystemBrowserOpenerTest {
  private static final URI URL =
      URI.create("https://oidc.us-east-1.amazonaws.com/authorize?response_type=code&state=it's");
  private static final String LINUX_PROC = "Linux version 6.1.0-13-amd64 (gcc-12) #1 SMP Debian";
  private static final String WSL_PROC =
      "Linux version 5.15.153.1-microsoft-standard-WSL2 (root@941d701f84f1) #1 SMP";

  @TempDir Path tmp;
  private Path bin;
  private final ProcessLauncher launcher = mock(ProcessLauncher.class);

  @BeforeEach
  void setUp() throws IOException {
    bin = Files.createDirectory(tmp.resolve("bin"));
  }

  @Test
  void linux_usesXdgOpen() throws IOException {
    assertThat(opener("Linux", LINUX_PROC).open(URL)).isTrue();

    verify(launcher).launch(List.of("xdg-open", URL.toString()));
  }

  @Test
  void onlyHttpsAndLoopbackHttpPages_areHandedToTheSystem() throws IOException {
    for (String page :
        List.of(
            "file:///etc/passwd",
            "javascript:alert(1)",
            "http://device.example.com/",
            "https://aws.amazon.com@evil.example/",
            "ms-settings:privacy")) {
      assertThat(opener("Windows 11", "").open(URI.create(page))).as(page).isFalse();
    }
    verify(launcher, never()).launch(anyList());

    assertThat(opener("Linux", LINUX_PROC).open(URI.create("http://127.0.0.1:8080/x"))).isTrue();
    verify(launcher).launch(List.of("xdg-open", "http://127.0.0.1:8080/x"));
  }

  @Test
  void macOs_usesOpen() throws IOException {
    assertThat(opener("Mac OS X", "").open(URL)).isTrue();

    verify(launcher).launch(List.of("open", URL.toString()));
  }

  @Test
  void windows_usesTheUrlProtocolHandler_whichNoShellParses() throws IOException {
    assertThat(opener("Windows 11", "").open(URL)).isTrue();

    verify(launcher).launch(List.of("rundll32", "url.dll,FileProtocolHandler", URL.toString()));
  }

  @Test
  void wsl_prefersWslview() throws IOException {
    executable("wslview");

    assertThat(opener("Linux", WSL_PROC).open(URL)).isTrue();

    verify(launcher).launch(List.of("wslview", URL.toString()));
  }

  @Test
  void wsl_withoutWslview_usesPowerShell_withTheQuoteDoubled() throws IOException {
    assertThat(opener("Linux", WSL_PROC).open(URL)).isTrue();

    verify(launcher)
        .launch(
            List.of(
                "powershell.exe",
                "-NoProfile",
                "-NonInteractive",
                "-Command",
                "Start-Process '"
                    + "https://oidc.us-east-1.amazonaws.com/authorize?response_type=code&state=it''s"
                    + "'"));
  }

  @Test
  void wsl_whenPowerShellCannotStart_fallsBackToCmdStart_withItsAmpersandsEscaped()
      throws IOException {
    doThrow(new IOException("not found"))
        .when(launcher)
        .launch(org.mockito.ArgumentMatchers.argThat(c -> c.get(0).equals("powershell.exe")));

    assertThat(opener("Linux", WSL_PROC).open(URL)).isTrue();

    verify(launcher)
        .launch(
            List.of(
                "cmd.exe",
                "/c",
                "start",
                "\"\"",
                "https://oidc.us-east-1.amazonaws.com/authorize?response_type=code^&state=it's"));
  }

  @Test
  void browserVariable_comesFirst_withTheUrlAppended() throws IOException {
    assertThat(opener("Linux", LINUX_PROC, "BROWSER", "firefox").open(URL)).isTrue();

    verify(launcher).launch(List.of("firefox", URL.toString()));
    verify(launcher, never()).launch(List.of("xdg-open", URL.toString()));
  }

  @Test
  void browserVariable_replacesPercentS_andTriesEachEntryInTurn() throws IOException {
    doThrow(new IOException("no such program"))
        .when(launcher)
        .launch(List.of("missing-browser", URL.toString()));

    boolean opened =
        opener("Linux", LINUX_PROC, "BROWSER", "missing-browser:lynx -dump %s:xdg-open").open(URL);

    assertThat(opened).isTrue();
    InOrder order = inOrder(launcher);
    order.verify(launcher).launch(List.of("missing-browser", URL.toString()));
    order.verify(launcher).launch(List.of("lynx", "-dump", URL.toString()));
    order.verifyNoMoreInteractions();
  }

  @Test
  void whenNothingCanBeStarted_openSaysSo() throws IOException {
    doThrow(new IOException("not found")).when(launcher).launch(anyList());

    assertThat(opener("Linux", LINUX_PROC).open(URL)).isFalse();
  }

  @Test
  void available_onLinux_dependsOnXdgOpenBeingOnThePath() throws IOException {
    assertThat(opener("Linux", LINUX_PROC).available()).isFalse();

    executable("xdg-open");

    assertThat(opener("Linux", LINUX_PROC).available()).isTrue();
  }

  @Test
  void available_whenBrowserIsSet_orOnMacAndWindows() {
    assertThat(opener("Linux", LINUX_PROC, "BROWSER", "w3m").available()).isTrue();
    assertThat(opener("Mac OS X", "").available()).isTrue();
    assertThat(opener("Windows 10", "").available()).isTrue();
  }

  @Test
  void available_onWsl_findsTheWindowsShell() throws IOException {
    assertThat(opener("Linux", WSL_PROC).available()).isFalse();

    executable("powershell.exe");

    assertThat(opener("Linux", WSL_PROC).available()).isTrue();
  }

  @Test
  void theRealLauncher_failsForAProgramThatDoesNotExist_withoutStartingAnything() {
    assertThatThrownBy(
            () ->
                ProcessLauncher.system().launch(List.of(tmp.resolve("no-such-browser").toString())))
        .isInstanceOf(IOException.class);
  }

  private SystemBrowserOpener opener(String osName, String procVersion, String... variables) {
    TestHome home = new TestHome(tmp).variable("PATH", bin.toString());
    for (int i = 0; i < variables.length; i += 2) {
      home.variable(variables[i], variables[i + 1]);
    }
    Environment environment = home.environment();
    return new SystemBrowserOpener(environment, osName, procVersion, launcher);
  }

  private void executable(String name) throws IOException {
    Path file = bin.resolve(name);
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
