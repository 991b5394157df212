package dev.ssosetup.admin;

import dev.ssosetup.common.ExitCode;
import java.util.List;

/**
 * Why an admin command cannot go on, as a message key of the {@code admin.} bundle block and its
 * arguments, so that the command line renders it in the user's language: bad input (exit 2, and
 * nothing was changed) or a failure (exit 1).
 */
public final class AdminProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ExitCode exitCode;
  private final String key;
  private final transient List<Object> arguments;

  private AdminProblem(ExitCode exitCode, String key, Object[] arguments, Throwable cause) {
    super(key, cause, false, false);
    this.exitCode = exitCode;
    this.key = key;
    this.arguments = List.of(arguments);
  }

  /** Invalid input: exit 2. */
  public static AdminProblem input(String key, Object... arguments) {
    return new AdminProblem(ExitCode.USAGE, key, arguments, null);
  }

  /** The operation failed: exit 1. */
  public static AdminProblem failure(String key, Object... arguments) {
    return new AdminProblem(ExitCode.FAILURE, key, arguments, null);
  }

  /** The operation failed because of an AWS error: exit 1, with the error as the cause. */
  public static AdminProblem failure(Throwable cause, String key, Object... arguments) {
    return new AdminProblem(ExitCode.FAILURE, key, arguments, cause);
  }

  public ExitCode exitCode() {
    return exitCode;
  }

  public String key() {
    return key;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }
}
