package dev.ssosetup.files;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A file or folder sso-setup refuses to read or write, and why: not a regular file (a device such
 * as {@code /dev/null}, a FIFO, a folder), larger than any config or cache file can be, made
 * read-only by its owner, or a folder that other users can change.
 */
public final class UnsafeFileException extends FileSystemException {
  private static final long serialVersionUID = 1L;

  /** What is wrong. */
  public enum Kind {
    /** Not a regular file: bad input (exit 2). */
    NOT_REGULAR,
    /** Larger than the limit: bad input (exit 2). */
    TOO_LARGE,
    /** The owner made it read-only: the operation fails (exit 1). */
    READ_ONLY,
    /** A folder others can write to, or another user's: the operation fails (exit 1). */
    UNSAFE_FOLDER
  }

  private final Kind kind;
  private final Path path;
  private final String fix;

  UnsafeFileException(Kind kind, Path path, String reason, String fix) {
    super(path.toString(), null, reason);
    this.kind = kind;
    this.path = path;
    this.fix = fix;
  }

  public Kind kind() {
    return kind;
  }

  public Path path() {
    return path;
  }

  /** One sentence: the path and what is wrong with it. */
  public String describe() {
    return path + " " + getReason();
  }

  /** What to do about it, as a sentence. */
  public String fix() {
    return fix;
  }
}
