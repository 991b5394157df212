package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.Messages;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * picocli's own parse errors under {@code LANG=C} (picocli's words, as before) and {@code
 * LANG=ja_JP.UTF-8} (Japanese, option names and values as typed): exit 2 in both, the typo
 * suggestions kept, nothing written.
 */
class ParseErrorsLanguageTest {
  private static final String CONFIG =
      "[profile workday]\n"
          + "sso_session = corp\n"
          + "sso_account_id = 111122223333\n"
          + "sso_role_name = Admin\n"
          + "\n"
          + "[sso-session corp]\n"
          + "sso_start_url = https://example.awsapps.com/start\n"
          + "sso_region = us-east-1\n";

  @TempDir Path tmp;
  private TestHome home;

  @BeforeEach
  void setUp() {
    home = new TestHome(tmp.resolve("home"));
    home.writeConfig(CONFIG);
  }

  /** A bad command line, what picocli says in English, and what the Japanese run says. */
  private record Case(List<String> args, String english, String japanese) {}

  private static final List<Case> CASES =
      List.of(
          new Case(
              List.of("populate"),
              "Missing required option: '--sso-session=NAME'",
              "必須のオプションが指定されていません: '--sso-session=NAME'"),
          new Case(
              List.of("verify", "--profile"),
              "Missing required parameter for option '--profile' (NAME)",
              "オプション '--profile' の値 (NAME) が指定されていません。"),
          new Case(
              List.of("verify", "--max-rps", "abc"),
              "Invalid value for option '--max-rps': 'abc' is not a double",
              "オプション '--max-rps' の値 'abc' は数値ではありません。"),
          new Case(
              List.of("verify", "--format", "xml"),
              "Invalid value for option '--format': expected one of [TEXT, JSON]"
                  + " (case-insensitive) but was 'xml'",
              "オプション '--format' の値 'xml' は使えません。使える値: TEXT, JSON (大文字と小文字は区別しません)"),
          new Case(
              List.of("verify", "--profile", "a", "--all"),
              "Error: --profile=NAME, --all are mutually exclusive (specify only one)",
              "--profile=NAME, --all は同時に指定できません (どれか 1 つだけを指定してください)。"),
          new Case(
              List.of("verify", "--profile", "a", "--profile", "b"),
              "Error: expected only one match but got [--profile=NAME | --all]={--profile=a} and"
                  + " [--profile=NAME | --all]={--profile=b}",
              "[--profile=NAME | --all] のうち 1 つを 1 回だけ指定してください"
                  + " (--profile=a と --profile=b が指定されました)。"),
          new Case(
              List.of("populate", "--sso-session", "corp", "--template", "x", "--template", "y"),
              "option '--template' (T) should be specified only once",
              "オプション '--template' (T) は 1 回だけ指定してください。"));

  @Test
  void picocliErrors_inEnglish_readAsPicocliWritesThem_andInJapaneseInJapanese() {
    for (Case bad : CASES) {
      home.variable("LANG", "C");
      byte[] before = home.configBytes();
      Result english = CliRun.run(home, bad.args().toArray(String[]::new));
      home.variable("LANG", "ja_JP.UTF-8");
      Result japanese = CliRun.run(home, bad.args().toArray(String[]::new));

      assertThat(english.exitCode()).as(english.toString()).isEqualTo(2);
      assertThat(japanese.exitCode()).as(japanese.toString()).isEqualTo(2);
      assertThat(english.err().lines().findFirst())
          .as(bad.args().toString())
          .contains("sso-setup: " + bad.english());
      assertThat(japanese.err().lines().findFirst())
          .as(bad.args().toString())
          .contains("sso-setup: " + bad.japanese());
      assertThat(japanese.err()).contains("sso-setup help " + bad.args().get(0));
      assertThat(home.configBytes()).as("nothing written").isEqualTo(before);
    }
  }

  @Test
  void typos_areStillNamedWithTheNearestOption_inJapanese() {
    home.variable("LANG", "ja_JP.UTF-8");

    Result option = CliRun.run(home, "verify", "--profle", "workday");
    Result command = CliRun.run(home, "verfy");

    assertThat(option.exitCode()).isEqualTo(2);
    assertThat(option.err()).contains("'--profile' のことですか？");
    assertThat(command.exitCode()).isEqualTo(2);
    assertThat(command.err())
        .as("two Japanese sentences are joined without a space")
        .contains("'verfy' というコマンドはありません。'sso-setup verify' のことですか？");
  }

  @Test
  void theEnglishBundleSaysEachFormExactlyAsPicocliDoes_andAnUnknownFormIsShownAsItIs() {
    for (Case bad : CASES) {
      assertThat(ParseErrors.text(bad.english()).in(Messages.english())).isEqualTo(bad.english());
      assertThat(ParseErrors.text(bad.english()).key()).startsWith("cli.parse.");
    }
    assertThat(ParseErrors.text("Something picocli says one day").key()).isEqualTo("common.asIs");
    assertThat(
            ParseErrors.text("Something picocli says one day")
                .in(Messages.of(java.util.Locale.JAPANESE)))
        .isEqualTo("Something picocli says one day");
  }
}
