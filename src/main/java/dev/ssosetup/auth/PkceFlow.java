package dev.ssosetup.auth;

import dev.ssosetup.aws.EndpointUrls;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
import dev.ssosetup.prompt.Prompter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;

/**
 * The login of an sso-session: the authorization code with PKCE (RFC 7636), the browser sent to the
 * {@code /authorize} page and back to a loopback redirect on 127.0.0.1 (docs/spec.md §4.2).
 */
final class PkceFlow {
  static final String AUTHORIZATION_CODE_GRANT = "authorization_code";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ClientRegistrar registrar;
  private final BrowserOpener browser;
  private final Messages messages;
  private final Clock clock;
  private final Duration callbackTimeout;

  PkceFlow(
      ClientRegistrar registrar,
      BrowserOpener browser,
      Messages messages,
      Clock clock,
      Duration callbackTimeout) {
    this.registrar = registrar;
    this.browser = browser;
    this.messages = messages;
    this.clock = clock;
    this.callbackTimeout = callbackTimeout;
  }

  IssuedTokens login(LoginRequest login) {
    SsoSessionRef session = login.session();
    Registration client =
        registrar.client(
            login,
            new ClientRegistrar.Purpose(
                session.scopes(),
                List.of(AUTHORIZATION_CODE_GRANT, OidcCalls.REFRESH_TOKEN_GRANT),
                true));
    String state = UUID.randomUUID().toString();
    String verifier = codeVerifier();
    Integer port = login.options().redirectPort();
    try (LoopbackServer loopback = LoopbackServer.start(port == null ? 0 : port, state, messages)) {
      URI authorize =
          authorizeUri(
              login.endpoint(),
              client.clientId(),
              loopback.redirectUri(),
              state,
              session.scopes(),
              codeChallenge(verifier));
      String code = approval(login, authorize, loopback);
      CreateTokenResponse response =
          OidcCalls.call(
              Text.of("auth.action.completeLogin", session.title()),
              () ->
                  login
                      .oidc()
                      .createToken(
                          r ->
                              r.grantType(AUTHORIZATION_CODE_GRANT)
                                  .clientId(client.clientId())
                                  .clientSecret(client.clientSecret().reveal())
                                  .code(code)
                                  .redirectUri(loopback.redirectUri())
                                  .codeVerifier(verifier)));
      return new IssuedTokens(response, client);
    }
  }

  /** Shows the page (in the browser when it may), then waits for its redirect's code. */
  private String approval(LoginRequest login, URI authorize, LoopbackServer loopback) {
    LoginScreens screens = new LoginScreens(login.prompter(), messages);
    boolean openable = BrowserUris.openable(authorize.toString()).isPresent();
    if (!openable) {
      screens.notOpened(authorize.toString());
    }
    boolean opened = !login.options().noBrowser() && openable && browser.open(authorize);
    screens.page(opened, authorize.toString());
    try (Prompter.Waiting waiting =
        login
            .prompter()
            .waiting(LoginScreens.waiting(messages), clock.instant().plus(callbackTimeout))) {
      return loopback.awaitCode(callbackTimeout);
    }
  }

  /** The {@code /authorize} page (docs/spec.md §4.2), its parameters in the AWS CLI's order. */
  static URI authorizeUri(
      String endpoint,
      String clientId,
      String redirectUri,
      String state,
      List<String> scopes,
      String challenge) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", clientId);
    query.put("redirect_uri", redirectUri);
    query.put("state", state);
    query.put("code_challenge_method", "S256");
    if (!scopes.isEmpty()) {
      query.put("scopes", String.join(" ", scopes));
    }
    query.put("code_challenge", challenge);
    StringBuilder url =
        new StringBuilder(EndpointUrls.withoutTrailingSlash(endpoint)).append("/authorize");
    char separator = '?';
    for (Map.Entry<String, String> parameter : query.entrySet()) {
      url.append(separator)
          .append(parameter.getKey())
          .append('=')
          .append(
              URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
      separator = '&';
    }
    return URI.create(url.toString());
  }

  /** RFC 7636: 64 random bytes as unpadded base64url, 86 characters. */
  static String codeVerifier() {
    byte[] bytes = new byte[64];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The S256 challenge: unpadded base64url of the verifier's SHA-256. */
  static String codeChallenge(String verifier) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK has no SHA-256", e);
    }
  }
}
