package dev.ssosetup.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why a value is refused, in the run's language: the reasons of the value checks and of the config
 * editor come from the bundles, the flag and the value stay as typed, and nothing is written.
 */
class ConfigureReasonsLanguageTest {
  @TempDir Path tmp;
  private TestHome home;
  private byte[] before;

  @BeforeEach
  void setUp() {
    home = new TestHome(tmp);
    home.writeConfig(ConfigureNoLoginTest.EXISTING);
    before = home.configBytes();
  }

  /** configure --no-login with the flags of the workday profile, one of them set to a value. */
  private Result configure(String language, String flag, String value) {
    List<String> args = new ArrayList<>(List.of("--lang", language));
    args.addAll(List.of(ConfigureNoLoginTest.WORKDAY));
    int at = args.indexOf(flag);
    if (at < 0) {
      args.addAll(List.of(flag, value));
    } else {
      args.set(at + 1, value);
    }
    return CliRun.run(home, args.toArray(String[]::new));
  }

  @Test
  void aBadRegion_isRefusedInJapanese_andNothingIsWritten() {
    Result result = configure("ja", "--region", "tokyo");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .contains(
            "--region の値が正しくありません: 'tokyo' は AWS リージョンではありません"
                + " (us-east-1 や ap-northeast-1 のように指定します)。")
        .doesNotContain("is not an AWS region");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  @Test
  void aBadProfileName_isRefusedInJapanese_withTheReasonOfTheName() {
    Result result = configure("ja", "--profile", "my profile");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .contains("--profile の値が正しくありません: プロファイル名 'my profile' は使えません: 空白を含んでいます。")
        .doesNotContain("is not valid");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  @Test
  void aControlCharacterInAValue_isRefusedByTheEditor_inJapanese() {
    Result japanese = configure("ja", "--scopes", "sso:account:access\u0007");
    Result english = configure("en", "--scopes", "sso:account:access\u0007");

    assertThat(japanese.exitCode()).as(japanese.toString()).isEqualTo(2);
    assertThat(japanese.err())
        .contains("[sso-session corp] に sso_registration_scopes を書き込めません:")
        .contains("値は制御文字 (U+0007) を含んでいます。");
    assertThat(english.exitCode()).as(english.toString()).isEqualTo(2);
    assertThat(english.err())
        .contains(
            "Cannot write sso_registration_scopes in [sso-session corp]: the value contains a"
                + " control character (U+0007).");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  @Test
  void englishReasonsReadAsBefore() {
    Result result = configure("en", "--region", "tokyo");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .contains(
            "Invalid --region: 'tokyo' is not an AWS region (for example us-east-1 or"
                + " ap-northeast-1).");
    assertThat(home.configBytes()).isEqualTo(before);
  }
}
