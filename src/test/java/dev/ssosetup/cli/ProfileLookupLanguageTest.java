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
 * A profile or sso-session that cannot be used for a login is named in the run's language, with the
 * command that fixes it as it is typed; the config file is left as it was.
 */
class ProfileLookupLanguageTest {
  private static final String CONFIG =
      "[profile work]\n"
          + "sso_session = corp\n"
          + "sso_account_id = 111122223333\n"
          + "sso_role_name = Admin\n"
          + "\n"
          + "[profile plain]\n"
          + "region = eu-west-1\n"
          + "\n"
          + "[sso-session corp]\n"
          + "sso_region = eu-west-1\n";

  @TempDir Path tmp;
  private TestHome home;
  private byte[] before;

  @BeforeEach
  void setUp() {
    home = new TestHome(tmp.resolve("home"));
    home.writeConfig(CONFIG);
    before = home.configBytes();
    home.variable("LANG", "ja_JP.UTF-8");
  }

  @Test
  void anUnknownProfile_isNamedInJapanese_withTheCloseNames() {
    Result result = CliRun.run(home, "login", "--profile", "wrok");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo("sso-setup: プロファイル 'wrok' は " + home.config() + " にありません。\n近い名前があります: work\n");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  @Test
  void anIncompleteSession_isNamedInJapanese_withTheCommandAsTyped() {
    Result result = CliRun.run(home, "login", "--profile", "work");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "sso-setup: sso-session 'corp' に sso_start_url または sso_region がありません。\n"
                + "次を実行してください: sso-setup configure sso-session --sso-session corp\n");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  @Test
  void aProfileWithoutSso_inEnglish_readsAsBefore() {
    Result result = CliRun.run(home, "--lang", "en", "login", "--profile", "plain");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "sso-setup: The profile 'plain' is not an IAM Identity Center (SSO) profile.\n"
                + "Set one up with: sso-setup configure --profile plain\n");
  }
}
