package dev.ssosetup.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses sso-setup hands to a browser: an {@code https} page, or an {@code http} page on
 * this machine's loopback address (the sandbox). A service could send anything as its sign-in page
 * ({@code file:}, {@code javascript:}, an application's own scheme, a plain-text page elsewhere,
 * {@code https://aws.amazon.com@elsewhere}), and the opener would pass it to the system's handler.
 */
final class BrowserUris {
  private BrowserUris() {}

  /** The address as a URI when a browser may open it, else empty (also for a malformed one). */
  static Optional<URI> openable(String address) {
    if (address == null) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(address);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (host == null || uri.getRawUserInfo() != null) {
      return Optional.empty();
    }
    boolean allowed = scheme.equals("https") || (scheme.equals("http") && isLoopback(host));
    return allowed ? Optional.of(uri) : Optional.empty();
  }

  /** {@code localhost}, an address of 127.0.0.0/8, or {@code [::1]}; no name is looked up. */
  static boolean isLoopback(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    if (name.equals("localhost") || name.equals("[::1]")) {
      return true;
    }
    String[] octets = name.split("\\.", -1);
    if (octets.length != 4 || !octets[0].equals("127")) {
      return false;
    }
    for (String octet : octets) {
      if (!octet.matches("[0-9]{1,3}") || Integer.parseInt(octet) > 255) {
        return false;
      }
    }
    return true;
  }
}
