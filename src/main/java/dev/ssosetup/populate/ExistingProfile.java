package dev.ssosetup.populate;

import dev.ssosetup.common.Text;
import dev.ssosetup.config.AwsConfigDocument;
import dev.ssosetup.config.ConfigKeys;
import dev.ssosetup.config.SectionId;
import java.util.LinkedHashMap;
import java.util.Map;

/** A profile of the file before populate's edit, and who holds its name. */
record ExistingProfile(
    String name, ExistingProfile.Holder holder, String marker, String accountId, String roleName) {
  /** Who holds a profile name: this session's populate, another session's, or a hand. */
  enum Holder {
    THIS_SESSION,
    OTHER_SESSION,
    HAND_MADE
  }

  /** Every profile of the document, by name, in the file's order, as {@code session} sees it. */
  static Map<String, ExistingProfile> byName(String session, AwsConfigDocument document) {
    Map<String, ExistingProfile> existing = new LinkedHashMap<>();
    for (String name : document.profileNames()) {
      Map<String, String> keys = document.properties(SectionId.profile(name));
      String marker = keys.get(PopulatePlan.MARKER);
      Holder holder =
          marker == null
              ? Holder.HAND_MADE
              : marker.equals(session) ? Holder.THIS_SESSION : Holder.OTHER_SESSION;
      existing.put(
          name,
          new ExistingProfile(
              name,
              holder,
              marker,
              keys.get(ConfigKeys.SSO_ACCOUNT_ID),
              keys.get(ConfigKeys.SSO_ROLE_NAME)));
    }
    return existing;
  }

  /** Whether this session generated it, for an account and role it names. */
  boolean generatedHere() {
    return holder == Holder.THIS_SESSION && accountId != null && roleName != null;
  }

  /** Who holds the name, for a report of a clash. */
  Text describe() {
    return switch (holder) {
      case THIS_SESSION -> Text.of("populate.holder.earlier", accountId, roleName);
      case OTHER_SESSION -> Text.of("populate.holder.otherSession", marker);
      case HAND_MADE -> Text.of("populate.holder.handMade");
    };
  }
}
