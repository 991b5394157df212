package dev.ssosetup.common;

/** The process exit codes, the same for every command (docs/spec.md §1.3). */
public enum ExitCode {
  OK(0, "success"),
  FAILURE(1, "the operation failed: AWS or network error, login denied or expired, a check failed"),
  USAGE(2, "bad input: unknown or invalid option, missing value, invalid config"),
  /** {@code exec}: the command was found but could not be run, as shells report it. */
  COMMAND_NOT_EXECUTABLE(126, "exec: the command could not be run"),
  /** {@code exec}: no such command, as shells report it. */
  COMMAND_NOT_FOUND(127, "exec: the command was not found"),
  INTERRUPTED(130, "interrupted by the user (Ctrl-C, Esc at a prompt, end of input)");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
