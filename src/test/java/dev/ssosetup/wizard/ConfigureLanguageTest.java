package dev.ssosetup.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.TerminalDriver;
import dev.ssosetup.testkit.TerminalDriver.Answer;
import dev.ssosetup.testkit.TerminalDriver.Keys;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * configure and configure sso-session in Japanese: sso-setup's own results, questions and errors
 * are Japanese; the AWS CLI's prompts and lines stay word for word; the file is the same.
 */
@Timeout(60)
class ConfigureLanguageTest {
  private static final String JA = "ja_JP.UTF-8";

  @TempDir Path tmp;

  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.fixture(Fixture.medium()).approval(Approval.AUTO))
          .pointingTheSdkAtIt();

  private Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = extension.get();
  }

  private Result configure(TestHome home, String... flags) {
    String[] args = new String[flags.length + 2];
    args[0] = "configure";
    args[1] = "--non-interactive";
    System.arraycopy(flags, 0, args, 2, flags.length);
    return CliRun.run(
        home, context -> context.browserOpener(ApprovingBrowser.approving(sandbox)), args);
  }

  private String[] work(String account) {
    return new String[] {
      "--sso-session",
      "corp",
      "--start-url",
      sandbox.startUrl(),
      "--sso-region",
      sandbox.region(),
      "--account-id",
      account,
      "--role-name",
      "ReadOnlyAccess",
      "--profile",
      "work"
    };
  }

  @Test
  void configure_inJapanese_ownWordsJapanese_awsCliLinesAsTheyAre_sameFile() {
    TestHome english = new TestHome(tmp.resolve("en")).variable("LANG", "C");
    TestHome japanese = new TestHome(tmp.resolve("ja")).variable("LANG", JA);

    Result en = configure(english, work("111122223333"));
    Result ja = configure(japanese, work("111122223333"));

    assertThat(ja.exitCode()).as(ja.toString()).isZero();
    assertThat(japanese.configText()).isEqualTo(english.configText()).contains("[profile work]");
    assertThat(en.out())
        .contains("Using the account ID 111122223333\n")
        .contains("Wrote profile work and sso-session corp to " + english.config() + "\n")
        .endsWith(
            "To use this profile, specify the profile name using --profile, as shown:\n\n"
                + "aws sts get-caller-identity --profile work\n\n"
                + "To check that it works: sso-setup verify --profile work\n");
    assertThat(ja.out())
        .contains("Using the account ID 111122223333\n")
        .contains("Using the role name \"ReadOnlyAccess\"\n")
        .contains("プロファイル work と sso-session corp を " + japanese.config() + " に書き込みました。\n")
        .endsWith(
            "To use this profile, specify the profile name using --profile, as shown:\n\n"
                + "aws sts get-caller-identity --profile work\n\n"
                + "動作を確かめるには次を実行します: sso-setup verify --profile work\n");

    Result again = configure(japanese, work("111122223333"));
    assertThat(again.out())
        .contains(
            "プロファイル work と sso-session corp はすでに最新です (" + japanese.config() + ")。何も書き込んでいません。\n");
  }

  @Test
  void configure_badInput_inJapanese_exitsWith2_andWritesNothing() {
    TestHome home = new TestHome(tmp).variable("LANG", JA).writeConfig("[default]\nregion = x\n");
    byte[] before = home.configBytes();

    Result both = configure(home, "--legacy", "--scopes", "sso:account:access");
    Result notMine = configure(home, work("999999999999"));
    Result noSession = configure(home, "--start-url", sandbox.startUrl());

    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err())
        .isEqualTo("sso-setup: --scopes には sso-session が必要です。従来の形式のプロファイルには登録スコープがありません。\n");
    assertThat(notMine.exitCode()).isEqualTo(2);
    assertThat(notMine.err())
        .startsWith(
            "sso-setup: アカウント 999999999999 はあなたに割り当てられていません (--account-id)。\n"
                + "次のいずれかを指定してください:\n")
        .contains("\n  111122223333  ");
    assertThat(noSession.exitCode()).isEqualTo(2);
    assertThat(noSession.err()).contains("sso-session の名前が必要ですが、入力を求める端末がありません。");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  @Test
  void configure_inJapanese_aLegacyProfileTurnedIntoSessionForm_namesTheKeysItWouldRemove() {
    TestHome home =
        new TestHome(tmp)
            .variable("LANG", JA)
            .writeConfig(
                "[profile work]\nsso_start_url = https://old.awsapps.com/start\n"
                    + "sso_region = eu-central-1\nsso_account_id = 111122223333\n"
                    + "sso_role_name = ReadOnlyAccess\n");
    byte[] before = home.configBytes();

    Result refused = configure(home, work("111122223333"));

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err())
        .startsWith("sso-setup: プロファイル work はすでにあり、SSO の設定が異なります (")
        .contains("[profile work] sso_start_url: https://old.awsapps.com/start -> (削除)")
        .contains("[profile work] sso_region: eu-central-1 -> (削除)")
        .endsWith("置き換えるには --force を付けてください。\n");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  @Test
  void configureSsoSession_inJapanese_saysWhatItWrote_andRefusesToReplaceWithoutForce() {
    TestHome home = new TestHome(tmp).variable("LANG", JA);
    String[] session = {
      "configure",
      "sso-session",
      "--non-interactive",
      "--sso-session",
      "corp",
      "--start-url",
      sandbox.startUrl(),
      "--sso-region",
      sandbox.region()
    };

    Result written = CliRun.run(home, session);
    byte[] after = home.configBytes();
    session[8] = "eu-west-1";
    Result refused = CliRun.run(home, session);

    assertThat(written.exitCode()).as(written.toString()).isZero();
    assertThat(written.out())
        .isEqualTo(
            "sso-session corp の設定が完了しました ("
                + home.config()
                + " に書き込みました)。\n"
                + "この sso-session にログインしてアクセストークンを更新するには、次を実行します:\n\n"
                + "sso-setup login --sso-session corp\n");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err())
        .isEqualTo(
            "sso-setup: sso-session corp はすでにあり、設定が異なります (sso_region: "
                + sandbox.region()
                + " -> eu-west-1)。\n置き換えるには --force を付けてください。\n");
    assertThat(home.configBytes()).isEqualTo(after);
  }

  @Test
  void configure_atATerminal_inJapanese_asksToReplaceInJapanese_underTheAwsClisPrompts() {
    TestHome home =
        new TestHome(tmp)
            .stdin("", true)
            .variable("LANG", JA)
            .writeConfig(
                "[profile work]\nsso_session = corp\nsso_account_id = 999999999999\n"
                    + "sso_role_name = Other\n\n[sso-session corp]\nsso_start_url = "
                    + sandbox.startUrl()
                    + "\nsso_region = "
                    + sandbox.region()
                    + "\n");
    byte[] before = home.configBytes();
    try (TerminalDriver terminal = TerminalDriver.xterm()) {
      Answer<Result> run =
          terminal.ask(
              prompter ->
                  CliRun.run(
                      home,
                      context ->
                          context
                              .prompterFactory(terminal.factory())
                              .browserOpener(ApprovingBrowser.approving(sandbox)),
                      "configure",
                      "--sso-session",
                      "corp",
                      "--sso-region",
                      "eu-west-1",
                      "--account-id",
                      "111122223333",
                      "--role-name",
                      "ReadOnlyAccess",
                      "--profile",
                      "fresh"));

      terminal.awaitPrompt("Default client Region [None]: ").type("", Keys.ENTER);
      terminal
          .awaitPrompt("CLI default output format (json if not specified) [None]: ")
          .type("", Keys.ENTER);
      terminal.awaitScreen("プロファイル fresh はすでにあり、SSO の設定が異なります:");
      terminal.awaitPrompt("置き換えますか？ [y/N]: ").type("n", Keys.ENTER);
      Result result = run.get();

      assertThat(result.exitCode()).as(result + terminal.screen().dump()).isEqualTo(130);
      assertThat(result.err())
          .contains("[sso-session corp] は元のままです。何も書き込んでいません。")
          .contains("--start-url、--sso-region、--scopes");
    }
    assertThat(home.configBytes()).isEqualTo(before);
  }
}
