package dev.ssosetup.sandbox;

import java.util.Map;

/**
 * The SSO portal's errors as the service sends them: an HTTP status, the exception name in {@code
 * x-amzn-ErrorType}, and a body {@code {"message": ...}}.
 */
enum PortalError {
  /** Not in the service model; the real service sends it for an account or role not assigned. */
  FORBIDDEN("ForbiddenException", 403),
  INTERNAL_SERVER("InternalServerException", 500),
  INVALID_REQUEST("InvalidRequestException", 400),
  RESOURCE_NOT_FOUND("ResourceNotFoundException", 404),
  TOO_MANY_REQUESTS("TooManyRequestsException", 429),
  UNAUTHORIZED("UnauthorizedException", 401);

  private static final String NAMESPACE =
      "http://internal.amazon.com/coral/com.amazon.switchboard.portal/";

  private final String exception;
  private final int status;

  PortalError(String exception, int status) {
    this.exception = exception;
    this.status = status;
  }

  Response response(String message) {
    return Response.restJsonError(status, exception, NAMESPACE, Map.of("message", message));
  }

  HttpFailure failure(String message) {
    return new HttpFailure(response(message));
  }
}
