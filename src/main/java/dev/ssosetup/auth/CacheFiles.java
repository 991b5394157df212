package dev.ssosetup.auth;

import dev.ssosetup.common.Json;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.config.AtomicFileWriter;
import dev.ssosetup.config.FileLocks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Reading and writing the JSON files of {@code ~/.aws/sso/cache}: tolerant reads (a missing,
 * unreadable or corrupt file is simply absent) and locked, atomic writes as 0600 in a 0700 folder.
 */
final class CacheFiles {
  private static final String FILE_MODE = "rw-------";

  private CacheFiles() {}

  /** Lowercase hex SHA-1 of the UTF-8 text, as the AWS CLI names its cache files. */
  static String sha1Hex(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK has no SHA-1", e);
    }
  }

  /** The file's JSON object, or empty when it is missing, unreadable or not a JSON object. */
  static Optional<Map<String, Object>> read(Path file) {
    try {
      return Optional.of(Json.parseObject(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      // Another tool's half-written or foreign file: treat it as no cache, as the SDKs do.
      return Optional.empty();
    }
  }

  /** Replaces the file with the fields as pretty JSON, holding the file's lock. */
  static void write(Path file, Map<String, Object> fields) {
    byte[] bytes = Json.writePretty(fields).getBytes(StandardCharsets.UTF_8);
    try {
      FileLocks.withLock(
          file,
          () -> {
            AtomicFileWriter.write(file, bytes, FILE_MODE, false);
            return null;
          });
    } catch (IOException e) {
      throw UserFacingException.failure(
          "Could not write the SSO cache file " + file + ": " + describe(e),
          "Check that " + file.getParent() + " is a folder you can write to.",
          e);
    }
  }

  /** Deletes the file (holding its lock); false when there was none. */
  static boolean delete(Path file) {
    if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return false; // and no folder or lock file is made for nothing
    }
    try {
      return FileLocks.withLock(file, () -> Files.deleteIfExists(file));
    } catch (IOException e) {
      throw UserFacingException.failure(
          "Could not delete the SSO cache file " + file + ": " + describe(e),
          "Delete it by hand, or check the permissions of " + file.getParent() + ".",
          e);
    }
  }

  static String string(Map<String, Object> fields, String key) {
    return fields.get(key) instanceof String value && !value.isEmpty() ? value : null;
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + " " + message;
  }
}
