package dev.ssosetup.doctor;

import dev.ssosetup.common.Text;
import dev.ssosetup.config.ConfigKeys;
import dev.ssosetup.config.ValueChecks;
import dev.ssosetup.profiles.ProfileInfo;
import dev.ssosetup.profiles.SessionInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Every {@code region} and {@code sso_region} is an AWS region: not one at all is an error (every
 * call fails), one this SDK does not know is a warning (it may be new, or a typo), and an SSO
 * profile without a region is a warning (the AWS CLI and boto3 need one).
 */
final class RegionCheck implements Check {
  static final String NAME = "region";

  @Override
  public List<Finding> run(Checkup checkup) {
    List<Finding> findings = new ArrayList<>();
    for (ProfileInfo profile : checkup.profilesInScope()) {
      if (profile.isSso() && profile.region() == null) {
        findings.add(missing(profile, ssoRegion(checkup, profile)));
      }
      check(ConfigKeys.REGION, profile.region(), Checkup.section(profile), findings);
      if (profile.form() == ProfileInfo.Form.LEGACY_SSO) {
        check(ConfigKeys.SSO_REGION, profile.ssoRegion(), Checkup.section(profile), findings);
      }
    }
    for (SessionInfo session : checkup.sessionsInScope()) {
      check(ConfigKeys.SSO_REGION, session.region(), Checkup.section(session), findings);
    }
    return findings;
  }

  /**
   * An SSO profile without {@code region}: the AWS CLI and boto3 stop on it ("You must specify a
   * region") unless the environment names one, so an application that worked in one shell fails in
   * the next. The fix sets the SSO region, the one region certain to exist for the user.
   */
  private static Finding missing(ProfileInfo profile, String suggested) {
    String section = Checkup.section(profile);
    String region = suggested == null ? "<region>" : suggested;
    return Finding.warning(
        NAME,
        Text.of("doctor.region.missing", section),
        Text.of("doctor.region.missingFix", region, profile.name(), section));
  }

  /** The profile's SSO region: its own (legacy form) or its sso-session's; null if neither. */
  private static String ssoRegion(Checkup checkup, ProfileInfo profile) {
    if (profile.ssoRegion() != null) {
      return profile.ssoRegion();
    }
    if (profile.ssoSession() == null) {
      return null;
    }
    return checkup.profiles().session(profile.ssoSession()).map(SessionInfo::region).orElse(null);
  }

  private static void check(String key, String region, String section, List<Finding> findings) {
    if (region == null) {
      return;
    }
    Text problem = ValueChecks.regionProblem(region);
    if (problem != null) {
      findings.add(
          Finding.error(
              NAME,
              Text.of("doctor.badValue", key, section, problem),
              Text.of("doctor.region.fix", key, section)));
    } else if (!ValueChecks.isKnownRegion(region)) {
      findings.add(
          Finding.warning(
              NAME,
              Text.of("doctor.region.unknown", key, section, region),
              Text.of("doctor.region.unknownFix")));
    }
  }
}
