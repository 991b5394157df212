package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.RunLanguage;
import dev.ssosetup.testkit.SandboxHome;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * login, logout, profiles, sandbox, admin and the last-resort error speak the run's language
 * through the real entry point; the AWS CLI's own line, the table's column names, the commands to
 * type and the config file stay as they are.
 */
@Timeout(60)
class CommandLanguageTest {
  @RegisterExtension
  final SandboxHome fixture =
      SandboxHome.approving(sandbox -> LoginCommandTest.config(sandbox, true));

  @TempDir Path tmp;
  private Sandbox sandbox;
  private TestHome home;

  @BeforeEach
  void setUp() {
    sandbox = fixture.sandbox();
    home = fixture.home().variable("LANG", "ja_JP.UTF-8");
  }

  private Result run(String... args) {
    return fixture.run(args);
  }

  @Test
  void login_thenAgain_thenLogout_inJapanese_withTheAwsClisLineAsItIs() {
    Result first = run("login", "--profile", "workday");
    Result again = run("login", "--profile", "workday");
    Result logout = run("logout", "--profile", "workday");
    Result nothing = run("logout", "--profile", "workday");
    Result none = run("logout");

    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(first.out())
        .endsWith("Successfully logged into Start URL: " + sandbox.startUrl() + "\n");
    assertThat(again.out())
        .matches(
            "sso-session corp のトークンは \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\S+ まで有効です"
                + " \\(残り (59|60) 分\\)。ログインは不要です \\(--force を付けるともう一度ログインします\\)。\n");
    assertThat(logout.out()).isEqualTo("sso-session corp からログアウトしました。\n");
    assertThat(nothing.out()).isEqualTo("sso-session corp のトークンはキャッシュにありません。ログアウトするものはありません。\n");
    assertThat(none.out())
        .isEqualTo(home.config() + " のセッションの SSO トークンはキャッシュにありません。ログアウトするものはありません。\n");
  }

  @Test
  void login_withNoDefaultProfile_inJapanese_namesTheSsoProfiles_andWritesNothing() {
    home.writeConfig(LoginCommandTest.config(sandbox, false));
    byte[] before = home.configBytes();

    Result result = run("login");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "sso-setup: プロファイルが指定されておらず、AWS_PROFILE も設定されていません。"
                + home.config()
                + " には default プロファイルもありません。\n"
                + "--profile か --sso-session で指定してください。SSO プロファイル: workday, legacy\n");
    assertThat(home.configBytes()).isEqualTo(before);
    assertThat(home.ssoCache()).doesNotExist();
  }

  @Test
  void credentials_withNoDefaultProfile_inEnglish_readsAsBefore() {
    home.writeConfig(LoginCommandTest.config(sandbox, false)).variable("LANG", "C");

    Result result = run("credentials");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .endsWith("Name one with --profile; SSO profiles: workday, legacy.\n")
        .contains("No profile was named, AWS_PROFILE is not set, and " + home.config());
  }

  @Test
  void profiles_inJapanese_wordsTheTokens_columnNamesAndJsonAsTheyAre() {
    Result japanese = run("profiles");
    Result json = run("profiles", "--format", "json");
    Result englishJson = run("--lang", "en", "profiles", "--format", "json");

    assertThat(japanese.exitCode()).as(japanese.toString()).isZero();
    assertThat(japanese.out())
        .containsPattern("(?m)^SSO-SESSION\\s+START URL\\s+SSO REGION\\s+TOKEN$")
        .containsPattern("(?m)^corp\\s+\\S+\\s+\\S+\\s+なし$")
        .doesNotContain("none");
    assertThat(json.out()).isEqualTo(englishJson.out());

    TestHome empty = new TestHome(tmp.resolve("empty")).variable("LANG", "ja_JP.UTF-8");
    assertThat(CliRun.run(empty, "profiles").out())
        .isEqualTo(
            empty.config()
                + " にはプロファイルも sso-session もありません。\n"
                + "次のコマンドで作成できます: sso-setup configure\n");
  }

  @Test
  void sandbox_withInvalidOptions_inJapanese_exitsWith2() {
    Result rate = CliRun.run(home, "sandbox", "--fail-rate", "2");
    Result duration = CliRun.run(home, "--lang", "ja", "sandbox", "--token-lifetime", "1x");
    Result unknownFixture = CliRun.run(home, "sandbox", "--fixture", "nope.json");

    assertThat(rate.exitCode()).isEqualTo(2);
    assertThat(rate.err()).startsWith("sso-setup: --fail-rate は 0 から 1 までの値です (2.0 は使えません)\n");
    assertThat(duration.exitCode()).isEqualTo(2);
    assertThat(duration.err()).contains("'1x' は時間の長さとして読めません");
    assertThat(unknownFixture.exitCode()).isEqualTo(2);
    assertThat(unknownFixture.err())
        .isEqualTo(
            "sso-setup: --fixture nope.json: そのようなファイルはなく、small、medium、guide、japanese のいずれでもありません。\n"
                + "組み込みのフィクスチャ (small、medium、guide、japanese) か、small.json と同じ形式の JSON"
                + " ファイルを指定してください。\n");
  }

  @Test
  void admin_withoutACommand_inJapanese_exitsWith2() {
    Result result = CliRun.run(home, "admin");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("sso-setup: コマンドが指定されていません。instance、grant、handoff のいずれかを指定してください。\n")
        .contains("sso-setup help admin");
  }

  @Test
  void anUnexpectedError_inEitherLanguage_saysWhatToDo_withoutATrace() {
    home.stdin("", true);
    RuntimeException bug = new IllegalStateException("a bug");

    Result japanese = loginMeeting(bug, RunLanguage.JAPANESE_FROM_LOCALE);
    Result english = loginMeeting(bug, RunLanguage.ENGLISH);

    assertThat(japanese.exitCode()).isEqualTo(1);
    assertThat(japanese.err())
        .isEqualTo(
            "sso-setup: 予期しないエラーが発生しました: IllegalStateException: a bug\n"
                + "--debug を付けてもう一度実行すると詳細が表示されます。繰り返し発生する場合は報告してください。\n");
    assertThat(english.err())
        .isEqualTo(
            "sso-setup: Unexpected error: IllegalStateException: a bug\n"
                + "Run again with --debug to see the details, and report it if it persists.\n");
  }

  /** login in this language, with the prompter throwing the bug as it is made. */
  private Result loginMeeting(RuntimeException bug, RunLanguage language) {
    return language.run(
        home,
        context ->
            context.prompterFactory(
                (out, err, clock, voice) -> {
                  throw bug;
                }),
        "login",
        "--profile",
        "workday");
  }
}
