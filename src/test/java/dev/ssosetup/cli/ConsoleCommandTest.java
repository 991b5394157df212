package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.auth.BrowserOpener;
import dev.ssosetup.auth.RoleCredentialCache;
import dev.ssosetup.auth.RoleCredentials;
import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.common.Secret;
import dev.ssosetup.demo.SdkEndpointProperties;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SandboxHome;
import dev.ssosetup.testkit.TestHome;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code sso-setup console} against the sandbox's federation endpoint. */
@Timeout(120)
class ConsoleCommandTest {
  @RegisterExtension
  final SandboxHome fixture =
      SandboxHome.approving(sandbox -> CredentialsCommandTest.config(sandbox));

  private Sandbox sandbox;
  private TestHome home;
  private final ApprovingBrowser browser = ApprovingBrowser.ignoring();

  @BeforeEach
  void setUp() {
    sandbox = fixture.sandbox();
    home = fixture.home();
  }

  private Result run(String... args) {
    return run(context -> context.browserOpener(browser), args);
  }

  private Result run(Consumer<CliContext> setup, String... args) {
    return CliRun.run(home, setup, args);
  }

  private void logIn() {
    fixture.logIn("workday");
  }

  @Test
  void urlOnly_printsALoginLinkWithIssuerDestinationAndToken_thatTheEndpointAccepts()
      throws IOException {
    logIn();

    Result result = run("console", "--profile", "workday", "--url-only");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out().lines()).hasSize(1);
    URI link = URI.create(result.out().strip());
    assertThat(link.getScheme() + "://" + link.getRawAuthority() + link.getRawPath())
        .isEqualTo(sandbox.signinEndpoint() + "/federation");
    Map<String, String> query = query(link);
    assertThat(query.keySet()).containsExactly("Action", "Issuer", "Destination", "SigninToken");
    assertThat(query)
        .containsEntry("Action", "login")
        .containsEntry("Issuer", sandbox.startUrl())
        .containsEntry(
            "Destination",
            "https://ap-northeast-1.console.aws.amazon.com/console/home?region=ap-northeast-1");
    assertThat(sandbox.issuedSecrets()).contains(query.get("SigninToken"));
    assertThat(visit(link)).contains("AWSReservedSSO_S3DynamoDBAccess_").contains("111122223333");
    assertThat(browser.opened()).isEmpty();
    assertThat(sandbox.requests())
        .extracting(r -> r.operation())
        .containsExactly("GetRoleCredentials", "GetSigninToken", "Login");
  }

  @Test
  void aServiceDestination_opensThatServicesHome_andAUrlIsKeptAsItIs() {
    logIn();

    Result s3 = run("console", "--profile", "workday", "--destination", "s3", "--url-only");
    String url = "https://ap-northeast-1.console.aws.amazon.com/ec2/home#Instances:";
    Result ec2 = run("console", "--profile", "workday", "--destination", url, "--url-only");

    assertThat(query(URI.create(s3.out().strip())))
        .containsEntry(
            "Destination",
            "https://ap-northeast-1.console.aws.amazon.com/s3/home?region=ap-northeast-1");
    assertThat(query(URI.create(ec2.out().strip()))).containsEntry("Destination", url);
  }

  @Test
  void withoutUrlOnly_theBrowserOpensTheLink_andTheLinkIsNotPrinted() {
    logIn();

    Result result = run("console", "--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(browser.opened()).hasSize(1);
    String token = query(browser.last()).get("SigninToken");
    assertThat(result.out())
        .contains("Opened the AWS console")
        .contains("\"S3DynamoDBAccess\"")
        .doesNotContain(token);
    assertThat(result.err()).doesNotContain(token);
  }

  @Test
  void withoutABrowser_itFailsBeforeAnyCall_andNamesTheUrlOnlyCommand() {
    logIn();
    BrowserOpener none =
        new BrowserOpener() {
          @Override
          public boolean open(URI uri) {
            throw new AssertionError("no browser to open");
          }

          @Override
          public boolean available() {
            return false;
          }
        };

    Result result = run(context -> context.browserOpener(none), "console", "--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("sso-setup console --profile workday --url-only");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void withDebug_neitherTheSessionNorTheLinkIsLogged() {
    logIn();

    Result result = run("--debug", "console", "--profile", "workday", "--url-only");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err())
        .contains("[debug] > POST " + sandbox.signinEndpoint() + "/federation")
        .contains("Session=<redacted>")
        .doesNotContain("SigninToken=");
    for (String secret : sandbox.issuedSecrets()) {
      assertThat(result.err()).doesNotContain(secret);
    }
  }

  @Test
  void badDestinations_exit2_beforeAnyCall() {
    logIn();

    for (String destination :
        List.of("https://evil.example/", "http://console.aws.amazon.com/", "javascript:x")) {
      Result result =
          run("console", "--profile", "workday", "--destination", destination, "--url-only");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
      assertThat(result.out()).isEmpty();
      assertThat(result.err()).contains("--destination");
    }
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void credentialsTheEndpointDoesNotKnow_areRefused_exit1() {
    logIn();
    SsoSessionRef session =
        new SsoSessionRef("corp", sandbox.startUrl(), sandbox.region(), List.of());
    new RoleCredentialCache(
            home.home().resolve(".aws/cli/cache"), java.time.Clock.systemUTC(), home.locks())
        .write(
            RoleCredentialCache.key(session, "111122223333", "S3DynamoDBAccess"),
            new RoleCredentials(
                "ASIAFORGEDFORGED1234",
                Secret.of("forged"),
                Secret.of("forged"),
                Instant.now().plus(Duration.ofHours(1)),
                "111122223333"));

    Result result = run("console", "--profile", "workday", "--url-only");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("refused the role's session (HTTP 400)");
  }

  @Test
  void anUnreachableOrUnusableEndpoint_isReported() {
    logIn();

    Result unreachable;
    try (SdkEndpointProperties ignored =
        SdkEndpointProperties.set(Map.of("AWS_ENDPOINT_URL_SIGNIN", "http://127.0.0.1:1"))) {
      unreachable = run("console", "--profile", "workday", "--url-only");
    }
    Result cleartext;
    try (SdkEndpointProperties ignored =
        SdkEndpointProperties.set(Map.of("AWS_ENDPOINT_URL_SIGNIN", "http://signin.example"))) {
      cleartext = run("console", "--profile", "workday", "--url-only");
    }

    assertThat(unreachable.exitCode()).as(unreachable.toString()).isEqualTo(1);
    assertThat(unreachable.err()).contains("Could not reach the AWS sign-in federation endpoint");
    assertThat(cleartext.exitCode()).as(cleartext.toString()).isEqualTo(2);
    assertThat(cleartext.err()).contains("http://signin.example");
    assertThat(unreachable.out() + cleartext.out()).isEmpty();
  }

  @Test
  void withoutALogin_nothingIsOpenedOrPrinted() {
    Result result = run("console", "--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("sso-setup login --profile workday");
    assertThat(browser.opened()).isEmpty();
  }

  private static Map<String, String> query(URI link) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : link.getRawQuery().split("&")) {
      int equals = pair.indexOf('=');
      parameters.put(
          URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
    }
    return parameters;
  }

  private static String visit(URI link) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) link.toURL().openConnection();
    connection.setInstanceFollowRedirects(false);
    try (InputStream in = connection.getInputStream()) {
      assertThat(connection.getResponseCode()).isEqualTo(200);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } finally {
      connection.disconnect();
    }
  }
}
