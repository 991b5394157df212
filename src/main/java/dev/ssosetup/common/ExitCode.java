package dev.ssosetup.common;

/**
 * The process exit codes, the same for every command (docs/spec.md §1.3). Commands return one of
 * these; the root help's "Exit codes" list is made from {@link #meaning()}, and the README's table
 * says the same.
 */
public enum ExitCode {
  OK(0, "success"),
  FAILURE(
      1,
      "the operation failed: AWS or network error, login denied or expired, a verify or doctor"
          + " check failed"),
  USAGE(
      2,
      "bad input: a missing or unknown command, an unknown or invalid option, a missing value in"
          + " non-interactive mode, an invalid config"),
  /** {@code exec}: the command was found but could not be run, as shells report it. */
  COMMAND_NOT_EXECUTABLE(126, "exec: the command was found but could not be run"),
  /** {@code exec}: no such command, as shells report it. */
  COMMAND_NOT_FOUND(127, "exec: the command was not found"),
  INTERRUPTED(
      130,
      "interrupted by the user (Ctrl-C, Esc at a prompt, end of input); the config file is left as"
          + " it was");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  /** What the code means, as the help lists it (English, like every help text). */
  public String meaning() {
    return meaning;
  }
}
