package dev.ssosetup.cli;

import dev.ssosetup.auth.SsoSessionRef;
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
        profile(profiles, profile, awsProfileVariable, "name a session with --sso-session"));
  }

  /**
   * The profile a command acts on: {@code --profile}, else {@code AWS_PROFILE}, else {@code
   * default}, as an AWS command would pick it. Exit 2 when it is not in the file; the hint then
   * offers {@code otherWay} ("name a session with --sso-session"), the command's other choice.
   */
  static ProfileInfo profile(
      SsoProfiles profiles, String profile, String awsProfileVariable, String otherWay) {
    if (profile != null) {
      return profiles.requireProfile(profile);
    }
    if (awsProfileVariable != null) {
      return profiles.requireProfile(awsProfileVariable);
    }
    return profiles.profile("default").orElseThrow(() -> noDefault(profiles, otherWay));
  }

  private static UserFacingException noDefault(SsoProfiles profiles, String otherWay) {
    List<String> sso =
        profiles.profiles().stream().filter(ProfileInfo::isSso).map(ProfileInfo::name).toList();
    String hint =
        sso.isEmpty()
            ? "Set one up with 'sso-setup configure', or " + otherWay + "."
            : "Name one with --profile, or "
                + otherWay
                + "; SSO profiles: "
                + String.join(", ", sso.stream().limit(8).toList())
                + (sso.size() > 8 ? ", ..." : "")
                + ".";
    return UserFacingException.usage(
        "No profile was named, AWS_PROFILE is not set, and "
            + profiles.file()
            + " has no default profile.",
        hint);
  }
}
