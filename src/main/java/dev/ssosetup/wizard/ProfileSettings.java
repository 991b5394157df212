package dev.ssosetup.wizard;

/**
 * The settings configure writes: a profile in session form ({@code ssoSession} set) or legacy form
 * ({@code ssoSession} null). {@code region}, {@code output} and {@code scopes} may be null: that
 * key is then not written (an existing one is left as it is).
 */
public record ProfileSettings(
    String profile,
    String ssoSession,
    String startUrl,
    String ssoRegion,
    String scopes,
    String accountId,
    String roleName,
    String region,
    String output) {

  public boolean legacy() {
    return ssoSession == null;
  }
}
