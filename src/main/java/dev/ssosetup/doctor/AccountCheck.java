package dev.ssosetup.doctor;

import dev.ssosetup.config.ValueChecks;
import dev.ssosetup.profiles.ProfileInfo;
import java.util.ArrayList;
import java.util.List;

/** Each SSO profile names a role and a valid account: {@code sso_account_id} is 12 digits. */
final class AccountCheck implements Check {
  static final String NAME = "account";

  @Override
  public List<Finding> run(Checkup checkup) {
    List<Finding> findings = new ArrayList<>();
    for (ProfileInfo profile : checkup.profilesInScope()) {
      if (!profile.isSso()) {
        continue;
      }
      String fix = "sso-setup configure --profile " + profile.name();
      if (profile.accountId() == null) {
        findings.add(
            Finding.error(NAME, "The profile '" + profile.name() + "' lacks sso_account_id.", fix));
      } else if (ValueChecks.accountIdProblem(profile.accountId()) != null) {
        findings.add(
            Finding.error(
                NAME,
                "The profile '"
                    + profile.name()
                    + "' has an invalid sso_account_id: "
                    + ValueChecks.accountIdProblem(profile.accountId())
                    + ".",
                "Set sso_account_id in "
                    + Checkup.section(profile)
                    + " to the 12-digit account ID, leading zeros included (or run: sso-setup"
                    + " configure --profile "
                    + profile.name()
                    + ")."));
      }
      if (profile.roleName() == null) {
        findings.add(
            Finding.error(NAME, "The profile '" + profile.name() + "' lacks sso_role_name.", fix));
      }
    }
    return findings;
  }
}
