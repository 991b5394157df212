package dev.ssosetup.files;

import dev.ssosetup.common.Text;
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
  private final transient Path path;
  private final transient Text problem;
  private final transient Text fix;

  /**
   * @param problem what is wrong, as a sentence naming the path (its {@code {0}}), without the
   *     final full stop: callers put it into a sentence of their own
   * @param fix what to do about it, as a sentence
   */
  UnsafeFileException(Kind kind, Path path, Text problem, Text fix) {
    super(path.toString(), null, problem.toString());
    this.kind = kind;
    this.path = path;
    this.problem = problem;
    this.fix = fix;
  }

  public Kind kind() {
    return kind;
  }

  public Path path() {
    return path;
  }

  /** One sentence: the path and what is wrong with it, without the final full stop. */
  public Text describe() {
    return problem;
  }

  /** What to do about it, as a sentence. */
  public Text fix() {
    return fix;
  }
}
