package dev.ssosetup.sandbox;

/** One emulated service (or the login pages), as the router dispatches requests to it. */
interface Service {
  /** The name the request log shows: {@code sso-oidc}, {@code sso}, {@code sts}, ... */
  String name();

  /** The operation this request asks for, or null when the request is not for this service. */
  String operation(Request request);

  /** Answers the request; may throw {@link HttpFailure} to answer with an error. */
  Response handle(String operation, Request request);

  /**
   * The 500 this service answers when a failure is injected, in its own format; null for the
   * browser pages, which failure injection leaves alone.
   */
  Response internalError(Request request);

  /** The answer to a request above the throttle rate; null when this service is not throttled. */
  default Response tooManyRequests() {
    return null;
  }
}
