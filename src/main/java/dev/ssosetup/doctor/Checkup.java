package dev.ssosetup.doctor;

import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.config.AwsConfigDocument;
import dev.ssosetup.profiles.ProfileInfo;
import dev.ssosetup.profiles.SessionInfo;
import dev.ssosetup.profiles.SsoProfiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the checks look at: the config file as read (and whether the SDK reads it), its profiles and
 * sessions, the environment's {@code AWS_PROFILE}, the token cache, and the profile the run is
 * limited to, if any.
 *
 * @param exists whether the config file exists
 * @param sdkProblem why the SDK rejects the file, or null when it reads it
 * @param profiles the profiles and sessions, or null when the SDK rejects the file
 * @param scope the one profile to check ({@code --profile}), or null for all
 * @param awsProfile the value of {@code AWS_PROFILE}, or null
 * @param credentialsFile the shared credentials file, where {@code AWS_PROFILE} may also point
 */
record Checkup(
    Path file,
    boolean exists,
    AwsConfigDocument document,
    String sdkProblem,
    SsoProfiles profiles,
    String scope,
    String awsProfile,
    Path credentialsFile,
    TokenCache tokenCache) {

  /** Whether the profile and session checks can run: the SDK reads the file. */
  boolean readable() {
    return profiles != null;
  }

  /** The profiles to check: all of them, or the one of {@code --profile}. */
  List<ProfileInfo> profilesInScope() {
    if (profiles == null) {
      return List.of();
    }
    return scope == null
        ? profiles.profiles()
        : profiles.profile(scope).map(List::of).orElse(List.of());
  }

  /** The sessions to check: all of them, or the session of the {@code --profile} profile. */
  List<SessionInfo> sessionsInScope() {
    if (profiles == null) {
      return List.of();
    }
    if (scope == null) {
      return profiles.sessions();
    }
    return profilesInScope().stream()
        .map(ProfileInfo::ssoSession)
        .filter(name -> name != null)
        .map(profiles::session)
        .flatMap(Optional::stream)
        .toList();
  }

  /** How messages name a profile's section. */
  static String section(ProfileInfo profile) {
    return profile.name().equals("default") ? "[default]" : "[profile " + profile.name() + "]";
  }

  static String section(SessionInfo session) {
    return "[sso-session " + session.name() + "]";
  }
}
