package dev.ssosetup.sandbox;

import dev.ssosetup.common.Json;
import dev.ssosetup.common.Json.JsonException;
import dev.ssosetup.sandbox.AuthorizationCodes.Authorization;
import dev.ssosetup.sandbox.DeviceGrants.Grant;
import dev.ssosetup.sandbox.OidcClients.Client;
import dev.ssosetup.sandbox.Sessions.Tokens;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The SSO-OIDC API (rest-json): RegisterClient, StartDeviceAuthorization and CreateToken with the
 * device code, authorization code (PKCE, S256) and refresh token grants.
 */
final class OidcService implements Service {
  private static final Set<String> GRANT_TYPES =
      Set.of(OidcClients.DEVICE_CODE, OidcClients.AUTHORIZATION_CODE, OidcClients.REFRESH_TOKEN);
  // RFC 7636 section 4.1: 43 to 128 unreserved characters.
  private static final Pattern CODE_VERIFIER = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");
  private static final Pattern SCOPE = Pattern.compile("[\\x21-\\x7e]+");

  private final Fixture fixture;
  private final OidcClients clients;
  private final DeviceGrants deviceGrants;
  private final AuthorizationCodes authorizationCodes;
  private final Sessions sessions;
  private final Supplier<URI> endpoint;
  private final Supplier<String> signedInUser;
  private final Clock clock;

  OidcService(
      Fixture fixture,
      OidcClients clients,
      DeviceGrants deviceGrants,
      AuthorizationCodes authorizationCodes,
      Sessions sessions,
      Supplier<URI> endpoint,
      Supplier<String> signedInUser,
      Clock clock) {
    this.fixture = fixture;
    this.clients = clients;
    this.deviceGrants = deviceGrants;
    this.authorizationCodes = authorizationCodes;
    this.sessions = sessions;
    this.endpoint = endpoint;
    this.signedInUser = signedInUser;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "sso-oidc";
  }

  @Override
  public String operation(Request request) {
    if (!request.method().equals("POST")) {
      return null;
    }
    return switch (request.path()) {
      case "/client/register" -> "RegisterClient";
      case "/device_authorization" -> "StartDeviceAuthorization";
      case "/token" ->
          request.queryParameter("aws_iam") == null ? "CreateToken" : "CreateTokenWithIAM";
      default -> null;
    };
  }

  @Override
  public Response handle(String operation, Request request) {
    Map<String, Object> body = body(request);
    return switch (operation) {
      case "RegisterClient" -> registerClient(body);
      case "StartDeviceAuthorization" -> startDeviceAuthorization(body);
      case "CreateToken" -> createToken(body);
      default ->
          throw OidcError.INVALID_REQUEST.failure(operation + " is not supported by the sandbox.");
    };
  }

  @Override
  public Response internalError(Request request) {
    return OidcError.INTERNAL_SERVER.response("An unexpected error occurred (injected failure).");
  }

  private Response registerClient(Map<String, Object> body) {
    String name = requiredString(body, "clientName");
    String type = requiredString(body, "clientType");
    if (!type.equals("public")) {
      throw OidcError.INVALID_CLIENT_METADATA.failure("Invalid client type: " + type);
    }
    List<String> scopes = strings(body, "scopes");
    for (String scope : scopes) {
      if (!SCOPE.matcher(scope).matches()) {
        throw OidcError.INVALID_SCOPE.failure("Invalid scope: " + scope);
      }
    }
    List<String> grantTypes = strings(body, "grantTypes");
    for (String grantType : grantTypes) {
      if (!GRANT_TYPES.contains(grantType)) {
        throw OidcError.UNSUPPORTED_GRANT_TYPE.failure("Unsupported grant type: " + grantType);
      }
    }
    List<String> redirectUris = strings(body, "redirectUris");
    for (String redirectUri : redirectUris) {
      if (!isHttpUri(redirectUri)) {
        throw OidcError.INVALID_REDIRECT_URI.failure("Invalid redirect URI: " + redirectUri);
      }
    }
    if (grantTypes.contains(OidcClients.AUTHORIZATION_CODE) && redirectUris.isEmpty()) {
      throw OidcError.INVALID_REQUEST.failure(
          "redirectUris is required for the authorization_code grant.");
    }
    String issuerUrl = optionalString(body, "issuerUrl");
    if (issuerUrl != null && !sameStartUrl(issuerUrl)) {
      throw unknownStartUrl();
    }
    Client client = clients.register(name, type, scopes, grantTypes, redirectUris, issuerUrl);
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("clientId", client.id());
    response.put("clientSecret", client.secret().reveal());
    response.put("clientIdIssuedAt", client.issuedAt().getEpochSecond());
    response.put("clientSecretExpiresAt", client.expiresAt().getEpochSecond());
    return Response.json(200, response);
  }

