package dev.ssosetup.config;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.files.AtomicFileWriter;
import dev.ssosetup.files.FileLocks;
import dev.ssosetup.files.SafeFiles;
import dev.ssosetup.files.UnsafeFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
      AwsConfigDocument document = AwsConfigDocument.parse(bytes);
      // A file the AWS SDK for Java reads needs no other reader's opinion here: only a file that
      // it and botocore both reject is refused. The other readers run only when ours finds a line
      // to check.
      if (!document.problems().isEmpty()) {
        requireSomeReader(bytes);
      }
      return document;
    } catch (IOException e) {
      throw ioFailure("read", e);
    }
  }

  /**
   * The file as a document, refused (exit 2) unless the AWS SDK for Java reads it: for commands
   * that hand the file to the SDK itself ({@code verify}).
   */
  public AwsConfigDocument readForTheJavaSdk() {
    AwsConfigDocument document = readValid();
    byte[] bytes = document.toBytes();
    try {
      sdkRead(bytes);
    } catch (RuntimeException e) {
      throw UserFacingException.usage(
          Text.of("config.notForJavaSdk", file, sdkReason(bytes, e)),
          Text.of("config.notForJavaSdk.hint"));
    }
    return document;
  }

  /**
   * Under the lock: re-read the file, refuse it if neither the AWS SDK for Java nor botocore can
   * read it, apply the edit, check the result as every reader reads it ({@link ResultCheck}: no new
   * problem for any of them, and exactly the edit), and (unless dryRun, and only if the bytes
   * changed) write it atomically with a .bak. A file one reader rejects is edited when the edit
   * adds no problem for any reader; the result then warns which lines which reader rejects.
   *
   * @throws UserFacingException exit 2 when no SDK reads the file as it is, when it is not a
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
    ConfigReaders.Readings readings = requireSomeReader(before);
    AwsConfigDocument document = AwsConfigDocument.parse(before);
    try {
      edit.accept(document);
    } catch (InvalidEditException e) {
      throw UserFacingException.usage(e.text(), Text.of("config.nothingWritten", file));
    }
    byte[] after = document.toBytes();
    String beforeText = new String(before, StandardCharsets.UTF_8);
    if (Arrays.equals(before, after)) {
      return new EditResult(file, beforeText, beforeText, false, false);
    }
    return checkAndWrite(before, readings, after, document, dryRun);
  }

  /** Checks the result as every reader reads it, then (unless dryRun) writes it with a .bak. */
  private EditResult checkAndWrite(
      byte[] before,
      ConfigReaders.Readings readings,
      byte[] after,
      AwsConfigDocument edited,
      boolean dryRun)
      throws IOException {
    List<ConfigReaders.Problem> remaining =
        ResultCheck.verify(file, before, readings, after, edited);
    if (!dryRun) {
      // The path as named: a link stays a link, and the backup goes beside it.
      AtomicFileWriter.write(file, after, NEW_FILE_MODE, true);
    }
    return new EditResult(
        file,
        new String(before, StandardCharsets.UTF_8),
        new String(after, StandardCharsets.UTF_8),
        true,
        !dryRun,
        warnings(remaining));
  }

  /**
   * Under the lock: the repairs {@code doctor --fix} can make safely ({@link ConfigRepair}: a byte
   * order mark, indented comments the SDK for Java rejects), checked like any edit (no new problem
   * for any reader, the same values for botocore and the SDK for JavaScript), written with a .bak.
   */
  public EditResult repair(boolean dryRun) {
    try {
      Path target = AtomicFileWriter.resolveLinks(file);
      SafeFiles.requireReplaceable(target);
      return dryRun
          ? repairNow(target, true)
          : locks.withLock(target, () -> repairNow(target, false));
    } catch (IOException e) {
      throw ioFailure("repair", e);
    }
  }

  private EditResult repairNow(Path target, boolean dryRun) throws IOException {
    byte[] before = SafeFiles.read(target, SafeFiles.MAX_CONFIG_BYTES, false);
    String beforeText = before == null ? "" : new String(before, StandardCharsets.UTF_8);
    if (before == null) {
      return new EditResult(file, "", "", false, false);
    }
    ConfigReaders.Readings readings = ConfigReaders.read(before);
    byte[] after = ConfigRepair.repair(before, readings.problems());
    if (Arrays.equals(before, after)) {
      return new EditResult(
          file, beforeText, beforeText, false, false, warnings(readings.problems()));
    }
    return checkAndWrite(before, readings, after, AwsConfigDocument.parse(after), dryRun);
  }

  /**
   * What the readers make of the file, refused when neither the AWS SDK for Java nor botocore (the
   * AWS CLI) reads it: there is nothing an edit could keep working.
   *
   * @throws UserFacingException (exit 2) then
   */
  private ConfigReaders.Readings requireSomeReader(byte[] bytes) {
    ConfigReaders.Readings readings = ConfigReaders.read(bytes);
    if (!readings.reads(ConfigReaders.Reader.JAVA)
        && !readings.reads(ConfigReaders.Reader.BOTOCORE)) {
      Text reason;
      try {
        sdkRead(bytes);
        reason = readings.problems().get(0).reason();
      } catch (RuntimeException e) {
        reason = sdkReason(bytes, e);
      }
      throw UserFacingException.usage(
          Text.of("config.invalidFile", file, reason), Text.of("config.invalidFile.hint"));
    }
    return readings;
  }

  /** One warning per line a reader still rejects (the file had it before the edit). */
  private List<Text> warnings(List<ConfigReaders.Problem> problems) {
    List<Text> warnings = new ArrayList<>();
    for (ConfigReaders.Problem problem : problems) {
      String key = "config.warning." + (problem.repairable() ? "repairable" : "left");
      warnings.add(
          problem.line() > 0
              ? Text.of(key + "At", problem.reader().label(), file, problem.line(), problem.why())
              : Text.of(key, problem.reader().label(), file, problem.why()));
    }
    return warnings;
  }

  static ProfileFile sdkRead(byte[] bytes) {
    return ProfileFile.builder()
        .content(new ByteArrayInputStream(bytes))
        .type(ProfileFile.Type.CONFIGURATION)
        .build();
  }

  /**
   * The SDK's message, as it says it; ours (the same words) where the SDK fails without one (a lone
   * "["). A byte order mark, which the SDK's words do not name, is named after them.
   */
  static Text sdkReason(byte[] bytes, RuntimeException e) {
    String reason =
        e instanceof IllegalArgumentException && e.getMessage() != null
            ? e.getMessage()
            : AwsConfigDocument.parse(bytes).problem().orElse(String.valueOf(e.getMessage()));
    if (bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF) {
      return Text.of("config.sdkReason.byteOrderMark", reason);
    }
    return Text.of("common.asIs", reason);
  }

  private UserFacingException ioFailure(String action, IOException e) {
    if (e instanceof UnsafeFileException unsafe) {
      boolean badInput =
          unsafe.kind() == UnsafeFileException.Kind.NOT_REGULAR
              || unsafe.kind() == UnsafeFileException.Kind.TOO_LARGE;
      return new UserFacingException(
          badInput ? ExitCode.USAGE : ExitCode.FAILURE,
          Text.of("config.io.refused", Text.of("config.io." + action), file, unsafe.describe()),
          Text.of("config.io.refused.hint", unsafe.fix()),
          e);
    }
    return UserFacingException.failure(
        Text.of("config.io.failed", Text.of("config.io." + action), file, describe(e)),
        Text.of("config.io.failed.hint"),
        e);
  }

  /**
   * The reason in a few words, naming the other file when it was not the config (the lock, the
   * .bak).
   */
  private Object describe(IOException e) {
    Object reason;
    if (e instanceof AccessDeniedException) {
      reason = Text.of("config.io.denied");
    } else if (e instanceof NoSuchFileException) {
      reason = Text.of("config.io.noSuchFile");
    } else if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      reason = fileSystem.getReason();
    } else {
      reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
    if (e instanceof FileSystemException fileSystem
        && fileSystem.getFile() != null
        && !Path.of(fileSystem.getFile()).equals(file)) {
      reason = Text.of("config.io.reasonOfFile", reason, fileSystem.getFile());
    }
    return reason;
  }
}
