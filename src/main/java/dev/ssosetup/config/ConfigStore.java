package dev.ssosetup.config;

import dev.ssosetup.common.Environment;
import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.UserFacingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Reads and edits one config file on disk, safely: under a lock, checked by the SDK's own reader
 * before and after, written atomically with a backup, and not at all when nothing changes.
 */
public final class ConfigStore {
  private static final String NEW_FILE_MODE = "rw-------";

  private final Path file;
  private final FileLocks locks;

  /** The store of a file, locking in the lock folder of the process's own user. */
  public ConfigStore(Path file) {
    this(file, FileLocks.of(Environment.system()));
  }

  public ConfigStore(Path file, FileLocks locks) {
    this.file = Objects.requireNonNull(file, "file");
    this.locks = Objects.requireNonNull(locks, "locks");
  }

  public Path file() {
    return file;
  }

  /**
   * The file as a document; a missing file (or folder), or {@code /dev/null}, is an empty document.
   *
   * @throws UserFacingException exit 2 when it is not a regular file or too large; exit 1 when it
   *     cannot be read
   */
  public AwsConfigDocument read() {
    try {
      byte[] bytes = SafeFiles.read(file, SafeFiles.MAX_CONFIG_BYTES, true);
      return bytes == null ? AwsConfigDocument.empty() : AwsConfigDocument.parse(bytes);
    } catch (IOException e) {
      throw ioFailure("read", e);
    }
  }

  /**
   * The file as a document, refused (exit 2) when the SDK cannot read it: commands call this first,
   * so that a broken config fails before any prompt or network call.
   */
  public AwsConfigDocument readValid() {
    try {
      byte[] bytes = SafeFiles.read(file, SafeFiles.MAX_CONFIG_BYTES, true);
      if (bytes == null) {
        return AwsConfigDocument.empty();
      }
      readWithSdk(bytes);
      return AwsConfigDocument.parse(bytes);
    } catch (IOException e) {
      throw ioFailure("read", e);
    }
  }

  /**
   * Under the lock: re-read the file, refuse it if the SDK cannot parse it, apply the edit, check
   * the result with ProfileFile, and (unless dryRun, and only if the bytes changed) write it
   * atomically with a .bak.
   *
   * @throws UserFacingException exit 2 when the SDK rejects the file as it is, when it is not a
   *     regular file (a device such as {@code /dev/null}, a FIFO) or too large, or when an edit
   *     cannot be written; exit 1 when the file is read-only, cannot be read or written, or when
   *     the result would not read back as intended. The file is then unchanged.
   */
  public EditResult update(Consumer<AwsConfigDocument> edit, boolean dryRun) {
    Objects.requireNonNull(edit, "edit");
    try {
      Path target = AtomicFileWriter.resolveLinks(file);
      // A dry run says what the real run would do, so it refuses what that run would refuse.
      SafeFiles.requireReplaceable(target);
      // It writes nothing, so it needs no lock (and creates no folder for one).
      return dryRun
          ? apply(target, edit, true)
          : locks.withLock(target, () -> apply(target, edit, false));
    } catch (IOException e) {
      throw ioFailure("update", e);
    }
  }

  private EditResult apply(Path target, Consumer<AwsConfigDocument> edit, boolean dryRun)
      throws IOException {
    byte[] before = SafeFiles.read(target, SafeFiles.MAX_CONFIG_BYTES, false);
    if (before == null) {
      before = new byte[0];
    }
    ProfileFile sdkBefore = readWithSdk(before);
    AwsConfigDocument document = AwsConfigDocument.parse(before);
    Set<SectionId> sectionsBefore = ResultCheck.namedSections(document);
    try {
      edit.accept(document);
    } catch (InvalidEditException e) {
      throw UserFacingException.usage(e.getMessage() + ".", "Nothing was written to " + file + ".");
    }
    byte[] after = document.toBytes();
    String beforeText = new String(before, StandardCharsets.UTF_8);
    if (Arrays.equals(before, after)) {
      return new EditResult(file, beforeText, beforeText, false, false);
    }
    ResultCheck.verify(file, sdkBefore, sectionsBefore, before, after, document);
    if (!dryRun) {
      // The path as named: a link stays a link, and the backup goes beside it.
      AtomicFileWriter.write(file, after, NEW_FILE_MODE, true);
    }
    return new EditResult(
        file, beforeText, new String(after, StandardCharsets.UTF_8), true, !dryRun);
  }

  /**
   * The file as the SDK reads it.
   *
   * @throws UserFacingException (exit 2) when the SDK rejects it
   */
  private ProfileFile readWithSdk(byte[] bytes) {
    try {
      return sdkRead(bytes);
    } catch (RuntimeException e) {
      throw UserFacingException.usage(
          file + " is not a valid AWS config file: " + sdkReason(bytes, e),
          "Fix the file, then run the command again.");
    }
  }

  static ProfileFile sdkRead(byte[] bytes) {
    return ProfileFile.builder()
        .content(new ByteArrayInputStream(bytes))
        .type(ProfileFile.Type.CONFIGURATION)
        .build();
  }

  /** The SDK's message; ours (the same words) where the SDK fails without one (a lone "["). */
  static String sdkReason(byte[] bytes, RuntimeException e) {
    String reason =
        e instanceof IllegalArgumentException && e.getMessage() != null
            ? e.getMessage()
            : AwsConfigDocument.parse(bytes).problem().orElse(String.valueOf(e.getMessage()));
    if (bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF) {
      reason +=
          " (the file starts with a UTF-8 byte order mark, which the AWS SDKs and CLI reject)";
    }
    return reason;
  }

  private UserFacingException ioFailure(String action, IOException e) {
    if (e instanceof UnsafeFileException unsafe) {
      boolean badInput =
          unsafe.kind() == UnsafeFileException.Kind.NOT_REGULAR
              || unsafe.kind() == UnsafeFileException.Kind.TOO_LARGE;
      return new UserFacingException(
          badInput ? ExitCode.USAGE : ExitCode.FAILURE,
          "Could not " + action + " " + file + ": " + unsafe.describe() + ".",
          unsafe.fix() + " Nothing was written.",
          e);
    }
    return UserFacingException.failure(
        "Could not " + action + " " + file + ": " + describe(e),
        "Check the permissions of the file and its folder, then run the command again.",
        e);
  }

  /**
   * The reason in a few words, naming the other file when it was not the config (the lock, the
   * .bak).
   */
  private String describe(IOException e) {
    String reason;
    if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof NoSuchFileException) {
      reason = "no such file or folder";
    } else if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      reason = fileSystem.getReason();
    } else {
      reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
    if (e instanceof FileSystemException fileSystem
        && fileSystem.getFile() != null
        && !Path.of(fileSystem.getFile()).equals(file)) {
      reason += " (" + fileSystem.getFile() + ")";
    }
    return reason;
  }
}
