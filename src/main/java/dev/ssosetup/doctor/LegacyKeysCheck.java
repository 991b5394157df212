package dev.ssosetup.doctor;

import dev.ssosetup.common.Text;
import dev.ssosetup.config.ConfigKeys;
import dev.ssosetup.profiles.ProfileInfo;
import dev.ssosetup.profiles.SessionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A session profile that still carries legacy {@code sso_start_url}/{@code sso_region} keys which
 * disagree with its sso-session: the AWS CLI rejects such a profile (the Java SDK too, unless they
 * differ only in case).
 */
final class LegacyKeysCheck implements Check {
  static final String NAME = "legacy-keys";

  @Override
  public List<Finding> run(Checkup checkup) {
    List<Finding> findings = new ArrayList<>();
    for (ProfileInfo profile : checkup.profilesInScope()) {
      if (profile.form() != ProfileInfo.Form.SSO_SESSION) {
        continue;
      }
      Optional<SessionInfo> found = checkup.profiles().session(profile.ssoSession());
      if (found.isEmpty()) {
        continue;
      }
      SessionInfo session = found.get();
      List<Text> conflicts = new ArrayList<>();
      conflict(ConfigKeys.SSO_START_URL, profile.startUrl(), session.startUrl(), conflicts);
      conflict(ConfigKeys.SSO_REGION, profile.ssoRegion(), session.region(), conflicts);
      if (!conflicts.isEmpty()) {
        findings.add(
            Finding.error(
                NAME,
                Text.of(
                    "doctor.legacy.conflict",
                    profile.name(),
                    conflicts.size() == 1
                        ? conflicts.get(0)
                        : Text.of("doctor.legacy.both", conflicts.get(0), conflicts.get(1)),
                    session.name()),
                Text.of("doctor.legacy.fix", Checkup.section(profile))));
      }
    }
    return findings;
  }

  private static void conflict(
      String key, String profileValue, String sessionValue, List<Text> conflicts) {
    if (profileValue != null && sessionValue != null && !profileValue.equals(sessionValue)) {
      conflicts.add(Text.of("doctor.legacy.value", key, profileValue, sessionValue));
    }
  }
}
