package dev.ssosetup.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SSO-OIDC errors as the service sends them: an HTTP status, the exception name in {@code
 * x-amzn-ErrorType}, and a body with the OAuth {@code error} code and an {@code error_description}.
 */
enum OidcError {
  ACCESS_DENIED("AccessDeniedException", 400, "access_denied"),
  AUTHORIZATION_PENDING("AuthorizationPendingException", 400, "authorization_pending"),
  EXPIRED_TOKEN("ExpiredTokenException", 400, "expired_token"),
  INTERNAL_SERVER("InternalServerException", 500, "server_error"),
  INVALID_CLIENT("InvalidClientException", 401, "invalid_client"),
  INVALID_CLIENT_METADATA("InvalidClientMetadataException", 400, "invalid_client_metadata"),
  INVALID_GRANT("InvalidGrantException", 400, "invalid_grant"),
  INVALID_REDIRECT_URI("InvalidRedirectUriException", 400, "invalid_redirect_uri"),
  INVALID_REQUEST("InvalidRequestException", 400, "invalid_request"),
  INVALID_SCOPE("InvalidScopeException", 400, "invalid_scope"),
  SLOW_DOWN("SlowDownException", 400, "slow_down"),
  UNAUTHORIZED_CLIENT("UnauthorizedClientException", 400, "unauthorized_client"),
  UNSUPPORTED_GRANT_TYPE("UnsupportedGrantTypeException", 400, "unsupported_grant_type");

  private static final String NAMESPACE = "http://internal.amazon.com/coral/com.amazonaws.ssooidc/";

  private final String exception;
  private final int status;
  private final String error;

  OidcError(String exception, int status, String error) {
    this.exception = exception;
    this.status = status;
    this.error = error;
  }

  Response response(String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", description);
    return Response.restJsonError(status, exception, NAMESPACE, body);
  }

  HttpFailure failure(String description) {
    return new HttpFailure(response(description));
  }
}
