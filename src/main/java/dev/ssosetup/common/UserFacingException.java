package dev.ssosetup.common;

import java.util.Objects;

/**
 * A failure the user can act on: one line saying what is wrong, an optional line saying what to do,
 * and the exit code. It never carries a secret, and its stack trace is shown only under --debug.
 */
public class UserFacingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String hint;
  private final ExitCode exitCode;

  public UserFacingException(ExitCode exitCode, String message, String hint, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
    this.hint = hint;
  }

  /** Bad input (exit 2): an invalid flag, a missing value, an unreadable config. */
  public static UserFacingException usage(String message, String hint) {
    return new UserFacingException(ExitCode.USAGE, message, hint, null);
  }

  /** The operation failed (exit 1): AWS or network error, a login denied or expired. */
  public static UserFacingException failure(String message, String hint) {
    return new UserFacingException(ExitCode.FAILURE, message, hint, null);
  }

  /** Like {@link #failure(String, String)}, keeping the cause for --debug. */
  public static UserFacingException failure(String message, String hint, Throwable cause) {
    return new UserFacingException(ExitCode.FAILURE, message, hint, cause);
  }

  /** The user cancelled (exit 130): Ctrl-C, Esc or end of input at a prompt. */
  public static UserFacingException interrupted() {
    return new UserFacingException(
        ExitCode.INTERRUPTED, "Cancelled; nothing was written.", null, null);
  }

  /** What to do about it, or null. */
  public String hint() {
    return hint;
  }

  public ExitCode exitCode() {
    return exitCode;
  }
}
