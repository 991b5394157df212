package dev.ssosetup.wizard;

/**
 * What the user passed to {@code configure}: each field is null (or false) when its flag was not
 * given, and the wizard then asks, or takes the default. Made flag by flag with {@link #builder()}.
 */
public record ConfigureOptions(
    String ssoSession,
    boolean legacy,
    String startUrl,
    String ssoRegion,
    String scopes,
    String accountId,
    String roleName,
    String region,
    String output,
    String profile,
    boolean noLogin,
    boolean dryRun,
    boolean force) {

  /** No flag given: the wizard asks everything. */
  public static ConfigureOptions none() {
    return builder().build();
  }

  /** Flags by name, each left at null (or false) unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Sets the flags one by one, by name, instead of thirteen values in a row. */
  public static final class Builder {
    private String ssoSession;
    private boolean legacy;
    private String startUrl;
    private String ssoRegion;
    private String scopes;
    private String accountId;
    private String roleName;
    private String region;
    private String output;
    private String profile;
    private boolean noLogin;
    private boolean dryRun;
    private boolean force;

    private Builder() {}

    public Builder ssoSession(String value) {
      this.ssoSession = value;
      return this;
    }

    public Builder legacy(boolean value) {
      this.legacy = value;
      return this;
    }

    public Builder startUrl(String value) {
      this.startUrl = value;
      return this;
    }

    public Builder ssoRegion(String value) {
      this.ssoRegion = value;
      return this;
    }

    public Builder scopes(String value) {
      this.scopes = value;
      return this;
    }

    public Builder accountId(String value) {
      this.accountId = value;
      return this;
    }

    public Builder roleName(String value) {
      this.roleName = value;
      return this;
    }

    public Builder region(String value) {
      this.region = value;
      return this;
    }

    public Builder output(String value) {
      this.output = value;
      return this;
    }

    public Builder profile(String value) {
      this.profile = value;
      return this;
    }

    public Builder noLogin(boolean value) {
      this.noLogin = value;
      return this;
    }

    public Builder dryRun(boolean value) {
      this.dryRun = value;
      return this;
    }

    public Builder force(boolean value) {
      this.force = value;
      return this;
    }

    public ConfigureOptions build() {
      return new ConfigureOptions(
          ssoSession,
          legacy,
          startUrl,
          ssoRegion,
          scopes,
          accountId,
          roleName,
          region,
          output,
          profile,
          noLogin,
          dryRun,
          force);
    }
  }
}
