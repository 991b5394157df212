package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.DisplayWidth;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.RunLanguage;
import dev.ssosetup.testkit.SandboxLogin;
import dev.ssosetup.testkit.TestHome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * verify in Japanese ({@code LANG=ja_JP.UTF-8}) against the sandbox: every diagnosis in the
 * reader's language, commands and option names as they are, the labels of one profile's lines lined
 * up by terminal columns, JSON byte for byte the English run's, the config file untouched.
 */
@Timeout(60)
class VerifyLanguageTest {
  private static final String ACCOUNT = VerifyFixture.ACCOUNT;

  @RegisterExtension final VerifyFixture fixture = new VerifyFixture();

  private Sandbox sandbox() {
    return fixture.sandbox();
  }

  private TestHome home() {
    return fixture.home();
  }

  private String config() {
    return fixture.config();
  }

  private SandboxLogin.Login loggedIn() {
    return fixture.loggedIn();
  }

  /** verify in Japanese; the config file is never changed. */
  private Result japanese(String... args) {
    return fixture.verify(RunLanguage.JAPANESE_FROM_LOCALE, args);
  }

  private Result english(String... args) {
    return fixture.verify(RunLanguage.ENGLISH, args);
  }

  @Test
  void aProfileThatWorks_isShownInJapanese_withItsValuesLinedUp() {
    loggedIn();

    Result result = japanese("--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0))
        .startsWith("プロファイル:")
        .endsWith("workday (アカウント 111122223333 のロール S3DynamoDBAccess、sso-session corp)");
    assertThat(lines.get(1)).startsWith("アカウント:").endsWith(" " + ACCOUNT);
    assertThat(lines.get(2)).startsWith("ARN:").contains("arn:aws:sts::111122223333:");
    assertThat(lines.get(3)).startsWith("ID 確認:").endsWith(" OK");
    assertThat(lines.get(4)).startsWith("S3:").endsWith(" OK、バケット 2 個");
    // Every value starts at the same terminal column, one after the widest label.
    int column = DisplayWidth.of("プロファイル:") + 1;
    for (String line : lines.subList(0, 5)) {
      String label = line.substring(0, line.indexOf(':') + 1);
      String padding = line.substring(label.length());
      int spaces = padding.length() - padding.stripLeading().length();
      assertThat(DisplayWidth.of(label) + spaces).as(line).isEqualTo(column);
    }
    assertThat(lines).endsWith("OK");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void notLoggedIn_inJapanese_withTheLoginCommandAsItIs() {
    Result result = japanese("--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).contains("ID 確認:").contains(" 失敗\n").contains(" 未確認\n");
    assertThat(result.err())
        .isEqualTo(
            "sso-setup: ログインしていません: sso-session corp のトークンがキャッシュにありません。\n"
                + "次を実行してください: sso-setup login --profile workday\n");
  }

  @Test
  void anExpiredTokenWhoseRefreshIsRefused_inJapanese() {
    // Signing out ends the sign-in session, and with it every refresh token.
    fixture.signedOutAtThePortal(Instant.now().minusSeconds(60));

    Result result = japanese("--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .contains("sso-session corp のログインは期限が切れ、IAM Identity Center は更新を拒否しました。")
        .contains("次を実行してください: sso-setup login --profile workday");
  }

  @Test
  void anUnassignedRole_inJapanese_quotingThePortalAsItAnswered() {
    loggedIn();
    sandbox().unassign("workday_worker", ACCOUNT, "S3DynamoDBAccess");

    Result result = japanese("--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .contains(
            "アカウント 111122223333 のロール 'S3DynamoDBAccess' はあなたに割り当てられていません"
                + " (AWS アクセスポータルの応答: ForbiddenException: No access)。")
        .contains("sso-setup configure --profile workday");
  }

  @Test
  void aRevokedToken_inJapanese_withLoginForce() {
    fixture.signedOutAtThePortal(Instant.now().plusSeconds(3600));

    Result result = japanese("--profile", "workday");

    assertThat(result.err())
        .contains("IAM Identity Center は sso-session corp のキャッシュ済みトークンを拒否しました")
        .contains("次を実行してください: sso-setup login --force --profile workday");
  }

  @Test
  void anUnreachablePortal_inJapanese_namingTheEndpointAndItsVariable() {
    loggedIn();
    String portal = VerifyFixture.closedUrl();
    Result result =
        VerifyFixture.withEndpoint(
            "AWS_ENDPOINT_URL_SSO", portal, () -> japanese("--profile", "workday"));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .contains(portal + " の AWS アクセスポータル (SSO) に接続できませんでした: ")
        .contains("AWS_ENDPOINT_URL_SSO と AWS_ENDPOINT_URL");
  }

  @Test
  void aProfileThatIsNotSso_andOneWithoutItsSessionBlock_inTheAllTable() {
    loggedIn();

    Result result = japanese("--all");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out())
        .contains("SSO プロファイルではない 1 個のプロファイルを飛ばしました: static。")
        .contains("3 個のうち 2 個のプロファイルが失敗しました。直し方:")
        .contains("[sso-session gone] ブロックがない")
        .contains("sso-setup configure sso-session --sso-session gone");
    assertThat(result.err()).contains("sso-setup: 3 個のうち 2 個のプロファイルがチェックに失敗しました。");
  }

  @Test
  void aProfileTheSdkRejects_inJapanese_pointsToDoctor() {
    loggedIn();
    home().variable("LANG", "ja_JP.UTF-8");
    home()
        .writeConfig(
            config()
                .replace(
                    "region = ap-northeast-1\n\n[profile legacy]",
                    "region = ap-northeast-1\nsso_region = us-west-2\n\n[profile legacy]"));

    Result result = CliRun.run(home(), "verify", "--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .contains("AWS SDK はプロファイル 'workday' を受け付けません: ")
        .contains("次を実行してください: sso-setup doctor --profile workday");
  }

  @Test
  void json_isTheSameInEveryLanguage_forASuccessAndForFailures() {
    Result englishFailure = english("--all", "--format", "json");
    Result japaneseFailure = japanese("--all", "--format", "json");
    assertThat(japaneseFailure.out())
        .isEqualTo(englishFailure.out())
        .contains("\"fix\": \"Run: sso-setup login --profile workday\"");
    assertThat(japaneseFailure.exitCode()).isEqualTo(englishFailure.exitCode()).isEqualTo(1);

    loggedIn();
    Result englishSuccess = english("--profile", "workday", "--format", "json");
    Result japaneseSuccess = japanese("--profile", "workday", "--format", "json");
    assertThat(japaneseSuccess.out()).isEqualTo(englishSuccess.out()).contains("\"ok\": true");
  }

  @Test
  void anUnknownProfile_exitsWith2_andTheFileIsUnchanged() {
    Result result = japanese("--profile", "workdya");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("workday").doesNotContain("\tat ");
  }
}
