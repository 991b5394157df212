package dev.ssosetup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The launchers start the JVM alike (docs/decisions/0003-fast-start-up.md): the flags of {@code
 * bin/sso-setup}, which {@link LauncherTest} runs, are the ones both Windows launchers pass, the
 * build tree's and the release's.
 */
class LauncherFlagsTest {
  @Test
  void windowsLaunchers_passThePosixLaunchersJvmFlags() throws IOException {
    Matcher line =
        Pattern.compile("(?m)^flags=\"([^\"]+)\"$").matcher(read(Path.of("bin", "sso-setup")));
    assertThat(line.find()).as("the flags line of bin/sso-setup").isTrue();
    String flags = line.group(1);
    assertThat(flags).contains("-XX:+UseSerialGC");

    assertThat(read(Path.of("bin", "sso-setup.cmd"))).contains("\"%JAVA%\" " + flags + " -jar ");
    assertThat(read(Path.of("src", "dist", "bin", "sso-setup.cmd")))
        .contains("set \"FLAGS=" + flags + "\"");
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
