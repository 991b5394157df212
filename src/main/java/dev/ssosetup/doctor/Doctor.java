package dev.ssosetup.doctor;

import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.config.AwsConfigDocument;
import dev.ssosetup.config.ConfigStore;
import dev.ssosetup.files.FileLocks;
import dev.ssosetup.profiles.SsoProfiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds what is wrong in a config and its token cache before it fails (docs/spec.md §6.3): runs
 * each check in turn, file-level ones first. Reads files only; no network call, no change.
 */
public final class Doctor {
  private static final List<Check> CHECKS =
      List.of(
          new ConfigFileCheck(),
          new DefaultSectionsCheck(),
          new IgnoredProfilesCheck(),
          new AwsProfileVariableCheck(),
          new SessionReferenceCheck(),
          new LegacyKeysCheck(),
          new AccountCheck(),
          new RegionCheck(),
          new StartUrlCheck(),
          new CachePermissionsCheck(),
          new CacheEntriesCheck(),
          new TokenCheck());

  private final TokenCache tokenCache;

  /** A doctor that reads tokens from this cache (whose clock says what has expired). */
  public Doctor(TokenCache tokenCache) {
    this.tokenCache = tokenCache;
  }

  /**
   * Repairs what can be repaired safely ({@link Fixer}): the token cache's permissions, stale temp
   * copies of tokens, old lock files, and the config's byte order mark and indented comments (with
   * a backup). Run it before {@link #examine}, which then reports what is left.
   *
   * @throws UserFacingException exit 1 when a repair cannot be written (a read-only config, say)
   */
  public DoctorFixes fix(Path configFile, FileLocks locks) {
    try {
      return new Fixer(tokenCache).fix(configFile, locks);
    } catch (java.io.IOException e) {
      throw UserFacingException.failure(
          Text.of("doctor.fixFailed", e.getMessage()), Text.of("doctor.fixFailedHint"), e);
    }
  }

  /**
   * Examines the store's config file and the cache.
   *
   * @param profile the one profile to check (with its session), or null for all
   * @param awsProfile the value of {@code AWS_PROFILE}, or null
   * @param credentialsFile the shared credentials file, which may also define {@code AWS_PROFILE}
   * @throws UserFacingException exit 2 when {@code profile} is not in the file; exit 1 when the
   *     file cannot be read
   */
  public DoctorReport examine(
      ConfigStore store, String profile, String awsProfile, Path credentialsFile) {
    Path configFile = store.file();
    AwsConfigDocument document = store.read();
    String sdkProblem = null;
    try {
      store.readValid();
    } catch (UserFacingException e) {
      if (e.exitCode() != ExitCode.USAGE) {
        throw e;
      }
      sdkProblem = e.getMessage();
    }
    SsoProfiles profiles = sdkProblem == null ? SsoProfiles.of(configFile, document) : null;
    if (profile != null && profiles != null) {
      profiles.requireProfile(profile);
    }
    Checkup checkup =
        new Checkup(
            configFile,
            Files.exists(configFile),
            document,
            sdkProblem,
            profiles,
            profile,
            awsProfile,
            credentialsFile,
            tokenCache);
    List<Finding> findings = new ArrayList<>();
    for (Check check : CHECKS) {
      findings.addAll(check.run(checkup));
    }
    return new DoctorReport(configFile, findings);
  }
}
