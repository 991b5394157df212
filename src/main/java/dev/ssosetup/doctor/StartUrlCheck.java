package dev.ssosetup.doctor;

import dev.ssosetup.common.Text;
import dev.ssosetup.config.ValueChecks;
import dev.ssosetup.profiles.ProfileInfo;
import dev.ssosetup.profiles.SessionInfo;
import java.util.ArrayList;
import java.util.List;

/** Every start URL is an {@code https://} URL with a valid host, as the portal requires. */
final class StartUrlCheck implements Check {
  static final String NAME = "start-url";

  @Override
  public List<Finding> run(Checkup checkup) {
    List<Finding> findings = new ArrayList<>();
    for (ProfileInfo profile : checkup.profilesInScope()) {
      if (profile.form() == ProfileInfo.Form.LEGACY_SSO) {
        check(profile.startUrl(), Checkup.section(profile), findings);
      }
    }
    for (SessionInfo session : checkup.sessionsInScope()) {
      check(session.startUrl(), Checkup.section(session), findings);
    }
    return findings;
  }

  private static void check(String startUrl, String section, List<Finding> findings) {
    if (startUrl == null) {
      return;
    }
    Text problem = ValueChecks.startUrlProblem(startUrl);
    if (problem != null) {
      findings.add(
          Finding.error(
              NAME,
              Text.of("doctor.badValue", "sso_start_url", section, problem),
              Text.of("doctor.startUrl.fix", section)));
    }
  }
}
