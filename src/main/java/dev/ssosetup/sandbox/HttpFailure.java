package dev.ssosetup.sandbox;

/**
 * Ends the handling of a request early with a prepared error response, so that validation deep
 * inside a service can answer in that service's own error format.
 */
final class HttpFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Response response;

  HttpFailure(Response response) {
    super(response.errorType(), null, false, false);
    this.response = response;
  }

  Response response() {
    return response;
  }
}
