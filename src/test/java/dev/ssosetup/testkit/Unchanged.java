package dev.ssosetup.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Byte-for-byte checks that a failure wrote nothing: {@link #snapshot} the files before, {@link
 * #assertUnchanged} after. Only regular files are read (a FIFO or a device in place of the config
 * is left alone); a missing file is remembered as missing and must still be missing.
 */
public final class Unchanged {
  private Unchanged() {}

  /** Each file's bytes now, null for a missing one; files that are not regular are skipped. */
  public static Map<Path, byte[]> snapshot(Path... files) {
    Map<Path, byte[]> snapshot = new LinkedHashMap<>();
    for (Path file : files) {
      if (Files.notExists(file)) {
        snapshot.put(file, null);
      } else if (Files.isRegularFile(file)) {
        snapshot.put(file, read(file));
      }
    }
    return snapshot;
  }

  /** Fails unless every file of the snapshot has exactly the bytes it had (or is still missing). */
  public static void assertUnchanged(Map<Path, byte[]> snapshot, String why) {
    snapshot.forEach((file, before) -> assertUnchanged(file, before, why));
  }

  /** Fails unless the file has exactly these bytes ({@code before} null: it must not exist). */
  public static void assertUnchanged(Path file, byte[] before, String why) {
    boolean exists = Files.exists(file);
    if (before == null) {
      if (exists) {
        throw new AssertionError(file + " was created, but " + why);
      }
      return;
    }
    if (!exists) {
      throw new AssertionError(file + " was deleted, but " + why);
    }
    byte[] after = read(file);
    if (!Arrays.equals(before, after)) {
      throw new AssertionError(
          file
              + " changed, but "
              + why
              + "\n--- before ---\n"
              + show(before)
              + "\n--- after ---\n"
              + show(after));
    }
  }

  /** Fails unless the file has exactly these bytes. */
  public static void assertUnchanged(Path file, byte[] before) {
    assertUnchanged(file, before, "nothing may be written");
  }

  private static String show(byte[] bytes) {
    return bytes.length <= 4096
        ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
        : bytes.length + " bytes, starting " + HexFormat.of().formatHex(bytes, 0, 64);
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
