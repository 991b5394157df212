package dev.ssosetup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.testkit.LoopbackCallback;
import dev.ssosetup.testkit.Pkce;
import dev.ssosetup.testkit.SandboxClients;
import dev.ssosetup.testkit.SandboxExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.InvalidGrantException;
import software.amazon.awssdk.services.ssooidc.model.InvalidRequestException;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;

/**
 * The authorization code login with PKCE (docs/spec.md §4.2): the test plays the browser at {@code
 * /authorize} and listens on a loopback address for the redirect, then redeems the code through the
 * real {@code SsoOidcClient}.
 */
class OidcPkceFlowTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @RegisterExtension final SandboxExtension extension = SandboxExtension.create();

  private final HttpClient browser =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private SsoOidcClient oidc;
  private LoopbackCallback loopback;
  private RegisterClientResponse client;
  private final Pkce pkce = Pkce.create();
  private final String state = UUID.randomUUID().toString();

  @BeforeEach
  void setUp() {
    oidc = SandboxClients.oidc(extension.get());
    loopback = LoopbackCallback.start();
    client = registerForPkce("http://127.0.0.1/oauth/callback");
  }

  @AfterEach
  void tearDown() {
    oidc.close();
    loopback.close();
  }

  @Test
  void authorize_redirectsToTheLoopbackWithCodeAndState_andTheVerifierRedeemsIt() throws Exception {
    HttpResponse<String> authorize = get(authorizeUrl());

    assertThat(authorize.statusCode()).isEqualTo(302);
    String location = authorize.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith(loopback.redirectUri() + "?code=");
    assertThat(get(URI.create(location)).statusCode()).isEqualTo(200);
    Map<String, String> callback = loopback.await(WAIT);
    assertThat(callback).containsEntry("state", state).containsKey("code");

    CreateTokenResponse token = redeem(callback.get("code"), pkce.verifier());

    assertThat(token.accessToken()).startsWith("aoa");
    assertThat(token.refreshToken()).startsWith("aor");
    assertThat(extension.get().issuedSecrets()).contains(callback.get("code"));
  }

  @Test
  void token_withWrongPkceVerifier_isInvalidGrant() throws Exception {
    String code = authorizeAndReceiveCode();

    assertThatThrownBy(() -> redeem(code, Pkce.create().verifier()))
        .isInstanceOfSatisfying(
            InvalidGrantException.class,
            e -> assertThat(e.errorDescription()).contains("code verifier"));
  }

  @Test
  void token_withTheSameCodeTwice_isInvalidGrant() throws Exception {
    String code = authorizeAndReceiveCode();
    redeem(code, pkce.verifier());

    assertThatThrownBy(() -> redeem(code, pkce.verifier()))
        .isInstanceOf(InvalidGrantException.class);
  }

  @Test
  void token_withAnotherRedirectUri_isInvalidGrant() throws Exception {
    String code = authorizeAndReceiveCode();

    assertThatThrownBy(
            () ->
                oidc.createToken(
                    r ->
                        r.clientId(client.clientId())
                            .clientSecret(client.clientSecret())
                            .grantType("authorization_code")
                            .code(code)
                            .redirectUri("http://127.0.0.1:1/oauth/callback")
                            .codeVerifier(pkce.verifier())))
        .isInstanceOf(InvalidGrantException.class);
  }

  @Test
  void token_withATooShortVerifier_isInvalidRequest() throws Exception {
    String code = authorizeAndReceiveCode();

    assertThatThrownBy(() -> redeem(code, "short")).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void authorizePage_waitsForTheUser_andApproveInBrowserClicksApprove() throws Exception {
    Sandbox sandbox = extension.get();
    sandbox.setApproval(Approval.DEVICE_PAGE);

    HttpResponse<String> page = get(authorizeUrl());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Approve", "Deny", "workday_worker");
    assertThat(loopback.received()).isFalse();

    String result = sandbox.approveInBrowser(authorizeUrl());

    assertThat(result)
        .isEqualTo("200 " + loopback.redirectUri() + "?code=<redacted>&state=" + state);
    Map<String, String> callback = loopback.await(WAIT);
    assertThat(redeem(callback.get("code"), pkce.verifier()).accessToken()).isNotBlank();
  }

  @Test
  void authorize_inDenyMode_redirectsWithAccessDenied() throws Exception {
    Sandbox sandbox = extension.get();
    sandbox.setApproval(Approval.DENY);

    String result = sandbox.approveInBrowser(authorizeUrl());

    assertThat(result).contains("error=access_denied").contains("state=" + state);
    assertThat(loopback.await(WAIT))
        .containsEntry("error", "access_denied")
        .containsEntry("state", state)
        .doesNotContainKey("code");
  }

  @Test
  void authorize_withAnUnregisteredRedirectPath_showsAnErrorAndDoesNotRedirect() throws Exception {
    URI url =
        URI.create(
            authorizeUrl()
                .toString()
                .replace("%2Foauth%2Fcallback", "%2Fsomewhere%2Felse")
                .replace("/oauth/callback", "/somewhere/else"));

    HttpResponse<String> response = get(url);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Location")).isEmpty();
    assertThat(response.body()).contains("is not registered for this client");
  }

  @Test
  void authorize_withoutACodeChallenge_redirectsWithInvalidRequest() throws Exception {
    URI url = URI.create(authorizeUrl().toString().replaceAll("&code_challenge=[^&]+", ""));

    HttpResponse<String> response = get(url);

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElseThrow())
        .startsWith(loopback.redirectUri() + "?error=invalid_request");
  }

  @Test
  void authorize_forAClientRegisteredOnlyForDeviceCodes_redirectsWithUnauthorizedClient()
      throws Exception {
    RegisterClientResponse deviceClient =
        oidc.registerClient(
            r ->
                r.clientName("device")
                    .clientType("public")
                    .redirectUris("http://127.0.0.1/oauth/callback")
                    .grantTypes("urn:ietf:params:oauth:grant-type:device_code"));
    URI url =
        loopback.authorizeUrl(
            extension.get().oidcEndpoint(), deviceClient.clientId(), state, pkce.challenge());

    assertThat(get(url).headers().firstValue("Location").orElseThrow())
        .contains("error=unauthorized_client");
  }

  @Test
  void approveInBrowser_refusesAnyAddressBut127001() {
    Sandbox sandbox = extension.get();

    assertThatThrownBy(() -> sandbox.approveInBrowser(URI.create("http://example.com/authorize")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only visits http://127.0.0.1");
  }

  @Test
  void registerClient_forAuthorizationCodeWithoutRedirectUris_isInvalidRequest() {
    assertThatThrownBy(
            () ->
                oidc.registerClient(
                    r ->
                        r.clientName("x")
                            .clientType("public")
                            .grantTypes("authorization_code")
                            .issuerUrl(extension.get().startUrl())))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void registerClient_withAnotherInstancesIssuerUrl_isInvalidRequest_asTheServiceSaysIt() {
    assertThatThrownBy(
            () ->
                oidc.registerClient(
                    r ->
                        r.clientName("x")
                            .clientType("public")
                            .grantTypes("authorization_code")
                            .redirectUris("http://127.0.0.1/oauth/callback")
                            .issuerUrl("https://d-0000000000.awsapps.com/start")))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.error()).isEqualTo("invalid_request");
              assertThat(e.errorDescription()).isEqualTo("Invalid start url provided");
            });
  }

  private RegisterClientResponse registerForPkce(String redirectUri) {
    return oidc.registerClient(
        r ->
            r.clientName("sso-setup")
                .clientType("public")
                .scopes(List.of("sso:account:access"))
                .grantTypes("authorization_code", "refresh_token")
                .redirectUris(redirectUri)
                .issuerUrl(extension.get().startUrl()));
  }

  private URI authorizeUrl() {
    return loopback.authorizeUrl(
        extension.get().oidcEndpoint(), client.clientId(), state, pkce.challenge());
  }

  private String authorizeAndReceiveCode() throws Exception {
    String location = get(authorizeUrl()).headers().firstValue("Location").orElseThrow();
    get(URI.create(location));
    return loopback.await(WAIT).get("code");
  }

  private CreateTokenResponse redeem(String code, String verifier) {
    return oidc.createToken(
        r ->
            r.clientId(client.clientId())
                .clientSecret(client.clientSecret())
                .grantType("authorization_code")
                .code(code)
                .redirectUri(loopback.redirectUri())
                .codeVerifier(verifier));
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return browser.send(
        HttpRequest.newBuilder(uri).timeout(WAIT).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
