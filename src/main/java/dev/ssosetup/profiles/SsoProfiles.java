package dev.ssosetup.profiles;

import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.common.Text;
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
                    Text.of("profiles.unknownProfile", name, file),
                    didYouMean(
                        name, profiles.stream().map(ProfileInfo::name).toList(), "profiles")));
  }

  /** The session, or exit 2 naming the close names. */
  public SessionInfo requireSession(String name) {
    return session(name)
        .orElseThrow(
            () ->
                UserFacingException.usage(
                    Text.of("profiles.unknownSession", name, file),
                    didYouMean(
                        name, sessions.stream().map(SessionInfo::name).toList(), "sessions")));
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
                            Text.of(
                                "profiles.sessionMissing",
                                profile.name(),
                                profile.ssoSession(),
                                file),
                            Text.of("profiles.sessionMissing.hint", profile.ssoSession())));
        return sessionRef(session);
      }
      case LEGACY_SSO -> {
        if (profile.startUrl() == null || profile.ssoRegion() == null) {
          throw UserFacingException.usage(
              Text.of("profiles.profileIncomplete", profile.name()),
              Text.of("profiles.profileIncomplete.hint", profile.name()));
        }
        return new SsoSessionRef(null, profile.startUrl(), profile.ssoRegion(), List.of());
      }
      default ->
          throw UserFacingException.usage(
              Text.of("profiles.notSso", profile.name()),
              Text.of("profiles.notSso.hint", profile.name()));
    }
  }

  /** What a login for this session is for; exit 2 when the block is incomplete. */
  public SsoSessionRef sessionRef(SessionInfo session) {
    if (session.startUrl() == null || session.region() == null) {
      throw UserFacingException.usage(
          Text.of("profiles.sessionIncomplete", session.name()),
          Text.of("profiles.sessionIncomplete.hint", session.name()));
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

  /**
   * A hint naming the known names closest to {@code name}, or listing a few when none is close;
   * {@code what} ({@code profiles} or {@code sessions}) picks the words.
   */
  static Text didYouMean(String name, List<String> known, String what) {
    if (known.isEmpty()) {
      return Text.of("profiles.none." + what);
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
      return Text.of("profiles.didYouMean", String.join(", ", close));
    }
    List<String> some = known.stream().limit(8).toList();
    return Text.of(
        "profiles.known." + what, String.join(", ", some) + (known.size() > 8 ? ", ..." : ""));
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
