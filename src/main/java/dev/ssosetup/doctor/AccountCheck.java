package dev.ssosetup.doctor;

import dev.ssosetup.common.Text;
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
      Text fix = Finding.command("sso-setup configure --profile " + profile.name());
      if (profile.accountId() == null) {
        findings.add(
            Finding.error(NAME, Finding.profileLacks(profile.name(), "sso_account_id"), fix));
      } else if (ValueChecks.accountIdProblem(profile.accountId()) != null) {
        findings.add(
            Finding.error(
                NAME,
                Text.of(
                    "doctor.account.badId",
                    profile.name(),
                    ValueChecks.accountIdProblem(profile.accountId())),
                Text.of("doctor.account.badIdFix", Checkup.section(profile), profile.name())));
      }
      if (profile.roleName() == null) {
        findings.add(
            Finding.error(NAME, Finding.profileLacks(profile.name(), "sso_role_name"), fix));
      }
    }
    return findings;
  }
}
