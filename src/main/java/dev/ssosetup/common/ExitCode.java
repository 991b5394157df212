package dev.ssosetup.common;

/**
 * The process exit codes, the same for every command (docs/spec.md §1.3). Commands return one of
 * these; the root help's "Exit codes" list is made from {@link #meaning(Messages)}, and the
 * README's table says the same.
 */
public enum ExitCode {
  OK(0),
  FAILURE(1),
  USAGE(2),
  /** {@code exec}: the command was found but could not be run, as shells report it. */
  COMMAND_NOT_EXECUTABLE(126),
  /** {@code exec}: no such command, as shells report it. */
  COMMAND_NOT_FOUND(127),
  INTERRUPTED(130);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** What the code means, as the help lists it, in the language of {@code messages}. */
  public String meaning(Messages messages) {
    return messages.get("exit." + code);
  }

  /** What the code means in English (the README's table says the same). */
  public String meaning() {
    return meaning(Messages.english());
  }
}
