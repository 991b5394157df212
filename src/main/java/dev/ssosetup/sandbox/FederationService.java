package dev.ssosetup.sandbox;

import dev.ssosetup.common.Json;
import dev.ssosetup.sandbox.CredentialStore.RoleCredential;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The AWS sign-in federation endpoint ({@code /federation}) that turns a role session into a
 * console sign-in: {@code Action=getSigninToken} takes the session as JSON ({@code sessionId},
 * {@code sessionKey}, {@code sessionToken}) and answers {@code {"SigninToken": ...}}, only for role
 * credentials the portal issued and that have not expired; {@code Action=login} takes that token
 * (valid for 15 minutes), an {@code Issuer} and an https {@code Destination}, and instead of the
 * real console shows a page naming the role and where the console would open. Parameters come in
 * the query string or, for a POST, a form body.
 */
final class FederationService implements Service {
  static final String PATH = "/federation";

  /** How long a sign-in token can be used, as the service documents it. */
  static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);

  private static final long MIN_SESSION_SECONDS = 900;
  private static final long MAX_SESSION_SECONDS = 43_200;

  private final CredentialStore credentials;
  private final Secrets secrets;
  private final Clock clock;
  private final Map<String, Grant> tokens = new ConcurrentHashMap<>();

  FederationService(CredentialStore credentials, Secrets secrets, Clock clock) {
    this.credentials = credentials;
    this.secrets = secrets;
    this.clock = clock;
  }

  /** A sign-in token: whose session it stands for, and until when it can be used. */
  private record Grant(RoleCredential credential, Instant expires) {}

  @Override
  public String name() {
    return "signin";
  }

  @Override
  public String operation(Request request) {
    if (!request.path().equals(PATH)
        || !(request.method().equals("GET") || request.method().equals("POST"))) {
      return null;
    }
    String action = parameters(request).get("Action");
    if ("getSigninToken".equals(action)) {
      return "GetSigninToken";
    }
    return "login".equals(action) ? "Login" : "(unknown Action)";
  }

  @Override
  public Response handle(String operation, Request request) {
    Map<String, String> parameters = parameters(request);
    return switch (operation) {
      case "GetSigninToken" -> signinToken(parameters);
      case "Login" -> login(parameters);
      default -> throw failure("UnknownAction", "Action must be getSigninToken or login.");
    };
  }

  @Override
  public Response internalError(Request request) {
    return Response.html(500, "<p>Internal error (injected failure).</p>")
        .errorType("InternalError");
  }

  private Response signinToken(Map<String, String> parameters) {
    String duration = parameters.get("SessionDuration");
    if (duration != null && !validDuration(duration)) {
      throw failure(
          "InvalidSessionDuration",
          "SessionDuration must be " + MIN_SESSION_SECONDS + " to " + MAX_SESSION_SECONDS + ".");
    }
    RoleCredential credential = session(parameters.get("Session"));
    Instant now = clock.instant();
    tokens.values().removeIf(grant -> !now.isBefore(grant.expires()));
    String token = secrets.signinToken();
    tokens.put(token, new Grant(credential, now.plus(TOKEN_LIFETIME)));
    return Response.json(200, Map.of("SigninToken", token)).header("Cache-Control", "no-store");
  }

  /** The role credential a {@code Session} parameter names, or a 400 saying what is wrong. */
  private RoleCredential session(String json) {
    if (json == null || json.isEmpty()) {
      throw failure("MissingSession", "The Session parameter is required.");
    }
    Map<String, Object> session;
    try {
      session = Json.parseObject(json);
    } catch (IllegalArgumentException e) {
      throw failure("InvalidSession", "Session must be a JSON object.");
    }
    RoleCredential credential =
        credentials.session(
            string(session, "sessionId"),
            string(session, "sessionKey"),
            string(session, "sessionToken"));
    if (credential == null) {
      throw failure("InvalidSession", "The session is not valid.");
    }
    if (credentials.expired(credential)) {
      throw failure("ExpiredSession", "The session has expired.");
    }
    return credential;
  }

  private Response login(Map<String, String> parameters) {
    String token = parameters.get("SigninToken");
    Grant grant = token == null ? null : tokens.get(token);
    if (grant == null || !clock.instant().isBefore(grant.expires())) {
      throw failure("InvalidSigninToken", "The sign-in token is not valid or has expired.");
    }
    String issuer = parameters.get("Issuer");
    if (issuer == null || issuer.isEmpty()) {
      throw failure("MissingIssuer", "The Issuer parameter is required.");
    }
    String destination = parameters.get("Destination");
    if (!httpsUrl(destination)) {
      throw failure("InvalidDestination", "Destination must be an https URL.");
    }
    RoleCredential credential = grant.credential();
    return Response.html(
            200,
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>AWS console"
                + " - sso-setup sandbox</title></head><body><h1>Signed in to the AWS console</h1>"
                + "<p>Role: <code>"
                + Xml.escape(credential.arn())
                + "</code></p><p>Account: <code>"
                + Xml.escape(credential.accountId())
                + "</code></p><p>The real console would open <code>"
                + Xml.escape(destination)
                + "</code>.</p><p><small>sso-setup sandbox: a local IAM Identity Center"
                + " emulator.</small></p></body></html>")
        .header("Cache-Control", "no-store");
  }

  private static boolean validDuration(String text) {
    try {
      long seconds = Long.parseLong(text);
      return seconds >= MIN_SESSION_SECONDS && seconds <= MAX_SESSION_SECONDS;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean httpsUrl(String text) {
    if (text == null) {
      return false;
    }
    try {
      URI uri = new URI(text);
      return "https".equals(uri.getScheme()) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String string(Map<String, Object> json, String key) {
    return json.get(key) instanceof String value ? value : null;
  }

  /** The parameters: the form body of a POST, else the query string. */
  private static Map<String, String> parameters(Request request) {
    return request.method().equals("POST")
        ? request.form()
        : UrlCodec.parameters(request.rawQuery(), true);
  }

  private static HttpFailure failure(String error, String message) {
    return new HttpFailure(
        Response.html(400, "<p>" + Xml.escape(message) + "</p>")
            .header("Cache-Control", "no-store")
            .errorType(error));
  }
}
