package dev.ssosetup.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockFolderTest {
  @TempDir Path home;

  @Test
  void theFolder_followsThePlatformOfTheEnvironment_notTheJvmRunningTheTest() {
    TestHome test = new TestHome(home).variable("LOCALAPPDATA", "C:\\Users\\me\\AppData\\Local");

    assertThat(LockFolder.of(test.environment().withOsName("Mac OS X")))
        .isEqualTo(home.resolve("Library").resolve("Caches").resolve("sso-setup").resolve("locks"));
    assertThat(LockFolder.of(test.environment().withOsName("Windows 11")))
        .isEqualTo(Path.of("C:\\Users\\me\\AppData\\Local", "sso-setup", "locks"));
    assertThat(LockFolder.of(test.environment().withOsName("Linux")))
        .isEqualTo(home.resolve(".cache").resolve("sso-setup").resolve("locks"));
  }
}
