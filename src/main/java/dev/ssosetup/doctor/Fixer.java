package dev.ssosetup.doctor;

import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.config.ConfigStore;
import dev.ssosetup.config.EditResult;
import dev.ssosetup.files.AtomicFileWriter;
import dev.ssosetup.files.FileLocks;
import dev.ssosetup.files.SafeFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The repairs of {@code doctor --fix}, each one safe: only the user's own regular files and
 * folders, never through a link. The token cache: folder rwx------ and files rw-------, stale temp
 * copies of tokens deleted. Empty lock files of older versions deleted (beside the config and in
 * the cache; sso-setup keeps its locks elsewhere now). The config: what {@link ConfigStore#repair}
 * repairs, with a backup. Symbolic links, other users' files and anything the readers reject
 * otherwise are left for the user (doctor says how).
 */
final class Fixer {
  private final TokenCache cache;
  private final List<DoctorFixes.Action> actions = new ArrayList<>();

  Fixer(TokenCache cache) {
    this.cache = cache;
  }

  DoctorFixes fix(Path configFile, FileLocks locks) throws IOException {
    Path folder = cache.directory();
    if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
        && AtomicFileWriter.isPosix(folder)
        && ours(folder)) {
      if (makePrivate(folder, "rwx------")) {
        actions.add(new DoctorFixes.Action(DoctorFixes.Kind.CACHE_FOLDER_MADE_PRIVATE, folder));
      }
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.json")) {
        for (Path entry : entries) {
          if (ours(entry) && makePrivate(entry, "rw-------")) {
            actions.add(new DoctorFixes.Action(DoctorFixes.Kind.CACHE_FILE_MADE_PRIVATE, entry));
          }
        }
      }
    }
    for (Path temp : cache.staleTempFiles()) {
      Files.deleteIfExists(temp);
      actions.add(new DoctorFixes.Action(DoctorFixes.Kind.TEMP_COPY_DELETED, temp));
    }
    deleteOldLocks(configFile, folder);
    EditResult config = null;
    if (Files.isRegularFile(configFile)) {
      config = new ConfigStore(configFile, locks).repair(false);
    }
    return new DoctorFixes(actions, config);
  }

  /**
   * Empty {@code <name>.lock} files beside the config (as named, and its link's target) and {@code
   * *.json.lock} in the cache: the lock files of sso-setup before it kept its own lock folder.
   */
  private void deleteOldLocks(Path configFile, Path cacheFolder) throws IOException {
    Set<Path> candidates = new LinkedHashSet<>();
    candidates.add(configFile.resolveSibling(configFile.getFileName() + ".lock"));
    Path target = configFile.toAbsolutePath();
    if (Files.isSymbolicLink(target)) {
      Path real = target.toRealPath();
      candidates.add(real.resolveSibling(real.getFileName() + ".lock"));
    }
    if (Files.isDirectory(cacheFolder, LinkOption.NOFOLLOW_LINKS)) {
      try (DirectoryStream<Path> locks = Files.newDirectoryStream(cacheFolder, "*.json.lock")) {
        locks.forEach(candidates::add);
      }
    }
    for (Path lock : candidates) {
      if (Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)
          && Files.size(lock) == 0
          && ours(lock)) {
        Files.delete(lock);
        actions.add(new DoctorFixes.Action(DoctorFixes.Kind.OLD_LOCK_DELETED, lock));
      }
    }
  }

  /** The user's own regular file or folder (not a link). */
  private static boolean ours(Path path) throws IOException {
    if (!AtomicFileWriter.isPosix(path)) {
      return false;
    }
    PosixFileAttributes attributes =
        Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    return (attributes.isRegularFile() || attributes.isDirectory())
        && attributes.owner().equals(SafeFiles.currentUser());
  }

  /** Takes every permission of group and others away; whether there was any. */
  private static boolean makePrivate(Path path, String mode) throws IOException {
    Set<PosixFilePermission> current =
        Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
    if (current.stream().noneMatch(CachePermissionsCheck.GROUP_OR_OTHERS::contains)) {
      return false;
    }
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    return true;
  }
}
