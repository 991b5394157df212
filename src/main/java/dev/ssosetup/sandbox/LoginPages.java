package dev.ssosetup.sandbox;

import dev.ssosetup.sandbox.AuthorizationCodes.Authorization;
import dev.ssosetup.sandbox.DeviceGrants.Grant;
import dev.ssosetup.sandbox.OidcClients.Client;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages a person sees in the browser: {@code /authorize} (the PKCE consent, answered with a
 * redirect to the client's loopback address) and {@code /device} (where a device code's user code
 * is approved). In {@link Approval#AUTO} and {@link Approval#DENY} mode the decision is made
 * without asking.
 */
final class LoginPages implements Service {
  static final String AUTHORIZE = "/authorize";
  static final String DEVICE = "/device";

  private final Fixture fixture;
  private final OidcClients clients;
  private final DeviceGrants deviceGrants;
  private final AuthorizationCodes authorizationCodes;
  private final Switches switches;
  private final Clock clock;

  LoginPages(
      Fixture fixture,
      OidcClients clients,
      DeviceGrants deviceGrants,
      AuthorizationCodes authorizationCodes,
      Switches switches) {
    this.fixture = fixture;
    this.clients = clients;
    this.deviceGrants = deviceGrants;
    this.authorizationCodes = authorizationCodes;
    this.switches = switches;
    this.clock = switches.clock;
  }

  @Override
  public String name() {
    return "browser";
  }

  @Override
  public String operation(Request request) {
    boolean get = request.method().equals("GET");
    boolean post = request.method().equals("POST");
    return switch (request.path()) {
      case AUTHORIZE -> get ? "AuthorizePage" : post ? "AuthorizeDecision" : null;
      case DEVICE, DEVICE + "/" -> get ? "DevicePage" : post ? "DeviceDecision" : null;
      default -> null;
    };
  }

  @Override
  public Response handle(String operation, Request request) {
    return switch (operation) {
      case "AuthorizePage" -> authorize(request);
      case "AuthorizeDecision" -> authorizeDecision(request.form());
      case "DevicePage" -> devicePage(request.queryParameter("user_code"));
      default -> deviceDecision(request.form());
    };
  }

  @Override
  public Response internalError(Request request) {
    return null;
  }

  private Response authorize(Request request) {
    Client client = clients.find(request.queryParameter("client_id"));
    if (client == null) {
      return page(400, "Sign-in failed", "<p>The client_id is not a registered client.</p>")
          .errorType("invalid_client");
    }
    String redirectUri = request.queryParameter("redirect_uri");
    if (!isLoopbackRedirect(redirectUri, client)) {
      // Never redirect to an address the client did not register: show the error instead.
      return page(
              400,
              "Sign-in failed",
              "<p>The redirect_uri "
                  + Xml.escape(String.valueOf(redirectUri))
                  + " is not registered for this client.</p>")
          .errorType("invalid_redirect_uri");
    }
    String state = request.queryParameter("state");
    if (!client.allows(OidcClients.AUTHORIZATION_CODE)) {
      return redirectError(redirectUri, state, "unauthorized_client", "Not registered for PKCE.");
    }
    if (!"code".equals(request.queryParameter("response_type"))) {
      return redirectError(
          redirectUri, state, "unsupported_response_type", "response_type must be code.");
    }
    String challenge = request.queryParameter("code_challenge");
    if (challenge == null
        || challenge.isEmpty()
        || !"S256".equals(request.queryParameter("code_challenge_method"))) {
      return redirectError(
          redirectUri, state, "invalid_request", "A code_challenge with method S256 is required.");
    }
    String scopes = request.queryParameter("scopes");
    Authorization authorization =
        new Authorization(
            client.id(),
            redirectUri,
            state,
            challenge,
            scopes == null || scopes.isBlank() ? List.of() : List.of(scopes.trim().split("\\s+")),
            clock.instant());
    return switch (switches.approval()) {
      case AUTO -> approved(authorization);
      case DENY -> denied(authorization);
      case DEVICE_PAGE -> consentPage(client, authorization);
    };
  }

  private Response consentPage(Client client, Authorization authorization) {
    String id = authorizationCodes.hold(authorization);
    return page(
        200,
        "Allow " + client.name() + " to access your data?",
        "<p>"
            + Xml.escape(client.name())
            + " asks to sign in as <b>"
            + Xml.escape(switches.signedInUser())
            + "</b> to "
            + Xml.escape(fixture.startUrl())
            + ", with the scopes "
            + Xml.escape(String.join(" ", authorization.scopes()))
            + ".</p>"
            + decisionForm(AUTHORIZE, "request", id));
  }

  private Response authorizeDecision(Map<String, String> form) {
    Authorization authorization = authorizationCodes.take(form.get("request"));
    if (authorization == null) {
      return page(
              400,
              "Sign-in request expired",
              "<p>This sign-in request is unknown or was already answered. Start the login again"
                  + " in your terminal.</p>")
          .errorType("invalid_request");
    }
    return "approve".equals(form.get("decision")) ? approved(authorization) : denied(authorization);
  }

  private Response approved(Authorization authorization) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("code", authorizationCodes.issue(authorization));
    if (authorization.state() != null) {
      parameters.put("state", authorization.state());
    }
    return Response.redirect(withQuery(authorization.redirectUri(), parameters));
  }

  private Response denied(Authorization authorization) {
    return redirectError(
        authorization.redirectUri(),
        authorization.state(),
        "access_denied",
        "The user denied the request.");
  }

  private Response devicePage(String userCode) {
    if (userCode == null || userCode.isBlank()) {
      return page(
          200,
          "Authorize request",
          "<p>Enter the code shown in your terminal.</p>"
              + "<form method=\"get\" action=\""
              + DEVICE
              + "\"><input name=\"user_code\" autofocus>"
              + " <button type=\"submit\">Next</button></form>");
    }
    Grant grant = deviceGrants.byUserCode(userCode);
    if (grant == null || !clock.instant().isBefore(grant.expiresAt)) {
      return page(
              404,
              "Unknown code",
              "<p>The code " + Xml.escape(userCode) + " is unknown or has expired.</p>")
          .errorType("invalid_user_code");
    }
    return switch (grant.state()) {
      case PENDING ->
          page(
              200,
              "Authorize request",
              "<p>Code <b>"
                  + Xml.escape(grant.userCode)
                  + "</b>: allow the AWS CLI or SDK to sign in as <b>"
                  + Xml.escape(switches.signedInUser())
                  + "</b> to "
                  + Xml.escape(fixture.startUrl())
                  + "?</p>"
                  + decisionForm(DEVICE, "user_code", grant.userCode));
      case DENIED -> page(200, "Request denied", "<p>This request was denied.</p>");
      default ->
          page(
              200,
              "Request approved",
              "<p>This request is approved. You can close this window and return to the"
                  + " terminal.</p>");
    };
  }

  private Response deviceDecision(Map<String, String> form) {
    Grant grant = deviceGrants.byUserCode(form.get("user_code"));
    if (grant == null) {
      return devicePage(form.get("user_code"));
    }
    grant.decide("approve".equals(form.get("decision")));
    return devicePage(grant.userCode);
  }

  private static Response redirectError(
      String redirectUri, String state, String error, String description) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("error", error);
    parameters.put("error_description", description);
    if (state != null) {
      parameters.put("state", state);
    }
    return Response.redirect(withQuery(redirectUri, parameters)).errorType(error);
  }

  private static String withQuery(String uri, Map<String, String> parameters) {
    return uri + (uri.contains("?") ? "&" : "?") + UrlCodec.query(parameters);
  }

  /** A redirect the client registered (any port) that stays on this machine's loopback. */
  private static boolean isLoopbackRedirect(String redirectUri, Client client) {
    if (redirectUri == null) {
      return false;
    }
    try {
      URI uri = new URI(redirectUri);
      String host = uri.getHost();
      return "http".equals(uri.getScheme())
          && ("127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host))
          && client.acceptsRedirect(uri);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String decisionForm(String action, String field, String value) {
    return "<form method=\"post\" action=\""
        + action
        + "\"><input type=\"hidden\" name=\""
        + field
        + "\" value=\""
        + Xml.escape(value)
        + "\"><button type=\"submit\" name=\"decision\" value=\"approve\">Approve</button> "
        + "<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button></form>";
  }

  private static Response page(int status, String title, String bodyHtml) {
    return Response.html(
            status,
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + Xml.escape(title)
                + " - sso-setup sandbox</title><style>body{font-family:sans-serif;max-width:40em;"
                + "margin:3em auto;padding:0 1em}button{font-size:1.1em;margin-right:.5em}"
                + "</style></head><body><h1>"
                + Xml.escape(title)
                + "</h1>"
                + bodyHtml
                + "<p><small>sso-setup sandbox: a local IAM Identity Center emulator.</small></p>"
                + "</body></html>")
        .header("Cache-Control", "no-store");
  }
}
