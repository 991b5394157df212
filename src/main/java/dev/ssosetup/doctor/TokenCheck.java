package dev.ssosetup.doctor;

import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.auth.TokenState;
import dev.ssosetup.common.LocalTimes;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.profiles.ProfileInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The logins the profiles need, read from the token cache without any network call: missing or
 * expired (a warning: the next AWS command fails), or expired but refreshable (a note: the next
 * command refreshes it). Checked once per sso-session or legacy start URL.
 */
final class TokenCheck implements Check {
  static final String NAME = "token";

  @Override
  public List<Finding> run(Checkup checkup) {
    Map<String, SsoSessionRef> sessions = new LinkedHashMap<>();
    Map<String, List<String>> users = new LinkedHashMap<>();
    for (ProfileInfo profile : checkup.profilesInScope()) {
      if (!profile.isSso()) {
        continue;
      }
      SsoSessionRef session;
      try {
        session = checkup.profiles().sessionRef(profile);
      } catch (UserFacingException e) {
        continue; // a missing or incomplete session: SessionReferenceCheck reports it
      }
      String key = (session.legacy() ? "url " : "session ") + session.cacheKey();
      sessions.putIfAbsent(key, session);
      users.computeIfAbsent(key, k -> new ArrayList<>()).add(profile.name());
    }
    List<Finding> findings = new ArrayList<>();
    sessions.forEach(
        (key, session) -> {
          List<String> profiles = users.get(key);
          TokenState state = checkup.tokenCache().state(session);
          String login =
              session.legacy()
                  ? "sso-setup login --profile " + profiles.get(0)
                  : "sso-setup login --sso-session " + session.name();
          Text what =
              session.legacy()
                  ? Text.of("doctor.token.startUrl", session.startUrl())
                  : Text.of("doctor.token.session", session.name());
          Text usedBy =
              Text.of(
                  profiles.size() == 1 ? "doctor.token.usedByOne" : "doctor.token.usedByMany",
                  String.join(", ", profiles));
          switch (state.status()) {
            case NONE ->
                findings.add(
                    Finding.warning(
                        NAME, Text.of("doctor.token.none", what, usedBy), Finding.command(login)));
            case EXPIRED ->
                findings.add(
                    Finding.warning(
                        NAME,
                        Text.of(
                            session.legacy()
                                ? "doctor.token.expiredLegacy"
                                : "doctor.token.expired",
                            what,
                            usedBy,
                            localTime(state.expiresAt(), checkup)),
                        Finding.command(login)));
            case REFRESHABLE ->
                findings.add(
                    Finding.info(
                        NAME,
                        Text.of(
                            "doctor.token.refreshable",
                            what,
                            usedBy,
                            localTime(state.expiresAt(), checkup)),
                        Text.of("doctor.token.refreshableFix", login)));
            case VALID -> {}
          }
        });
    return findings;
  }

  private static String localTime(Instant instant, Checkup checkup) {
    return LocalTimes.minutes(instant, checkup.tokenCache().clock().getZone());
  }
}
