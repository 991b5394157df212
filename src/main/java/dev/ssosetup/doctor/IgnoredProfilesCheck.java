package dev.ssosetup.doctor;

import dev.ssosetup.common.TerminalText;
import dev.ssosetup.common.Text;
import dev.ssosetup.config.AwsConfigDocument.IgnoredProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code [profile NAME]} whose NAME has a character the AWS SDK for Java does not allow (a
 * Japanese name, a space): that SDK, and sso-setup with it, skip the whole section without a word,
 * while the AWS CLI may read it, so the profile works in one tool and "does not exist" in another.
 */
final class IgnoredProfilesCheck implements Check {
  static final String NAME = "ignored-profiles";

  @Override
  public List<Finding> run(Checkup checkup) {
    if (!checkup.readable()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (IgnoredProfile profile : checkup.document().ignoredProfiles()) {
      String name = TerminalText.safe(profile.name());
      findings.add(
          Finding.warning(
              NAME,
              Text.of(
                  "doctor.ignoredProfile",
                  Text.of("profiles.ignoredProfile", name, checkup.file(), profile.line())),
              Text.of("doctor.ignoredProfile.fix", name)));
    }
    return findings;
  }
}
