package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssosetup.files.AtomicFileWriter;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.ConfigureArgs;
import dev.ssosetup.testkit.TestHome;
import dev.ssosetup.testkit.UnixFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code AWS_CONFIG_FILE} pointing at something that is not a plain writable file, through the
 * whole command line: exit codes, messages, and the file left exactly as it was.
 */
@Timeout(30)
class UnsafeConfigPathTest {
  private static final String CONFIG = "[default]\nregion = us-east-1\n";

  @TempDir Path tmp;
  private TestHome home;

  @BeforeEach
  void setUp() {
    assumeTrue(AtomicFileWriter.isPosix(tmp), "POSIX file systems only");
    home = new TestHome(tmp);
  }

  @Test
  void devNull_isAnEmptyConfigForReadOnlyCommands() {
    home.variable("AWS_CONFIG_FILE", "/dev/null");

    Result profiles = CliRun.run(home, "profiles");

    assertThat(profiles.exitCode()).as(profiles.toString()).isZero();
  }

  @Test
  void aDeviceAsTheConfig_isNeverReplaced_configureExitsWith2() throws IOException {
    Path device = tmp.resolve("null-device");
    assumeTrue(UnixFiles.mknodNull(device), "needs the right to make a device node (root)");
    home.variable("AWS_CONFIG_FILE", device.toString());

    Result result = CliRun.run(home, configure());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .contains(device + " is a device, FIFO or socket, not a regular file")
        .doesNotContain("\tat ");
    assertThat(UnixFiles.isCharacterDevice(device)).isTrue();
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("null-device");
    }
  }

  @Test
  void aReadOnlyConfig_configureExitsWith1_andLeavesFileAndModeAsTheyWere() throws IOException {
    home.writeConfig(CONFIG);
    Files.setPosixFilePermissions(home.config(), PosixFilePermissions.fromString("r--r-----"));

    Result result = CliRun.run(home, configure());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err()).contains("is read-only (r--r-----)").contains("chmod u+w");
    assertThat(home.configText()).isEqualTo(CONFIG);
    assertThat(UnixFiles.mode(home.config())).isEqualTo("r--r-----");
  }

  @Test
  void aWriteLeavesNoLockFileInTheAwsFolder_butOneInSsoSetupsOwnFolder() throws IOException {
    home.writeConfig(CONFIG);

    Result result = CliRun.run(home, configure());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    try (Stream<Path> files = Files.list(home.config().getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("config", "config.bak");
    }
    try (Stream<Path> locks = Files.list(tmp.resolve(".cache/sso-setup/locks"))) {
      assertThat(locks).hasSize(1);
    }
  }

  private static String[] configure() {
    return ConfigureArgs.workday();
  }
}
