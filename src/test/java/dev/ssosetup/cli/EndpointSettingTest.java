package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.demo.SdkEndpointProperties;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistyped endpoint override (a host without http://, an empty value) is bad input naming the
 * setting, before any AWS call, in the run's language; nothing is written. The variables themselves
 * are set through the SDK's system properties (a test cannot set its own environment).
 */
@Timeout(60)
class EndpointSettingTest {
  private static final String CONFIG =
      "[profile work]\nsso_session = corp\nsso_account_id = 111122223333\n"
          + "sso_role_name = Reader\nregion = eu-west-1\n\n"
          + "[sso-session corp]\nsso_start_url = https://d-1234567890.awsapps.com/start\n"
          + "sso_region = eu-west-1\nsso_registration_scopes = sso:account:access\n";

  @TempDir Path tmp;

  private Result run(String value, String... args) {
    TestHome home = new TestHome(tmp).writeConfig(CONFIG);
    try (var unused = SdkEndpointProperties.set(Map.of("AWS_ENDPOINT_URL_SSO_OIDC", value))) {
      return CliRun.run(home, args);
    }
  }

  @Test
  void configure_withAHostWithoutScheme_isBadInput_andWritesNothing() {
    Result result =
        run(
            "localhost:4566",
            "configure",
            "--non-interactive",
            "--sso-session",
            "new",
            "--start-url",
            "https://d-1234567890.awsapps.com/start",
            "--sso-region",
            "eu-west-1",
            "--no-browser");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "sso-setup: aws.endpointUrlSsoOidc is set to 'localhost:4566', which is not a URL"
                + " the AWS SDK can call.\n"
                + "Give the whole address with http:// or https:// (such as"
                + " http://localhost:4566), or unset aws.endpointUrlSsoOidc.\n");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void login_withAnEmptyOverride_isBadInput_inJapanese() {
    Result result = run("", "--lang", "ja", "login", "--profile", "work", "--no-browser");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("sso-setup: aws.endpointUrlSsoOidc に設定された '' は")
        .contains("URL ではありません", "設定を外してください")
        .doesNotContain("Unexpected", "Exception");
  }
}
