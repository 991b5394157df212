package dev.ssosetup.doctor;

import dev.ssosetup.profiles.ProfileInfo;
import dev.ssosetup.profiles.SessionInfo;
import dev.ssosetup.wizard.Inputs;
import java.util.ArrayList;
import java.util.List;

/**
 * Every {@code region} and {@code sso_region} is an AWS region: not one at all is an error (every
 * call fails), one this SDK does not know is a warning (it may be new, or a typo).
 */
final class RegionCheck implements Check {
  static final String NAME = "region";

  @Override
  public List<Finding> run(Checkup checkup) {
    List<Finding> findings = new ArrayList<>();
    for (ProfileInfo profile : checkup.profilesInScope()) {
      check("region", profile.region(), Checkup.section(profile), findings);
      if (profile.form() == ProfileInfo.Form.LEGACY_SSO) {
        check("sso_region", profile.ssoRegion(), Checkup.section(profile), findings);
      }
    }
    for (SessionInfo session : checkup.sessionsInScope()) {
      check("sso_region", session.region(), Checkup.section(session), findings);
    }
    return findings;
  }

  private static void check(String key, String region, String section, List<Finding> findings) {
    if (region == null) {
      return;
    }
    String problem = Inputs.regionProblem(region);
    String fix = "Set " + key + " in " + section + " to an AWS region, such as us-east-1.";
    if (problem != null) {
      findings.add(Finding.error(NAME, key + " in " + section + ": " + problem + ".", fix));
    } else if (!Inputs.isKnownRegion(region)) {
      findings.add(
          Finding.warning(
              NAME,
              key
                  + " in "
                  + section
                  + ": '"
                  + region
                  + "' is not a region this version of the AWS SDK knows; it may be new, or"
                  + " misspelt.",
              "Check the spelling; if it is right, nothing to do."));
    }
  }
}
