package dev.ssosetup.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.Main;
import dev.ssosetup.testkit.SdkProfiles;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Parallel {@code configure} processes on one config file never lose each other's profiles. */
class ConfigureConcurrencyTest {
  private static final int PROCESSES = 8;

  @TempDir Path home;

  @Test
  @Timeout(120)
  void configure_inEightParallelProcesses_keepsEveryProfile() throws Exception {
    Path config = home.resolve(".aws").resolve("config");
    Files.createDirectories(config.getParent());
    Files.writeString(config, "# shared by everyone\n[default]\nregion = us-east-1\n");

    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < PROCESSES; i++) {
      ProcessBuilder builder =
          new ProcessBuilder(
              javaBinary(),
              "-XX:TieredStopAtLevel=1",
              "-cp",
              System.getProperty("java.class.path"),
              Main.class.getName(),
              "--config-file",
              config.toString(),
              "configure",
              "--no-login",
              "--sso-session",
              "corp",
              "--start-url",
              "https://d-9067a1b2c3.awsapps.com/start",
              "--sso-region",
              "ap-northeast-1",
              "--account-id",
              String.format("%012d", 100000000000L + i),
              "--role-name",
              "Role" + i,
              "--profile",
              "p" + i);
      builder.environment().put("HOME", home.toString());
      builder.redirectErrorStream(true);
      builder.redirectOutput(home.resolve("out-" + i + ".txt").toFile());
      processes.add(builder.start());
    }
    for (int i = 0; i < PROCESSES; i++) {
      Process process = processes.get(i);
      assertThat(process.waitFor(100, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue())
          .as(Files.readString(home.resolve("out-" + i + ".txt"), StandardCharsets.UTF_8))
          .isZero();
    }

    SdkProfiles sdk = SdkProfiles.read(config);
    for (int i = 0; i < PROCESSES; i++) {
      assertThat(sdk.profile("p" + i)).containsEntry("sso_role_name", "Role" + i);
    }
    assertThat(sdk.ssoSession("corp")).containsEntry("sso_region", "ap-northeast-1");
    assertThat(Files.readString(config)).startsWith("# shared by everyone\n[default]\n");
    try (var files = Files.list(config.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .allMatch(name -> !name.endsWith(".tmp"), "no temp file is left behind");
    }
  }

  private static String javaBinary() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
  }
}
