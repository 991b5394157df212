package dev.ssosetup.verify;

import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.config.ConfigKeys;
import dev.ssosetup.profiles.ProfileInfo;
import dev.ssosetup.profiles.SsoProfiles;

/**
 * Whether a profile is set up for IAM Identity Center at all, before any file or network is read:
 * an SSO profile, its sso-session block present and complete, an account and a role named.
 */
final class ProfileSetupCheck {
  /** The session a profile logs in with, or why it has none. */
  record Outcome(SsoSessionRef session, Failure failure) {}

  private final SsoProfiles profiles;

  ProfileSetupCheck(SsoProfiles profiles) {
    this.profiles = profiles;
  }

  Outcome check(ProfileInfo profile) {
    SsoSessionRef session;
    try {
      session = profiles.sessionRef(profile);
    } catch (UserFacingException e) {
      // SsoProfiles words these for login (exit 2); for verify they are failed checks.
      Failure.Kind kind =
          switch (profile.form()) {
            case OTHER -> Failure.Kind.NOT_SSO;
            case SSO_SESSION ->
                profiles.session(profile.ssoSession()).isPresent()
                    ? Failure.Kind.INCOMPLETE_PROFILE
                    : Failure.Kind.SESSION_MISSING;
            case LEGACY_SSO -> Failure.Kind.INCOMPLETE_PROFILE;
          };
      return new Outcome(null, Failure.of(kind, summary(kind, profile), e.text(), e.hintText()));
    }
    String missing =
        profile.accountId() == null
            ? ConfigKeys.SSO_ACCOUNT_ID
            : profile.roleName() == null ? ConfigKeys.SSO_ROLE_NAME : null;
    if (missing != null) {
      return new Outcome(
          null,
          Failure.of(
              Failure.Kind.INCOMPLETE_PROFILE,
              Text.of("verify.incomplete.summaryKey", missing),
              Text.of("verify.incomplete.lacks", profile.name(), missing),
              Failure.run("sso-setup configure --profile " + profile.name())));
    }
    return new Outcome(session, null);
  }

  private static Text summary(Failure.Kind kind, ProfileInfo profile) {
    return switch (kind) {
      case NOT_SSO -> Text.of("verify.notSso.summary");
      case SESSION_MISSING -> Text.of("verify.sessionMissing.summary", profile.ssoSession());
      default -> Text.of("verify.incomplete.summary");
    };
  }
}
