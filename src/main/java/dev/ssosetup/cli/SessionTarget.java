package dev.ssosetup.cli;

import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.profiles.ProfileInfo;
import dev.ssosetup.profiles.SsoProfiles;
import java.util.List;

/**
 * What {@code login}, {@code logout} and {@code verify} act on: {@code --profile P}, {@code
 * --sso-session S}, or the profile a plain AWS command would use.
 */
final class SessionTarget {
  private SessionTarget() {}

  /**
   * The session named by the options; with neither, the profile of {@code AWS_PROFILE}, else the
   * {@code default} profile. Exit 2 when it is unknown, not an SSO profile, or incomplete.
   */
  static SsoSessionRef resolve(
      SsoProfiles profiles, String profile, String session, String awsProfileVariable) {
    if (session != null) {
      return profiles.sessionRef(profiles.requireSession(session));
    }
    return profiles.sessionRef(
        profile(
            profiles,
            profile,
            awsProfileVariable,
            Text.of("cli.target.nameProfileOrSession"),
            Text.of("cli.target.setUpOrSession")));
  }

  /**
   * The profile a command acts on: {@code --profile}, else {@code AWS_PROFILE}, else {@code
   * default}, as an AWS command would pick it. Exit 2 when it is not in the file. Without a default
   * profile the hint is {@code nameHint} and the SSO profiles, or {@code noProfilesHint} when there
   * is none: each command words its own choices.
   */
  static ProfileInfo profile(
      SsoProfiles profiles,
      String profile,
      String awsProfileVariable,
      Text nameHint,
      Text noProfilesHint) {
    if (profile != null) {
      return profiles.requireProfile(profile);
    }
    if (awsProfileVariable != null) {
      return profiles.requireProfile(awsProfileVariable);
    }
    return profiles
        .profile("default")
        .orElseThrow(() -> noDefault(profiles, nameHint, noProfilesHint));
  }

  private static UserFacingException noDefault(
      SsoProfiles profiles, Text nameHint, Text noProfilesHint) {
    List<String> sso =
        profiles.profiles().stream().filter(ProfileInfo::isSso).map(ProfileInfo::name).toList();
    Text hint =
        sso.isEmpty()
            ? noProfilesHint
            : Text.of(
                "cli.target.ssoProfiles",
                nameHint,
                String.join(", ", sso.stream().limit(8).toList())
                    + (sso.size() > 8 ? ", ..." : ""));
    return UserFacingException.usage(Text.of("cli.target.noDefault", profiles.file()), hint);
  }
}
