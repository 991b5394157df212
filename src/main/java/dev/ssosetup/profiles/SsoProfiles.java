package dev.ssosetup.profiles;

import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.config.AwsConfigDocument;
import dev.ssosetup.config.ConfigKeys;
import dev.ssosetup.config.ConfigStore;
import dev.ssosetup.config.SectionId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The profiles and sso-sessions of a config file, read as the SDKs read them, and the lookups every
 * command needs: a profile by name (with close names when it is unknown), its session, and the
 * session reference a login or token check uses.
 */
public final class SsoProfiles {
  private final Path file;
  private final List<ProfileInfo> profiles;
  private final List<SessionInfo> sessions;

  private SsoProfiles(Path file, List<ProfileInfo> profiles, List<SessionInfo> sessions) {
    this.file = file;
    this.profiles = profiles;
    this.sessions = sessions;
  }

  /** Reads the file; exit 2 when the SDK would reject it. A missing file has no profiles. */
  public static SsoProfiles load(ConfigStore store) {
    return of(store.file(), store.readValid());
  }

  /** The profiles and sessions of a document already read. */
  public static SsoProfiles of(Path file, AwsConfigDocument document) {
    List<ProfileInfo> profiles = new ArrayList<>();
    for (String name : document.profileNames()) {
      profiles.add(profile(name, document.properties(SectionId.profile(name))));
    }
    List<SessionInfo> sessions = new ArrayList<>();
    for (String name : document.ssoSessionNames()) {
      Map<String, String> keys = document.properties(SectionId.ssoSession(name));
      sessions.add(
          new SessionInfo(
              name,
              keys.get(ConfigKeys.SSO_START_URL),
              keys.get(ConfigKeys.SSO_REGION),
              keys.get(ConfigKeys.SSO_REGISTRATION_SCOPES)));
    }
    return new SsoProfiles(file, List.copyOf(profiles), List.copyOf(sessions));
  }

  private static ProfileInfo profile(String name, Map<String, String> keys) {
    ProfileInfo.Form form =
        keys.containsKey(ConfigKeys.SSO_SESSION)
            ? ProfileInfo.Form.SSO_SESSION
            : keys.containsKey(ConfigKeys.SSO_START_URL)
                    || keys.containsKey(ConfigKeys.SSO_ACCOUNT_ID)
                ? ProfileInfo.Form.LEGACY_SSO
                : ProfileInfo.Form.OTHER;
    return new ProfileInfo(
        name,
        form,
        keys.get(ConfigKeys.SSO_SESSION),
        keys.get(ConfigKeys.SSO_START_URL),
        keys.get(ConfigKeys.SSO_REGION),
        keys.get(ConfigKeys.SSO_ACCOUNT_ID),
        keys.get(ConfigKeys.SSO_ROLE_NAME),
        keys.get(ConfigKeys.REGION),
        keys.get(ConfigKeys.OUTPUT));
  }

  public Path file() {
    return file;
  }

  /** Every profile, in file order. */
  public List<ProfileInfo> profiles() {
    return profiles;
  }

  /** Every sso-session, in file order. */
  public List<SessionInfo> sessions() {
    return sessions;
  }

  public Optional<ProfileInfo> profile(String name) {
    return profiles.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public Optional<SessionInfo> session(String name) {
    return sessions.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The profile, or exit 2 naming the close names (docs/spec.md §5: unknown profile). */
  public ProfileInfo requireProfile(String name) {
    return profile(name)
        .orElseThrow(
            () ->
                UserFacingException.usage(
                    "The profile '" + name + "' is not in " + file + ".",
                    didYouMean(
                        name, profiles.stream().map(ProfileInfo::name).toList(), "profiles")));
  }

  /** The session, or exit 2 naming the close names. */
  public SessionInfo requireSession(String name) {
    return session(name)
        .orElseThrow(
            () ->
                UserFacingException.usage(
                    "The sso-session '" + name + "' is not in " + file + ".",
                    didYouMean(
                        name, sessions.stream().map(SessionInfo::name).toList(), "sso-sessions")));
  }

  /**
   * What a login for this profile is for; exit 2 when it is not an SSO profile or its session block
   * is missing or incomplete.
   */
  public SsoSessionRef sessionRef(ProfileInfo profile) {
    switch (profile.form()) {
      case SSO_SESSION -> {
        SessionInfo session =
            session(profile.ssoSession())
                .orElseThrow(
                    () ->
                        UserFacingException.usage(
                            "The profile '"
                                + profile.name()
                                + "' names sso-session '"
                                + profile.ssoSession()
                                + "', which is not in "
                                + file
                                + ".",
                            "Add it with: sso-setup configure sso-session --sso-session "
                                + profile.ssoSession()));
        return sessionRef(session);
      }
      case LEGACY_SSO -> {
        if (profile.startUrl() == null || profile.ssoRegion() == null) {
          throw UserFacingException.usage(
              "The profile '" + profile.name() + "' lacks sso_start_url or sso_region.",
              "Run: sso-setup configure --profile " + profile.name());
        }
        return new SsoSessionRef(null, profile.startUrl(), profile.ssoRegion(), List.of());
      }
      default ->
          throw UserFacingException.usage(
              "The profile '" + profile.name() + "' is not an IAM Identity Center (SSO) profile.",
              "Set one up with: sso-setup configure --profile " + profile.name());
    }
  }

  /** What a login for this session is for; exit 2 when the block is incomplete. */
  public SsoSessionRef sessionRef(SessionInfo session) {
    if (session.startUrl() == null || session.region() == null) {
      throw UserFacingException.usage(
          "The sso-session '" + session.name() + "' lacks sso_start_url or sso_region.",
          "Run: sso-setup configure sso-session --sso-session " + session.name());
    }
    List<String> scopes =
        session.scopes() == null
            ? List.of()
            : Arrays.stream(session.scopes().split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    return new SsoSessionRef(session.name(), session.startUrl(), session.region(), scopes);
  }

  /** A hint naming the known names closest to {@code name}, or listing a few when none is close. */
  static String didYouMean(String name, List<String> known, String what) {
    if (known.isEmpty()) {
      return "The file has no " + what + " yet; create one with 'sso-setup configure'.";
    }
    String lower = name.toLowerCase(Locale.ROOT);
    List<String> close =
        known.stream()
            .filter(
                candidate -> {
                  String other = candidate.toLowerCase(Locale.ROOT);
                  return other.contains(lower)
                      || lower.contains(other)
                      || distance(lower, other) <= Math.max(2, lower.length() / 4);
                })
            .sorted(Comparator.comparingInt(c -> distance(lower, c.toLowerCase(Locale.ROOT))))
            .limit(5)
            .toList();
    if (!close.isEmpty()) {
      return "Did you mean: " + String.join(", ", close) + "?";
    }
    List<String> some = known.stream().limit(8).toList();
    return "Known "
        + what
        + ": "
        + String.join(", ", some)
        + (known.size() > 8 ? ", ..." : "")
        + ".";
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
