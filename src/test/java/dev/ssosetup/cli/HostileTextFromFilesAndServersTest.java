package dev.ssosetup.cli;

import static dev.ssosetup.testkit.HostileText.assertPrintable;
import static dev.ssosetup.testkit.HostileText.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.HostileServer;
import dev.ssosetup.testkit.SandboxEndpoints;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from a config file and from a hostile server's answers (error messages, a device code) never
 * reaches the terminal raw.
 */
@Timeout(30)
class HostileTextFromFilesAndServersTest {
  static final String START_URL = "https://d-9067a1b2c3.awsapps.com/start";

  /** A config whose names and values drive a terminal. */
  static final String HOSTILE_CONFIG =
      "[profile evil\u001b[2J\u001b[8mx\u202e]\n"
          + "sso_session = corp\u202e\n"
          + "sso_account_id = 111122223333\u001b[2J\n"
          + "sso_role_name = Role\u001b]52;c;eA==\u0007\n"
          + "region = ap-northeast-1\u009b\n"
          + "\n"
          + "[profile plain]\n"
          + "sso_session = corp\u202e\n"
          + "sso_account_id = 111122223333\n"
          + "sso_role_name = Role\u2028x\n"
          + "\n"
          + "[sso-session corp\u202e]\n"
          + "sso_start_url = "
          + START_URL
          + "\u001b[8m\n"
          + "sso_region = ap-northeast-1\n";

  /** An error description that writes the clipboard, sets the title and fakes a line of ours. */
  static final String HOSTILE_MESSAGE =
      "bad\u001b]52;c;cm0gLXJmIH4=\u0007\nsso-setup: Logged in.\u001b]0;owned\u0007\u202e";

  @TempDir Path tmp;
  private TestHome home;
  private HostileServer server;
  private SandboxEndpoints endpoints;

  @BeforeEach
  void setUp() {
    home = new TestHome(tmp);
  }

  @AfterEach
  void tearDown() {
    if (endpoints != null) {
      endpoints.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private void serve(HostileServer hostile) {
    server = hostile;
    endpoints =
        SandboxEndpoints.pointAt(
            Map.of(
                "AWS_ENDPOINT_URL_SSO_OIDC", hostile.uri().toString(),
                "AWS_ENDPOINT_URL_SSO", hostile.uri().toString(),
                "AWS_ENDPOINT_URL_STS", hostile.uri().toString(),
                "AWS_ENDPOINT_URL_S3", hostile.uri().toString()));
  }

  private Result run(String... args) {
    return CliRun.run(home, context -> context.browserOpener(ApprovingBrowser.ignoring()), args);
  }

  @Test
  void profiles_hostileConfig_isShownEscaped() {
    home.writeConfig(HOSTILE_CONFIG);

    Result result = run("profiles");

    assertPrintable(result.out() + result.err());
    assertThat(result.out()).contains(shown("corp\u202e")).contains(shown("Role\u2028x"));
  }

  @Test
  void doctor_hostileConfig_isShownEscaped() {
    home.writeConfig(HOSTILE_CONFIG);

    Result result = run("doctor");

    assertPrintable(result.out() + result.err());
  }

  @Test
  void login_hostileErrorMessageFromTheService_isShownEscapedOnItsLine() {
    serve(
        HostileServer.start(
            HostileServer.restJsonError(
                400,
                "InvalidClientMetadataException",
                "{\"error\":\"invalid_client_metadata\",\"error_description\":\""
                    + jsonEscaped(HOSTILE_MESSAGE)
                    + "\",\"message\":\""
                    + jsonEscaped(HOSTILE_MESSAGE)
                    + "\"}")));
    home.writeConfig(
        "[sso-session corp]\nsso_start_url = " + START_URL + "\nsso_region = ap-northeast-1\n");

    Result result = run("login", "--sso-session", "corp", "--no-browser");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertPrintable(result.out() + result.err());
    assertThat(result.err().lines()).noneMatch(line -> line.startsWith("sso-setup: Logged in."));
  }

  @Test
  void login_hostileDeviceCodeAndError_areShownEscaped() {
    serve(
        HostileServer.start(
                HostileServer.restJsonError(
                    400,
                    "InvalidGrantException",
                    "{\"error\":\"invalid_grant\",\"error_description\":\""
                        + jsonEscaped(HOSTILE_MESSAGE)
                        + "\",\"message\":\""
                        + jsonEscaped(HOSTILE_MESSAGE)
                        + "\"}"))
            .on(
                "/client/register",
                HostileServer.json(
                    "{\"clientId\":\"id\",\"clientSecret\":\"secret\","
                        + "\"clientSecretExpiresAt\":4102444800}"))
            .on(
                "/device_authorization",
                HostileServer.json(
                    "{\"deviceCode\":\"dc\",\"userCode\":\""
                        + jsonEscaped("ABCD\u001b]52;c;eA==\u0007-EFGH")
                        + "\",\"verificationUri\":\"https://device.sso.example/\\u001b[2J\","
                        + "\"verificationUriComplete\":\"https://device.sso.example/?c=\\u202e\","
                        + "\"expiresIn\":600,\"interval\":1}")));
    home.writeConfig(
        "[sso-session corp]\nsso_start_url = " + START_URL + "\nsso_region = ap-northeast-1\n");

    Result result = run("login", "--sso-session", "corp", "--use-device-code", "--no-browser");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertPrintable(result.out() + result.err());
    assertThat(result.out()).contains(shown("ABCD\u001b]52;c;eA==\u0007-EFGH"));
  }

  static String jsonEscaped(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
