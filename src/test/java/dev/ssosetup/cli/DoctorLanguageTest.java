package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** doctor speaks the run's language; its JSON and the commands it names stay the same. */
class DoctorLanguageTest {
  private static final String CONFIG =
      DoctorCommandTest.WORKDAY.replace("sso_role_name = S3DynamoDBAccess\n", "")
          + "[profile broken]\n"
          + "sso_session = nowhere\n"
          + "sso_account_id = 111122223333\n"
          + "sso_role_name = Admin\n"
          + "region = eu-nowhere-9\n"
          + "\n"
          + DoctorCommandTest.SESSION;

  @TempDir Path tmp;
  private TestHome home;

  @BeforeEach
  void setUp() {
    home = new TestHome(tmp.resolve("home"));
    home.writeConfig(CONFIG);
  }

  @Test
  void findingsFixesAndSummaryAreJapaneseUnderAJapaneseLocale() {
    home.variable("LANG", "ja_JP.UTF-8");
    byte[] before = home.configBytes();

    Result result = CliRun.run(home, "doctor");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out())
        .contains("エラー: プロファイル 'workday' に sso_role_name がありません。\n")
        .contains("  直し方: sso-setup configure --profile workday\n")
        .contains(
            "エラー: プロファイル 'broken' は sso-session 'nowhere' を指定していますが、"
                + home.config()
                + " にその sso-session はありません。\n")
        .contains("  直し方: sso-setup configure sso-session --sso-session nowhere\n")
        .contains("警告: [profile broken] の region: 'eu-nowhere-9' はこのバージョンの AWS SDK")
        .contains("警告: sso-session corp にログインしていません (プロファイル workday が使います)。\n")
        .contains("  直し方: sso-setup login --sso-session corp\n")
        .endsWith("エラー 2 件、警告 2 件\n")
        .doesNotContain("error:", "fix:", "The profile");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  @Test
  void englishReadsAsBefore() {
    Result result = CliRun.run(home, "--lang", "en", "doctor");

    assertThat(result.out())
        .contains("error: The profile 'workday' lacks sso_role_name.\n")
        .contains("warning: Not logged in to sso-session corp (used by profile workday).\n")
        .endsWith("2 errors, 2 warnings\n");
  }

  @Test
  void aLineBotocoreRejects_isExplainedInJapanese_andTheFileIsUnchanged() {
    home.writeConfig(
        DoctorCommandTest.SESSION
            + "\n[profile dev]\nsso_session = corp\nregion = us-east-1\nRegion = us-west-2\n");
    byte[] before = home.configBytes();

    Result japanese = CliRun.run(home, "--lang", "ja", "doctor");
    Result english = CliRun.run(home, "--lang", "en", "doctor");

    assertThat(japanese.exitCode()).as(japanese.toString()).isEqualTo(1);
    assertThat(japanese.out())
        .contains(
            "エラー: AWS CLI と boto3 (botocore) は "
                + home.config()
                + " の "
                + lineOf(home.configText(), "Region = us-west-2")
                + " 行目を受け付けず ([profile dev] にキー region が 2 回あります)、")
        .doesNotContain("appears twice");
    assertThat(english.out())
        .contains(
            "botocore (the AWS CLI and boto3) rejects "
                + home.config()
                + " at line "
                + lineOf(home.configText(), "Region = us-west-2")
                + " (key region appears twice in [profile dev])");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  @Test
  void anIndentedComment_isExplainedInJapanese() {
    home.writeConfig(
        DoctorCommandTest.SESSION + "\n[profile dev]\n  # indented\nsso_session = corp\n");

    Result result = CliRun.run(home, "--lang", "ja", "doctor");

    assertThat(result.out())
        .contains(
            "エラー: AWS SDK for Java は "
                + home.config()
                + " の "
                + lineOf(home.configText(), "  # indented")
                + " 行目を受け付けず (インデントされたコメントです。botocore は読み飛ばしますが、")
        .contains("  直し方: sso-setup doctor --fix\n");
  }

  private static int lineOf(String text, String line) {
    return text.lines().toList().indexOf(line) + 1;
  }

  @Test
  void jsonIsTheSameInEveryLanguage() {
    Result english = CliRun.run(home, "--lang", "en", "doctor", "--format", "json");
    home.variable("LANG", "ja_JP.UTF-8");
    Result japanese = CliRun.run(home, "doctor", "--format", "json");

    assertThat(japanese.out()).isEqualTo(english.out()).contains("\"severity\"");
    assertThat(japanese.exitCode()).isEqualTo(english.exitCode()).isEqualTo(1);
  }
}