  private Response startDeviceAuthorization(Map<String, Object> body) {
    Client client = authenticate(body);
    String startUrl = requiredString(body, "startUrl");
    if (!client.allows(OidcClients.DEVICE_CODE)) {
      throw OidcError.UNAUTHORIZED_CLIENT.failure("This client may not use the device code grant.");
    }
    if (!sameStartUrl(startUrl)) {
      throw unknownStartUrl();
    }
    Grant grant = deviceGrants.start(client.id());
    String verificationUri = endpoint.get() + "/device";
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("deviceCode", grant.deviceCode);
    response.put("userCode", grant.userCode);
    response.put("verificationUri", verificationUri);
    response.put("verificationUriComplete", verificationUri + "?user_code=" + grant.userCode);
    response.put("expiresIn", DeviceGrants.LIFETIME.toSeconds());
    response.put("interval", DeviceGrants.INTERVAL.toSeconds());
    return Response.json(200, response);
  }

  private Response createToken(Map<String, Object> body) {
    Client client = authenticate(body);
    String grantType = requiredString(body, "grantType");
    if (!GRANT_TYPES.contains(grantType)) {
      throw OidcError.UNSUPPORTED_GRANT_TYPE.failure("Unsupported grant type: " + grantType);
    }
    if (!client.allows(grantType)) {
      throw OidcError.UNAUTHORIZED_CLIENT.failure(
          "This client is not registered for the grant type " + grantType + ".");
    }
    Tokens tokens =
        switch (grantType) {
          case OidcClients.DEVICE_CODE -> deviceCodeGrant(client, body);
          case OidcClients.AUTHORIZATION_CODE -> authorizationCodeGrant(client, body);
          default -> refreshTokenGrant(client, body);
        };
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("accessToken", tokens.accessToken().reveal());
    response.put("tokenType", "Bearer");
    response.put("expiresIn", tokens.expiresInSeconds());
    if (tokens.refreshToken() != null) {
      response.put("refreshToken", tokens.refreshToken().reveal());
    }
    return Response.json(200, response);
  }

  private Tokens deviceCodeGrant(Client client, Map<String, Object> body) {
    Grant grant = deviceGrants.byDeviceCode(requiredString(body, "deviceCode"));
    if (grant == null || !grant.clientId.equals(client.id())) {
      throw OidcError.INVALID_GRANT.failure("Invalid device code provided");
    }
    return switch (grant.poll(clock.instant())) {
      case PENDING ->
          throw OidcError.AUTHORIZATION_PENDING.failure("Authorization is still pending");
      case SLOW_DOWN -> throw OidcError.SLOW_DOWN.failure("Client is polling too fast");
      case EXPIRED -> throw OidcError.EXPIRED_TOKEN.failure("Device code has expired");
      case DENIED -> throw OidcError.ACCESS_DENIED.failure("The user denied the authorization");
      case REDEEMED -> throw OidcError.INVALID_GRANT.failure("Device code has already been used");
      case APPROVED -> sessions.start(signedInUser.get(), client.id(), client.mayRefresh());
    };
  }

