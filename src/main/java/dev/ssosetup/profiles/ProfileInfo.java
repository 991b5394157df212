package dev.ssosetup.profiles;

/**
 * One profile of the config file as the SDKs read it, reduced to what sso-setup shows and checks.
 * Fields the profile does not set are null.
 */
public record ProfileInfo(
    String name,
    Form form,
    String ssoSession,
    String startUrl,
    String ssoRegion,
    String accountId,
    String roleName,
    String region,
    String output) {

  /** How a profile gets its credentials, as far as sso-setup is concerned. */
  public enum Form {
    /** {@code sso_session} names an {@code [sso-session]} block. */
    SSO_SESSION("sso-session"),
    /** {@code sso_start_url} and {@code sso_region} on the profile itself. */
    LEGACY_SSO("legacy"),
    /** Anything else: keys, assume-role, credential_process, ... */
    OTHER("other");

    private final String label;

    Form(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public boolean isSso() {
    return form != Form.OTHER;
  }
}
