package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.auth.CachedToken;
import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.common.Secret;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.HostileServer;
import dev.ssosetup.testkit.HostileServer.Behaviour;
import dev.ssosetup.testkit.SandboxEndpoints;
import dev.ssosetup.testkit.TestHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A successful answer that lacks what sso-setup uses ({@code {}} or a partial one) is an error
 * naming the endpoint that sent it, exit 1, and nothing of it is cached or written.
 */
@Timeout(30)
class IncompleteAnswersTest {
  static final String START_URL = "https://d-9067a1b2c3.awsapps.com/start";
  static final String SESSION =
      "[sso-session corp]\nsso_start_url = "
          + START_URL
          + "\nsso_region = ap-northeast-1\nsso_registration_scopes = sso:account:access\n";
  static final String REGISTERED =
      "{\"clientId\":\"id\",\"clientSecret\":\"secret\",\"clientSecretExpiresAt\":4102444800}";
  static final String DEVICE =
      "{\"deviceCode\":\"dc\",\"userCode\":\"ABCD-EFGH\","
          + "\"verificationUri\":\"https://device.sso.example/\","
          + "\"verificationUriComplete\":\"https://device.sso.example/?user_code=ABCD-EFGH\","
          + "\"expiresIn\":600,\"interval\":1}";

  @TempDir Path tmp;
  private TestHome home;
  private HostileServer server;
  private SandboxEndpoints endpoints;

  @BeforeEach
  void setUp() {
    home = new TestHome(tmp).writeConfig(SESSION);
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

  private HostileServer serve(Behaviour everyRequest) {
    server = HostileServer.start(everyRequest);
    endpoints =
        SandboxEndpoints.pointAt(
            Map.of(
                "AWS_ENDPOINT_URL_SSO_OIDC", server.uri().toString(),
                "AWS_ENDPOINT_URL_SSO", server.uri().toString()));
    return server;
  }

  private Result run(String... args) {
    return CliRun.run(home, context -> context.browserOpener(ApprovingBrowser.ignoring()), args);
  }

  private List<Path> cacheFiles() throws IOException {
    if (!Files.isDirectory(home.ssoCache())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(home.ssoCache())) {
      return files.toList();
    }
  }

  private void cachedToken() {
    new TokenCache(home.ssoCache(), Clock.systemUTC(), home.locks())
        .write(
            new SsoSessionRef("corp", START_URL, "ap-northeast-1", List.of("sso:account:access")),
            new CachedToken(
                START_URL,
                "ap-northeast-1",
                Secret.of("the-access-token"),
                Instant.now().plusSeconds(3600),
                "id",
                Secret.ofNullable("secret"),
                Instant.now().plusSeconds(86400),
                Secret.ofNullable("the-refresh-token")));
  }

  private void assertNamesTheEndpoint(Result result, String operation) {
    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .contains(" at " + server.hostAndPort() + " sent an incomplete answer to " + operation)
        .doesNotContain("unexpected error")
        .doesNotContain("\tat ");
  }

  @Test
  void registerClient_emptyAnswer_isNamed_andNoRegistrationIsCached() throws IOException {
    serve(HostileServer.json("{}"));

    Result result = run("login", "--sso-session", "corp", "--use-device-code");

    assertNamesTheEndpoint(result, "RegisterClient");
    assertThat(result.err()).contains("clientId");
    assertThat(cacheFiles()).isEmpty();
  }

  @Test
  void startDeviceAuthorization_partialAnswer_isNamed() throws IOException {
    serve(HostileServer.json("{\"deviceCode\":\"dc\"}"))
        .on("/client/register", HostileServer.json(REGISTERED));

    Result result = run("login", "--sso-session", "corp", "--use-device-code");

    assertNamesTheEndpoint(result, "StartDeviceAuthorization");
    assertThat(result.out()).doesNotContain("null");
  }

  @Test
  void createToken_withoutAnAccessToken_isNamed_andNoTokenIsCached() throws IOException {
    serve(HostileServer.json("{\"tokenType\":\"Bearer\",\"expiresIn\":3600}"))
        .on("/client/register", HostileServer.json(REGISTERED))
        .on("/device_authorization", HostileServer.json(DEVICE));

    Result result = run("login", "--sso-session", "corp", "--use-device-code");

    assertNamesTheEndpoint(result, "CreateToken");
    assertThat(new TokenCache(home.ssoCache(), Clock.systemUTC(), home.locks()).file(corp()))
        .doesNotExist();
  }

  @Test
  void listAccounts_anAccountWithoutItsId_isNamed_andNothingIsWritten() {
    cachedToken();
    serve(HostileServer.json("{\"accountList\":[{\"accountName\":\"no id\"}]}"));
    byte[] before = home.configBytes();

    Result result =
        run(
            "configure",
            "--sso-session",
            "corp",
            "--non-interactive",
            "--role-name",
            "Admin",
            "--profile",
            "p");

    assertNamesTheEndpoint(result, "ListAccounts");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  @Test
  void listAccountRoles_aRoleWithoutItsName_isNamed_inPopulate_andNothingIsWritten() {
    cachedToken();
    serve(HostileServer.json("{\"roleList\":[{\"accountId\":\"111122223333\"}]}"))
        .on(
            "/assignment/accounts",
            HostileServer.json(
                "{\"accountList\":[{\"accountId\":\"111122223333\",\"accountName\":\"a\"}]}"));
    byte[] before = home.configBytes();

    Result result = run("populate", "--sso-session", "corp");

    assertNamesTheEndpoint(result, "ListAccountRoles");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  private static SsoSessionRef corp() {
    return new SsoSessionRef("corp", START_URL, "ap-northeast-1", List.of("sso:account:access"));
  }
}
