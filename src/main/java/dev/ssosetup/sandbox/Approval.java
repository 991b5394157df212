package dev.ssosetup.sandbox;

/** How the sandbox answers a login that waits for the user's consent in the browser. */
public enum Approval {
  /** Every device code and authorization request is approved at once, as if clicked instantly. */
  AUTO,
  /**
   * A person (or {@link Sandbox#approveInBrowser}) approves on the device page or the authorize
   * page; until then device-code polling answers {@code AuthorizationPendingException}.
   */
  DEVICE_PAGE,
  /** Every login is denied at once: device polling gets AccessDenied, PKCE gets access_denied. */
  DENY
}
