package dev.ssosetup.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Json;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.RequestRecord;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.RecordingPrompter;
import dev.ssosetup.testkit.SandboxExtension;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The authorization code login with PKCE on a loopback redirect, against the sandbox. */
@Timeout(60)
class SsoLoginPkceTest {
  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.approval(Approval.DEVICE_PAGE)).pointingTheSdkAtIt();

  @TempDir Path tmp;
  private LoginFixture fixture;
  private Sandbox sandbox;
  private SsoSessionRef session;
  private final RecordingPrompter prompter = new RecordingPrompter();

  @BeforeEach
  void setUp() {
    sandbox = extension.get();
    fixture = new LoginFixture(tmp, Clock.systemUTC());
    session = LoginFixture.session(sandbox);
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  @Test
  void login_opensTheAuthorizePage_getsTheCodeOnTheLoopback_andCachesTheTokens() throws Exception {
    ApprovingBrowser browser = ApprovingBrowser.approving(sandbox);
    Instant before = Instant.now();

    LoginResult result = fixture.login(browser).login(session, LoginOptions.defaults(), prompter);

    assertThat(result.outcome()).isEqualTo(LoginOutcome.LOGGED_IN);
    assertThat(sandbox.issuedSecrets()).contains(result.accessToken().reveal());
    assertThat(result.expiresAt()).isAfter(before.plus(Duration.ofMinutes(59)));
    assertThat(browser.results()).singleElement().asString().startsWith("200 http://127.0.0.1:");
    assertThat(operations())
        .containsExactly("RegisterClient", "AuthorizePage", "AuthorizeDecision", "CreateToken");

    Map<String, Object> file =
        Json.parseObject(Files.readString(fixture.cache.file(session), StandardCharsets.UTF_8));
    assertThat(file.keySet())
        .containsExactly(
            "startUrl",
            "region",
            "accessToken",
            "expiresAt",
            "clientId",
            "clientSecret",
            "registrationExpiresAt",
            "refreshToken");
    assertThat(file)
        .containsEntry("startUrl", sandbox.startUrl())
        .containsEntry("region", sandbox.region())
        .containsEntry("accessToken", result.accessToken().reveal());
    assertThat((String) file.get("expiresAt"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(sandbox.issuedSecrets())
        .contains((String) file.get("refreshToken"), (String) file.get("clientSecret"));
  }

  @Test
  void login_authorizeUrl_carriesEveryParameterOfSpec4() {
    ApprovingBrowser browser = ApprovingBrowser.approving(sandbox);

    fixture.login(browser).login(session, LoginOptions.defaults(), prompter);

    URI authorize = browser.last();
    assertThat(authorize.getScheme() + "://" + authorize.getRawAuthority() + authorize.getRawPath())
        .isEqualTo(sandbox.oidcEndpoint() + "/authorize");
    assertThat(authorize.getRawQuery())
        .matches(
            "response_type=code&client_id=[^&]+&redirect_uri=http%3A%2F%2F127\\.0\\.0\\.1%3A\\d+"
                + "%2Foauth%2Fcallback&state=[0-9a-f-]{36}&code_challenge_method=S256"
                + "&scopes=sso%3Aaccount%3Aaccess&code_challenge=[A-Za-z0-9_-]{43}");
  }

  @Test
  void login_printsTheAwsClisOpeningText_andWaitsWithTheTimeLeft() {
    ApprovingBrowser browser = ApprovingBrowser.approving(sandbox);

    fixture.login(browser).login(session, LoginOptions.defaults(), prompter);

    assertThat(prompter.output())
        .isEqualTo(
            "Attempting to automatically open the SSO authorization page in your default"
                + " browser.\n"
                + "If the browser does not open or you wish to use a different device to authorize"
                + " this request, open the following URL:\n"
                + "\n"
                + browser.last()
                + "\n");
    assertThat(prompter.waits())
        .singleElement()
        .satisfies(
            wait -> {
              assertThat(wait.message).isEqualTo("Waiting for approval in the browser");
              assertThat(wait.deadline).isAfter(Instant.now().plus(Duration.ofMinutes(9)));
              assertThat(wait.closed()).isTrue();
            });
  }

  @Test
  void login_withNoBrowser_printsTheUrlOnly_andTheUserOpensIt() throws Exception {
    ApprovingBrowser browser = ApprovingBrowser.ignoring();
    CompletableFuture<LoginResult> login =
        CompletableFuture.supplyAsync(
            () ->
                fixture
                    .login(browser)
                    .login(session, new LoginOptions(false, true, null, false), prompter));

    String url = prompter.awaitLine(line -> line.contains("/authorize?"), Duration.ofSeconds(10));
    // The consent page names the client and the scopes it registered with.
    String consent =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(consent).contains("Allow sso-setup-corp to access", "sso:account:access");
    sandbox.approveInBrowser(URI.create(url));

    assertThat(login.get(20, TimeUnit.SECONDS).outcome()).isEqualTo(LoginOutcome.LOGGED_IN);
    assertThat(browser.opened()).isEmpty();
    assertThat(prompter.output())
        .isEqualTo(
            "Browser will not be automatically opened.\n"
                + "Please visit the following URL:\n"
                + "\n"
                + url
                + "\n");
  }

  @Test
  void login_whenTheBrowserCannotBeOpened_printsTheUrlOnly() throws Exception {
    BrowserOpener broken = uri -> false;
    CompletableFuture<LoginResult> login =
        CompletableFuture.supplyAsync(
            () -> fixture.login(broken).login(session, LoginOptions.defaults(), prompter));

    String url = prompter.awaitLine(line -> line.contains("/authorize?"), Duration.ofSeconds(10));
    sandbox.approveInBrowser(URI.create(url));

    assertThat(login.get(20, TimeUnit.SECONDS).outcome()).isEqualTo(LoginOutcome.LOGGED_IN);
    assertThat(prompter.lines()).startsWith("Browser will not be automatically opened.");
  }

  @Test
  void login_honoursTheRedirectPort() throws Exception {
    int port = LoopbackServerTest.freePort();
    ApprovingBrowser browser = ApprovingBrowser.approving(sandbox);

    fixture.login(browser).login(session, new LoginOptions(false, false, port, false), prompter);

    assertThat(query(browser.last()))
        .containsEntry("redirect_uri", "http://127.0.0.1:" + port + "/oauth/callback");
  }

  @Test
  void login_deniedInTheBrowser_failsWithExit1_andWritesNoToken() {
    sandbox.setApproval(Approval.DENY);

    assertThatThrownBy(
            () ->
                fixture
                    .login(ApprovingBrowser.approving(sandbox))
                    .login(session, LoginOptions.defaults(), prompter))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
              assertThat(e.getMessage()).startsWith("The login was denied in the browser");
            });
    assertThat(fixture.cache.file(session)).doesNotExist();
    assertThat(operations()).doesNotContain("CreateToken");
  }

  @Test
  void login_withoutAnAnswerFromTheBrowser_givesUpAfterTheTimeout_andWritesNoToken() {
    ApprovingBrowser walkedAway = ApprovingBrowser.ignoring();

    assertThatThrownBy(
            () ->
                fixture
                    .login(walkedAway)
                    .withCallbackTimeout(Duration.ofMillis(200))
                    .login(session, LoginOptions.defaults(), prompter))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
              assertThat(e.getMessage()).contains("No answer came from the browser");
            });
    assertThat(fixture.cache.file(session)).doesNotExist();
    assertThat(prompter.waits()).singleElement().satisfies(w -> assertThat(w.closed()).isTrue());
  }

  @Test
  void login_withAnotherClientsState_isNotFooled_andStillAcceptsTheRealRedirect() throws Exception {
    ApprovingBrowser browser = ApprovingBrowser.ignoring();
    CompletableFuture<LoginResult> login =
        CompletableFuture.supplyAsync(
            () -> fixture.login(browser).login(session, LoginOptions.defaults(), prompter));
    String url = prompter.awaitLine(line -> line.contains("/authorize?"), Duration.ofSeconds(10));
    String redirect = query(URI.create(url)).get("redirect_uri");

    java.net.http.HttpResponse<String> forged =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        URI.create(redirect + "?code=forged&state=not-the-state"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(login).isNotDone();

    sandbox.approveInBrowser(URI.create(url));
    assertThat(login.get(20, TimeUnit.SECONDS).outcome()).isEqualTo(LoginOutcome.LOGGED_IN);
  }

  @Test
  void login_registersWithTheGrantTypesAndRedirectOfSpec4_andReusesTheRegistration() {
    ApprovingBrowser browser = ApprovingBrowser.approving(sandbox);
    LoginOptions force = new LoginOptions(false, false, null, true);

    fixture.login(browser).login(session, force, prompter);
    fixture.login(browser).login(session, force, prompter);

    assertThat(operations())
        .containsExactly(
            "RegisterClient",
            "AuthorizePage",
            "AuthorizeDecision",
            "CreateToken",
            "AuthorizePage",
            "AuthorizeDecision",
            "CreateToken");
    assertThat(query(browser.opened().get(0)).get("client_id"))
        .isEqualTo(query(browser.opened().get(1)).get("client_id"));
  }

  @Test
  void login_cachesTheClientRegistrationBesideTheToken_underAKeyOfItsOwn() throws Exception {
    fixture
        .login(ApprovingBrowser.approving(sandbox))
        .login(session, LoginOptions.defaults(), prompter);

    List<Path> registrations;
    try (var files = Files.list(fixture.cache.directory())) {
      registrations =
          files
              .filter(p -> p.toString().endsWith(".json"))
              .filter(p -> !p.equals(fixture.cache.file(session)))
              .toList();
    }
    assertThat(registrations).hasSize(1);
    Path registration = registrations.get(0);
    Map<String, Object> fields =
        Json.parseObject(Files.readString(registration, StandardCharsets.UTF_8));
    assertThat(fields.keySet())
        .containsExactly("clientId", "clientSecret", "expiresAt", "scopes", "grantTypes");
    assertThat(fields)
        .containsEntry("scopes", List.of("sso:account:access"))
        .containsEntry("grantTypes", List.of("authorization_code", "refresh_token"));
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(registration)))
        .isEqualTo("rw-------");
    // Not the AWS CLI's name for its registration of this session (botocore's key).
    assertThat(registration.getFileName().toString())
        .isNotEqualTo("11c91711a38c1b6ff1ee0d99a13ef4ef92044846.json");
  }

  @Test
  void login_neverPutsASecretInTheOutputOrTheDebugLog() {
    fixture
        .login(ApprovingBrowser.approving(sandbox))
        .login(session, LoginOptions.defaults(), prompter);

    String everything = prompter.everything() + fixture.debugLog;
    assertThat(fixture.debugLog.toString()).contains("[debug] > POST");
    for (String secret : sandbox.issuedSecrets()) {
      assertThat(everything).doesNotContain(secret);
    }
  }

  private List<String> operations() {
    return sandbox.requests().stream().map(RequestRecord::operation).toList();
  }

  static Map<String, String> query(URI uri) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      parameters.put(
          pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return parameters;
  }
}
