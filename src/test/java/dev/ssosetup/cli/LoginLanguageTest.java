package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SandboxConfig;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A login that cannot go on says why in the run's language: a bad flag, and a login denied in the
 * sandbox's browser page. Flags and the session's name stay as they are typed, and neither the
 * config nor the token cache is touched.
 */
@Timeout(60)
class LoginLanguageTest {
  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.approval(Approval.AUTO)).pointingTheSdkAtIt();

  private Sandbox sandbox;

  private static final String CONFIG =
      "[sso-session corp]\n"
          + "sso_start_url = https://d-9067a1b2c3.awsapps.com/start\n"
          + "sso_region = ap-northeast-1\n";

  @TempDir Path tmp;
  private TestHome home;
  private byte[] before;

  @BeforeEach
  void setUp() {
    home = new TestHome(tmp).writeConfig(CONFIG);
    before = home.configBytes();
  }

  @Test
  void aBadRedirectPort_inJapanese() {
    Result result =
        CliRun.run(home, "--lang", "ja", "login", "--sso-session", "corp", "--redirect-port", "0x");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    result =
        CliRun.run(
            home, "--lang", "ja", "login", "--sso-session", "corp", "--redirect-port", "70000");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "sso-setup: --redirect-port 70000 は使えません: ポート番号は 1 から 65535 までです。\n"
                + "--redirect-port を省くと、空いているポートを使います。\n");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  @Test
  void aLoginDeniedInTheBrowser_inJapanese_andNoTokenIsCached() {
    sandbox = extension.get();
    sandbox.setApproval(Approval.DENY);
    home.writeConfig(SandboxConfig.session(sandbox, "corp"));
    byte[] config = home.configBytes();
    home.variable("LANG", "ja_JP.UTF-8");

    Result result =
        CliRun.run(home, "login", "--sso-session", "corp", "--use-device-code", "--no-browser");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .endsWith(
            "sso-setup: ブラウザーでログインが拒否されました。\n" + "もう一度ログインを始めて「許可」を選ぶか、管理者にアクセス権を依頼してください。\n");
    assertThat(home.configBytes()).isEqualTo(config);
    assertThat(home.ssoCache().resolve(TokenCache.fileName("corp"))).doesNotExist();
  }

  @Test
  void aLoginDeniedInTheBrowser_inEnglish_readsAsBefore() {
    sandbox = extension.get();
    sandbox.setApproval(Approval.DENY);
    home.writeConfig(SandboxConfig.session(sandbox, "corp"));

    Result result =
        CliRun.run(
            home,
            "--lang",
            "en",
            "login",
            "--sso-session",
            "corp",
            "--use-device-code",
            "--no-browser");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .endsWith(
            "sso-setup: The login was denied in the browser.\n"
                + "Start the login again and choose Allow, or ask your administrator for access.\n");
  }
}