  private Tokens authorizationCodeGrant(Client client, Map<String, Object> body) {
    String code = requiredString(body, "code");
    String redirectUri = requiredString(body, "redirectUri");
    String verifier = requiredString(body, "codeVerifier");
    if (!CODE_VERIFIER.matcher(verifier).matches()) {
      throw OidcError.INVALID_REQUEST.failure(
          "codeVerifier must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~");
    }
    Authorization authorization = authorizationCodes.redeem(code);
    if (authorization == null || !authorization.clientId().equals(client.id())) {
      throw OidcError.INVALID_GRANT.failure("Invalid authorization code provided");
    }
    if (!authorization.redirectUri().equals(redirectUri)) {
      throw OidcError.INVALID_GRANT.failure(
          "The redirect URI does not match the one of the authorization request");
    }
    if (!Crypto.constantTimeEquals(s256(verifier), authorization.codeChallenge())) {
      throw OidcError.INVALID_GRANT.failure("The code verifier does not match the code challenge");
    }
    return sessions.start(signedInUser.get(), client.id(), client.mayRefresh());
  }

  private Tokens refreshTokenGrant(Client client, Map<String, Object> body) {
    Tokens tokens = sessions.refresh(requiredString(body, "refreshToken"), client.id());
    if (tokens == null) {
      throw OidcError.INVALID_GRANT.failure("Invalid refresh token provided");
    }
    return tokens;
  }

  /** The registered client the request names, checked against its secret and expiry. */
  private Client authenticate(Map<String, Object> body) {
    String clientId = requiredString(body, "clientId");
    String clientSecret = requiredString(body, "clientSecret");
    Client client = clients.find(clientId);
    if (client == null || !client.secret().matches(clientSecret)) {
      throw OidcError.INVALID_CLIENT.failure("Invalid client provided");
    }
    if (!clock.instant().isBefore(client.expiresAt())) {
      throw OidcError.INVALID_CLIENT.failure("The client registration has expired");
    }
    return client;
  }

  /**
   * What the service answers for a start URL of no instance in its region, in RegisterClient's
   * issuer URL and StartDeviceAuthorization alike: an InvalidRequestException that names neither
   * the URL nor the instance. A wrong region reads the same there (the instance is not in it); the
   * sandbox serves every region at one endpoint, so only the start URL can be wrong here.
   */
  private static HttpFailure unknownStartUrl() {
    return OidcError.INVALID_REQUEST.failure("Invalid start url provided");
  }

  /** The PKCE S256 transform: base64url(sha256(verifier)) without padding. */
  static String s256(String verifier) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(Crypto.sha256(verifier.getBytes(StandardCharsets.US_ASCII)));
  }

  /** Start URLs compare without a trailing slash or fragment ({@code .../start/#/} is common). */
  boolean sameStartUrl(String url) {
    return normalizeStartUrl(url).equals(normalizeStartUrl(fixture.startUrl()));
  }

  private static String normalizeStartUrl(String url) {
    String result = url.strip();
    int hash = result.indexOf('#');
    if (hash >= 0) {
      result = result.substring(0, hash);
    }
    while (result.endsWith("/")) {
      result = result.substring(0, result.length() - 1);
    }
    return result.toLowerCase(Locale.ROOT);
  }

  private static boolean isHttpUri(String value) {
    try {
      URI uri = new URI(value);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static Map<String, Object> body(Request request) {
    String text = request.bodyText();
    if (text.isBlank()) {
      return Map.of();
    }
    try {
      return Json.parseObject(text);
    } catch (JsonException e) {
      throw OidcError.INVALID_REQUEST.failure("The request body is not valid JSON.");
    }
  }

  private static String requiredString(Map<String, Object> body, String name) {
    String value = optionalString(body, name);
    if (value == null || value.isEmpty()) {
      throw OidcError.INVALID_REQUEST.failure(name + " is required");
    }
    return value;
  }

  private static String optionalString(Map<String, Object> body, String name) {
    Object value = body.get(name);
    if (value != null && !(value instanceof String)) {
      throw OidcError.INVALID_REQUEST.failure(name + " must be a string");
    }
    return (String) value;
  }

  private static List<String> strings(Map<String, Object> body, String name) {
    Object value = body.get(name);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw OidcError.INVALID_REQUEST.failure(name + " must be a list of strings");
    }
    List<String> result = new ArrayList<>(list.size());
    for (Object item : list) {
      if (!(item instanceof String text)) {
        throw OidcError.INVALID_REQUEST.failure(name + " must be a list of strings");
      }
      result.add(text);
    }
    return result;
  }
}
