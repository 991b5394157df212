package dev.ssosetup.auth;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Json;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.files.AtomicFileWriter;
import dev.ssosetup.files.FileLocks;
import dev.ssosetup.files.IOSupplier;
import dev.ssosetup.files.SafeFiles;
import dev.ssosetup.files.UnsafeFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The JSON files of a cache folder shared with the AWS CLI ({@code ~/.aws/sso/cache}, {@code
 * ~/.aws/cli/cache}): tolerant reads (a missing, unreadable, corrupt or linked file is simply
 * absent) and locked, atomic writes, always 0600, never through a symbolic link, and only in a
 * folder that no other user can write to. A write leaves no copy of a token behind: temp files of
 * sso-setup's that a killed run left are deleted once they are stale.
 */
final class CacheFiles {
  /** How sso-setup names a temp file for {@code <name>}: {@code .<name>.<digits>.tmp}. */
  static final Pattern TEMP_FILE = Pattern.compile("\\.([0-9a-f]{40}\\.json)\\.[0-9]+\\.tmp");

  /** A temp file older than this is left over from a killed run: a write takes milliseconds. */
  static final Duration STALE_AFTER = Duration.ofMinutes(10);

  private final Path directory;
  private final FileLocks locks;
  private final Clock clock;
  private final String names;

  CacheFiles(Path directory, FileLocks locks, Clock clock) {
    this(directory, locks, clock, "auth.cache.token");
  }

  /**
   * @param names the prefix of the message keys that name the cache: {@code .file} one of its files
   *     ("SSO cache file"), {@code .folder} its folder, {@code .parent} the folder above
   */
  CacheFiles(Path directory, FileLocks locks, Clock clock, String names) {
    this.directory = directory;
    this.locks = locks;
    this.clock = clock;
    this.names = names;
  }

  Path directory() {
    return directory;
  }

  /** Lowercase hex SHA-1 of the UTF-8 text, as the AWS CLI names its cache files. */
  static String sha1Hex(String text) {
    return HexFormat.of().formatHex(Sha1.digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The file's JSON object; empty when it is missing, unreadable, not a JSON object, not a regular
   * file (a link, a FIFO), or in a folder others can write to (anyone could have planted it).
   */
  Optional<Map<String, Object>> read(Path file) {
    try {
      requireSafeFolder();
      byte[] bytes = SafeFiles.readPrivate(file, SafeFiles.MAX_CACHE_BYTES);
      return bytes == null
          ? Optional.empty()
          : Optional.of(Json.parseObject(new String(bytes, StandardCharsets.UTF_8)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      // Another tool's half-written or foreign file: treat it as no cache, as the SDKs do.
      return Optional.empty();
    }
  }

  /** Replaces the file with the fields as pretty JSON, holding the file's lock. */
  void write(Path file, Map<String, Object> fields) {
    write(file, Json.writePretty(fields));
  }

  /** Replaces the file with this JSON text, holding the file's lock. */
  void write(Path file, String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    try {
      AtomicFileWriter.createFolders(directory);
      requireSafeFolder();
      locks.withLock(
          file,
          () -> {
            AtomicFileWriter.writePrivate(file, bytes);
            return null;
          });
      deleteTempCopies(file, true);
    } catch (IOException e) {
      throw failure("write", file, e);
    }
  }

  /**
   * Deletes the file (holding its lock) and every temp copy of it that a killed write left; false
   * when there was no file.
   */
  boolean delete(Path file) {
    try {
      deleteTempCopies(file, false);
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        return false; // and no lock file is made for nothing
      }
      // A link goes, never what it points to.
      return locks.withLock(file, () -> Files.deleteIfExists(file));
    } catch (IOException e) {
      throw failure("delete", file, e);
    }
  }

  /** Runs the action holding the file's lock (the same lock as its writes). */
  <T> T withLock(Path file, IOSupplier<T> action) {
    try {
      return locks.withLock(file, action);
    } catch (IOException e) {
      throw failure("lock", file, e);
    }
  }

  /**
   * sso-setup's temp files in the folder that are stale (or, with {@code staleOnly} false, every
   * one of {@code file}'s), deleted; each holds a full copy of a token.
   */
  private void deleteTempCopies(Path file, boolean staleOnly) throws IOException {
    String name = file.getFileName().toString();
    for (Path temp : tempFiles(directory, clock.instant(), STALE_AFTER)) {
      Files.deleteIfExists(temp);
    }
    if (!staleOnly) {
      for (Path temp : tempFiles(directory, null, null)) {
        java.util.regex.Matcher m = TEMP_FILE.matcher(temp.getFileName().toString());
        if (m.matches() && m.group(1).equals(name)) {
          Files.deleteIfExists(temp);
        }
      }
    }
  }

  /**
   * sso-setup's temp files in a cache folder (regular files named as it names them), only those
   * older than {@code age} at {@code now} when both are given.
   */
  static List<Path> tempFiles(Path folder, Instant now, Duration age) throws IOException {
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return found;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*.tmp")) {
      for (Path entry : entries) {
        if (!TEMP_FILE.matcher(entry.getFileName().toString()).matches()
            || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        Instant modified = Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toInstant();
        if (now == null || modified.isBefore(now.minus(age))) {
          found.add(entry);
        }
      }
    }
    return found;
  }

  /**
   * The cache folder and its parent ({@code ~/.aws/sso}) must be the user's own, and not writable
   * by others: in such a folder anyone could plant a link or a file under a predictable name.
   */
  private void requireSafeFolder() throws IOException {
    if (!Files.isDirectory(directory)) {
      return; // Nothing to read; a write makes it (rwx------).
    }
    SafeFiles.requirePrivateFolder(directory, Text.of(names + ".folder"));
    Path parent = directory.getParent();
    if (parent != null) {
      SafeFiles.requirePrivateFolder(parent, Text.of(names + ".parent"));
    }
  }

  static String string(Map<String, Object> fields, String key) {
    return fields.get(key) instanceof String value && !value.isEmpty() ? value : null;
  }

  private UserFacingException failure(String action, Path file, IOException e) {
    if (e instanceof UnsafeFileException unsafe) {
      return new UserFacingException(
          unsafe.kind() == UnsafeFileException.Kind.NOT_REGULAR ? ExitCode.USAGE : ExitCode.FAILURE,
          Text.of("auth.cache.refused." + action, fileName(), file, unsafe.describe()),
          unsafe.fix(),
          e);
    }
    return UserFacingException.failure(
        Text.of("auth.cache.failed." + action, fileName(), file, describe(e)),
        Text.of("auth.cache.failed.hint", file.getParent()),
        e);
  }

  /** How one of its files is called: "SSO cache file". */
  private Text fileName() {
    return Text.of(names + ".file");
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + " " + message;
  }
}
