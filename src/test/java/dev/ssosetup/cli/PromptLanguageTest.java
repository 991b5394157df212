package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prompter without a terminal speaks the run's language when a value is missing; the prompt's
 * own label and the flag that answers it stay as they are, and nothing is written.
 */
class PromptLanguageTest {
  @TempDir Path tmp;
  private TestHome home;

  @BeforeEach
  void setUp() {
    home = new TestHome(tmp.resolve("home"));
    home.writeConfig("[profile keep]\nregion = eu-west-1\n");
  }

  @Test
  void inEnglish_theSameFailureReadsAsBefore() {
    Result result =
        CliRun.run(home, "--lang", "en", "configure", "--non-interactive", "--sso-session", "corp");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "sso-setup: SSO start URL is needed and there is no terminal to ask on.\n"
                + "Pass it with --start-url.\n");
  }

  @Test
  void aMissingValueWithoutATerminal_isNamedInJapanese_andNothingIsWritten() {
    byte[] before = home.configBytes();

    Result result =
        CliRun.run(home, "--lang", "ja", "configure", "--non-interactive", "--sso-session", "corp");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo("sso-setup: SSO start URL が必要ですが、尋ねる端末がありません。\n" + "--start-url で指定してください。\n");
    assertThat(home.configBytes()).isEqualTo(before);
  }
}
