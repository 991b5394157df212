package dev.ssosetup.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.Environment;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a login takes the machine for one without a browser, whatever OS the tests run on. */
class HeadlessTest {
  private static Environment environment(String... variables) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      values.put(variables[i], variables[i + 1]);
    }
    return new Environment(
        values, "/nowhere", new ByteArrayInputStream(new byte[0]), false, Clock.systemUTC());
  }

  @ParameterizedTest
  @CsvSource({"Linux", "FreeBSD", "SunOS"})
  void anSshSessionWithoutADisplay_onAUnix_isHeadless(String os) {
    assertThat(Headless.machine(os, environment("SSH_CONNECTION", "10.0.0.1 50000 10.0.0.2 22")))
        .isTrue();
    assertThat(Headless.machine(os, environment("SSH_TTY", "/dev/pts/3"))).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"Mac OS X", "Windows 11", "Windows Server 2022"})
  void anSshSession_onMacOrWindows_isNot(String os) {
    assertThat(Headless.machine(os, environment("SSH_CONNECTION", "10.0.0.1 50000 10.0.0.2 22")))
        .isFalse();
  }

  @ParameterizedTest
  @CsvSource({"DISPLAY, localhost:10.0", "WAYLAND_DISPLAY, wayland-0", "BROWSER, w3m"})
  void anSshSession_withADisplayOrABrowserNamed_isNot(String variable, String value) {
    assertThat(Headless.machine("Linux", environment("SSH_TTY", "/dev/pts/3", variable, value)))
        .isFalse();
  }

  @ParameterizedTest
  @CsvSource({"Linux", "Mac OS X", "Windows 11"})
  void aLocalSession_isNot(String os) {
    assertThat(Headless.machine(os, environment())).isFalse();
  }
}
