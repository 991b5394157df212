package dev.ssosetup.cli;

import static dev.ssosetup.testkit.HostileText.assertPrintable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.aws.AwsTimeouts;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.HostileServer;
import dev.ssosetup.testkit.SandboxEndpoints;
import dev.ssosetup.testkit.TerminalDriver;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code login} against a hostile SSO-OIDC endpoint: what it sends is checked before it is opened,
 * used or cached.
 */
@Timeout(30)
class HostileServerLoginTest {
  static final String START_URL = "https://d-9067a1b2c3.awsapps.com/start";
  static final String REGISTERED =
      "{\"clientId\":\"id\",\"clientSecret\":\"secret\",\"clientSecretExpiresAt\":4102444800}";

  @TempDir Path tmp;
  private TestHome home;
  private HostileServer server;
  private SandboxEndpoints endpoints;
  private final ApprovingBrowser browser = ApprovingBrowser.ignoring();

  @BeforeEach
  void setUp() {
    home =
        new TestHome(tmp)
            .writeConfig(
                "[sso-session corp]\nsso_start_url = "
                    + START_URL
                    + "\nsso_region = ap-northeast-1\n");
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
                "AWS_ENDPOINT_URL_SSO", hostile.uri().toString()));
  }

  private Result login(String... flags) {
    String[] args = new String[flags.length + 3];
    args[0] = "login";
    args[1] = "--sso-session";
    args[2] = "corp";
    System.arraycopy(flags, 0, args, 3, flags.length);
    return CliRun.run(home, context -> context.browserOpener(browser), args);
  }

  private static HostileServer.Behaviour deviceAuthorization(String pageUri) {
    return HostileServer.json(
        "{\"deviceCode\":\"dc\",\"userCode\":\"ABCD-EFGH\",\"verificationUri\":\""
            + pageUri
            + "\",\"verificationUriComplete\":\""
            + pageUri
            + "?user_code=ABCD-EFGH\",\"expiresIn\":600,\"interval\":1}");
  }

  private static HostileServer deviceFlowShowing(String pageUri) {
    return HostileServer.start(
            HostileServer.restJsonError(
                400,
                "AccessDeniedException",
                "{\"error\":\"access_denied\",\"error_description\":\"no\"}"))
        .on("/client/register", HostileServer.json(REGISTERED))
        .on("/device_authorization", deviceAuthorization(pageUri));
  }

  private Result loginWithin(Duration timeout, String... flags) {
    String[] args = new String[flags.length + 3];
    args[0] = "login";
    args[1] = "--sso-session";
    args[2] = "corp";
    System.arraycopy(flags, 0, args, 3, flags.length);
    return CliRun.run(
        home,
        context -> context.browserOpener(browser).awsTimeouts(AwsTimeouts.all(timeout)),
        args);
  }

  @Test
  void anEndpointThatNeverAnswers_failsWithinTheTimeout_namingServiceAndHost() {
    serve(HostileServer.start(HostileServer.neverAnswer()));

    long started = System.nanoTime();
    Result result = loginWithin(Duration.ofMillis(500), "--use-device-code");
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .contains("IAM Identity Center (SSO-OIDC) at " + server.hostAndPort() + " did not answer")
        .contains("AWS_ENDPOINT_URL_SSO_OIDC")
        .doesNotContain("\tat ");
    assertThat(took).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void anEndpointThatTricklesItsAnswer_failsWithinTheTimeout_namingServiceAndHost() {
    serve(HostileServer.start(HostileServer.trickle(Duration.ofMillis(50))));

    long started = System.nanoTime();
    Result result = loginWithin(Duration.ofMillis(500), "--use-device-code");
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .contains("IAM Identity Center (SSO-OIDC) at " + server.hostAndPort() + " did not answer");
    assertThat(took).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void atATerminal_aSlowCall_showsASpinnerNamingTheEndpoint_andLeavesNothingBehind() {
    serve(HostileServer.start(HostileServer.neverAnswer()));
    home.stdin("", true);
    try (TerminalDriver terminal = TerminalDriver.xterm()) {
      TerminalDriver.Answer<Result> run =
          terminal.ask(
              prompter ->
                  CliRun.run(
                      home,
                      context ->
                          context
                              .prompterFactory(terminal.factory())
                              .browserOpener(browser)
                              .slowCallThreshold(Duration.ofMillis(50))
                              .awsTimeouts(AwsTimeouts.all(Duration.ofSeconds(3))),
                      "login",
                      "--sso-session",
                      "corp",
                      "--use-device-code"));

      terminal.awaitScreen(
          "Waiting for IAM Identity Center (SSO-OIDC) at " + server.hostAndPort() + " (0:0");
      Result result = run.get();

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
      assertThat(terminal.screen().text()).doesNotContain("Waiting for");
    }
  }

  @Test
  void deviceCode_aFileUri_isNotOpened_butShownWithAWarning() {
    serve(deviceFlowShowing("file:///etc/passwd"));

    Result result = login("--use-device-code");

    assertThat(browser.opened()).isEmpty();
    assertThat(result.err()).contains("not an https address").contains("file:///etc/passwd");
    assertThat(result.out()).contains("file:///etc/passwd?user_code=ABCD-EFGH");
    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
  }

  @Test
  void deviceCode_otherSchemesAndRemoteHttp_areNotOpened() {
    for (String uri :
        new String[] {
          "http://device.example.com/",
          "javascript:alert(1)",
          "ms-settings:",
          "not a uri at all",
          "https://aws.amazon.com@evil.example/"
        }) {
      tearDown();
      serve(deviceFlowShowing(uri));

      Result result = login("--use-device-code");

      assertThat(browser.opened()).as(uri).isEmpty();
      assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
      assertThat(result.err()).as(uri).contains("not an https address");
      assertPrintable(result.out() + result.err());
    }
  }

  @Test
  void deviceCode_httpsAndLoopbackHttp_areOpened() {
    serve(deviceFlowShowing("https://device.sso.ap-northeast-1.amazonaws.com/"));
    login("--use-device-code");
    tearDown();
    serve(deviceFlowShowing("http://127.0.0.1:1234/device"));
    login("--use-device-code");

    assertThat(browser.opened())
        .extracting(Object::toString)
        .containsExactly(
            "https://device.sso.ap-northeast-1.amazonaws.com/?user_code=ABCD-EFGH",
            "http://127.0.0.1:1234/device?user_code=ABCD-EFGH");
  }
}
