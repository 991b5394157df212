package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssosetup.files.AtomicFileWriter;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.ConfigureArgs;
import dev.ssosetup.testkit.RunLanguage;
import dev.ssosetup.testkit.TestHome;
import dev.ssosetup.testkit.UnixFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A config file or folder sso-setup refuses is explained in the run's language, with the command
 * that fixes it as it is typed, and the file is left as it was.
 */
@Timeout(30)
class UnsafeFilesLanguageTest {
  private static final String CONFIG = "[default]\nregion = us-east-1\n";
  private static final String[] CONFIGURE = ConfigureArgs.workday();

  @TempDir Path tmp;
  private TestHome home;

  @BeforeEach
  void setUp() {
    assumeTrue(AtomicFileWriter.isPosix(tmp), "POSIX file systems only");
    home = new TestHome(tmp);
    home.variable("LANG", "ja_JP.UTF-8");
  }

  @ParameterizedTest
  @EnumSource(RunLanguage.class)
  void aReadOnlyConfig_isExplainedInTheRunsLanguage_andFileAndModeAreLeftAsTheyWere(
      RunLanguage language) throws IOException {
    home.writeConfig(CONFIG);
    Files.setPosixFilePermissions(home.config(), PosixFilePermissions.fromString("r--r-----"));

    Result result = language.run(home, CONFIGURE);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            language.pick(
                "sso-setup: Could not update "
                    + home.config()
                    + ": "
                    + home.config()
                    + " is read-only (r--r-----), so sso-setup leaves it as it is.\n"
                    + "Nothing was written. If you want sso-setup to change it, make it writable"
                    + " first: chmod u+w "
                    + home.config()
                    + "\n",
                "sso-setup: "
                    + home.config()
                    + " を更新できませんでした: "
                    + home.config()
                    + " は読み取り専用 (r--r-----) なので、sso-setup は変更しません。\n"
                    + "何も書き込んでいません。sso-setup に変更させるには、先に書き込み可能にしてください: chmod u+w "
                    + home.config()
                    + "\n"));
    assertThat(home.configText()).isEqualTo(CONFIG);
    assertThat(UnixFiles.mode(home.config())).isEqualTo("r--r-----");
  }

  @Test
  void aFolderAsTheConfig_isExplainedInJapanese_exit2() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("a-folder"));
    home.variable("AWS_CONFIG_FILE", folder.toString());

    Result result = CliRun.run(home, CONFIGURE);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("sso-setup: " + folder + " を")
        .contains(folder + " はフォルダーで、通常のファイルではありません。")
        .contains("通常のファイルを指定して")
        .doesNotContain("regular file", "\tat ");
    try (var left = Files.list(folder)) {
      assertThat(left).isEmpty();
    }
  }
}
