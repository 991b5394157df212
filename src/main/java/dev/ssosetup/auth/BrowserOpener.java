package dev.ssosetup.auth;

import java.net.URI;

/** Opens a login page in the user's browser; tests replace it with one that approves the login. */
public interface BrowserOpener {
  /** Starts opening the page without waiting for the browser; false when none could be started. */
  boolean open(URI uri);

  /**
   * Whether a browser can be opened on this machine at all; when not, a login uses the device-code
   * flow, whose code can be entered on another device.
   */
  default boolean available() {
    return true;
  }
}
