package dev.ssosetup.doctor;

import dev.ssosetup.common.Text;
import dev.ssosetup.config.ConfigKeys;
import dev.ssosetup.profiles.ProfileInfo;
import dev.ssosetup.profiles.SessionInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether each SSO profile can find its Identity Center: the sso-session it names exists and has
 * {@code sso_start_url} and {@code sso_region}; a legacy profile has both itself.
 */
final class SessionReferenceCheck implements Check {
  static final String NAME = "sso-session";

  @Override
  public List<Finding> run(Checkup checkup) {
    List<Finding> findings = new ArrayList<>();
    for (ProfileInfo profile : checkup.profilesInScope()) {
      if (profile.form() == ProfileInfo.Form.SSO_SESSION
          && checkup.profiles().session(profile.ssoSession()).isEmpty()) {
        findings.add(
            Finding.error(
                NAME,
                Text.of(
                    "doctor.session.unknown", profile.name(), profile.ssoSession(), checkup.file()),
                Finding.command(
                    "sso-setup configure sso-session --sso-session " + profile.ssoSession())));
      }
      if (profile.form() == ProfileInfo.Form.LEGACY_SSO) {
        Object missing = missing(profile.startUrl(), profile.ssoRegion());
        if (missing != null) {
          findings.add(
              Finding.error(
                  NAME,
                  Finding.profileLacks(profile.name(), missing),
                  Finding.command("sso-setup configure --profile " + profile.name())));
        }
      }
    }
    for (SessionInfo session : checkup.sessionsInScope()) {
      Object missing = missing(session.startUrl(), session.region());
      if (missing != null) {
        findings.add(
            Finding.error(
                NAME,
                Text.of("doctor.session.lacks", session.name(), missing),
                Finding.command(
                    "sso-setup configure sso-session --sso-session " + session.name())));
      }
    }
    return findings;
  }

  /** The keys missing: a key's name, a sentence naming both, or null. */
  private static Object missing(String startUrl, String region) {
    if (startUrl == null && region == null) {
      return Text.of("doctor.session.bothKeys");
    }
    return startUrl == null
        ? ConfigKeys.SSO_START_URL
        : region == null ? ConfigKeys.SSO_REGION : null;
  }
}
