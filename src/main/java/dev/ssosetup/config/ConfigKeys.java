package dev.ssosetup.config;

import software.amazon.awssdk.profiles.ProfileProperty;

/**
 * The names of the config keys sso-setup reads and writes, each defined once: the AWS SDK's own
 * {@link ProfileProperty} names where it has them, ours for the keys the SDK for Java does not name
 * (the AWS CLI's {@code output}, the {@code sso_session} reference and the session's scopes).
 */
public final class ConfigKeys {
  /** In a profile: the {@code [sso-session]} it logs in with. */
  public static final String SSO_SESSION = "sso_session";

  /** In a session (or, legacy, a profile): the AWS access portal URL. */
  public static final String SSO_START_URL = ProfileProperty.SSO_START_URL;

  /** In a session (or, legacy, a profile): the region IAM Identity Center runs in. */
  public static final String SSO_REGION = ProfileProperty.SSO_REGION;

  /** In a session: the OAuth scopes its client registers for. */
  public static final String SSO_REGISTRATION_SCOPES = "sso_registration_scopes";

  public static final String SSO_ACCOUNT_ID = ProfileProperty.SSO_ACCOUNT_ID;

  public static final String SSO_ROLE_NAME = ProfileProperty.SSO_ROLE_NAME;

  /** The region of the profile's AWS calls. */
  public static final String REGION = ProfileProperty.REGION;

  /** The AWS CLI's output format. */
  public static final String OUTPUT = "output";

  private ConfigKeys() {}
}
