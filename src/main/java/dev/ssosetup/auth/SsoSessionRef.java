package dev.ssosetup.auth;

import dev.ssosetup.common.Text;
import java.util.List;
import java.util.Objects;

/**
 * The Identity Center session a login is for: a named {@code [sso-session]}, or a legacy profile's
 * start URL ({@code name} null). Its cache key names the token cache file, as the AWS CLI does.
 */
public record SsoSessionRef(String name, String startUrl, String region, List<String> scopes) {
  public SsoSessionRef {
    Objects.requireNonNull(startUrl, "startUrl");
    Objects.requireNonNull(region, "region");
    scopes = scopes == null ? List.of() : List.copyOf(scopes);
  }

  /** A legacy profile's session: device-code login, no refresh token, keyed by start URL. */
  public boolean legacy() {
    return name == null;
  }

  /** What the token cache file name is the SHA-1 of: the session name, else the start URL. */
  public String cacheKey() {
    return legacy() ? startUrl : name;
  }

  /**
   * How messages name it, in the reader's language: {@code sso-session corp} or {@code start URL
   * https://...}.
   */
  public Text title() {
    return legacy()
        ? Text.of("auth.session.startUrl", startUrl)
        : Text.of("auth.session.named", name);
  }
}
