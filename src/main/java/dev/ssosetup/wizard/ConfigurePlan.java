package dev.ssosetup.wizard;

import static dev.ssosetup.config.ConfigKeys.OUTPUT;
import static dev.ssosetup.config.ConfigKeys.REGION;
import static dev.ssosetup.config.ConfigKeys.SSO_ACCOUNT_ID;
import static dev.ssosetup.config.ConfigKeys.SSO_REGION;
import static dev.ssosetup.config.ConfigKeys.SSO_REGISTRATION_SCOPES;
import static dev.ssosetup.config.ConfigKeys.SSO_ROLE_NAME;
import static dev.ssosetup.config.ConfigKeys.SSO_SESSION;
import static dev.ssosetup.config.ConfigKeys.SSO_START_URL;

import dev.ssosetup.common.Text;
import dev.ssosetup.config.AwsConfigDocument;
import dev.ssosetup.config.SectionId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The edit configure makes to the config (docs/spec.md §3), and the SSO settings it would change in
 * blocks that already exist. Pure: it only reads and edits the document it is given.
 */
public final class ConfigurePlan {

  /** One SSO setting of an existing block that the edit would change ({@code to} null: removed). */
  public record Change(String section, String key, String from, String to) {
    /** The change as one line: section, key, old value and new one (or "removed"). */
    public Text describe() {
      return to == null
          ? Text.of("wizard.replace.changeRemoved", section, key, from)
          : Text.of("wizard.replace.change", section, key, from, to);
    }
  }

  private final ProfileSettings settings;

  public ConfigurePlan(ProfileSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public ProfileSettings settings() {
    return settings;
  }

  /** Writes the profile (and in session form its sso-session) into the document. */
  public void apply(AwsConfigDocument document) {
    SectionId profile = SectionId.profile(settings.profile());
    profileKeys().forEach((key, value) -> document.set(profile, key, value));
    if (settings.legacy()) {
      document.remove(profile, SSO_SESSION);
    } else {
      // The AWS CLI rejects a profile whose legacy keys disagree with its session: drop them.
      document.remove(profile, SSO_START_URL);
      document.remove(profile, SSO_REGION);
      SectionId session = SectionId.ssoSession(settings.ssoSession());
      sessionKeys().forEach((key, value) -> document.set(session, key, value));
    }
  }

  /** The SSO settings of existing blocks that {@link #apply} would change; empty when none. */
  public List<Change> ssoChanges(AwsConfigDocument document) {
    List<Change> changes = new ArrayList<>();
    SectionId profile = SectionId.profile(settings.profile());
    if (document.contains(profile)) {
      Map<String, String> intended = new LinkedHashMap<>();
      intended.put(SSO_SESSION, settings.ssoSession());
      intended.put(SSO_ACCOUNT_ID, settings.accountId());
      intended.put(SSO_ROLE_NAME, settings.roleName());
      // In session form the legacy keys go; that only changes anything if they disagree.
      intended.put(SSO_START_URL, settings.startUrl());
      intended.put(SSO_REGION, settings.ssoRegion());
      Map<String, String> existing = document.properties(profile);
      String label = profile.header();
      intended.forEach(
          (key, value) -> {
            String old = existing.get(key);
            if (old != null && !old.equals(value)) {
              boolean removedLegacyKey =
                  !settings.legacy() && (key.equals(SSO_START_URL) || key.equals(SSO_REGION));
              changes.add(new Change(label, key, old, removedLegacyKey ? null : value));
            }
          });
    }
    if (!settings.legacy()) {
      SectionId session = SectionId.ssoSession(settings.ssoSession());
      if (document.contains(session)) {
        Map<String, String> existing = document.properties(session);
        sessionKeys()
            .forEach(
                (key, value) -> {
                  String old = existing.get(key);
                  if (old != null && !old.equals(value)) {
                    changes.add(new Change(session.header(), key, old, value));
                  }
                });
      }
    }
    return changes;
  }

  private Map<String, String> profileKeys() {
    Map<String, String> keys = new LinkedHashMap<>();
    if (settings.legacy()) {
      keys.put(SSO_START_URL, settings.startUrl());
      keys.put(SSO_REGION, settings.ssoRegion());
    } else {
      keys.put(SSO_SESSION, settings.ssoSession());
    }
    keys.put(SSO_ACCOUNT_ID, settings.accountId());
    keys.put(SSO_ROLE_NAME, settings.roleName());
    if (settings.region() != null) {
      keys.put(REGION, settings.region());
    }
    if (settings.output() != null) {
      keys.put(OUTPUT, settings.output());
    }
    return keys;
  }

  private Map<String, String> sessionKeys() {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put(SSO_START_URL, settings.startUrl());
    keys.put(SSO_REGION, settings.ssoRegion());
    if (settings.scopes() != null) {
      keys.put(SSO_REGISTRATION_SCOPES, settings.scopes());
    }
    return keys;
  }
}
