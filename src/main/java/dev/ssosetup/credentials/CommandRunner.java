package dev.ssosetup.credentials;

import dev.ssosetup.credentials.CredentialsException.Problem;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a command in the foreground as {@code exec} does: with the given environment (and nothing
 * else of this process's), the terminal's standard input, output and error, this JVM's INT, TERM
 * and HUP handled as {@link SignalRelay} says, and the child's exit code returned: 128 + N when it
 * died of signal N, as shells report it.
 */
public final class CommandRunner {
  /** The errno in the JDK's "Cannot run program" message. */
  private static final Pattern ERRNO = Pattern.compile("error=(\\d+)");

  private static final int ENOENT = 2;

  private CommandRunner() {}

  /**
   * Runs the command and waits for it; {@code windows} says whether this is Windows, where only
   * TERM is passed on to the child.
   *
   * @throws CredentialsException {@code COMMAND_NOT_FOUND} (a shell exits 127) or {@code
   *     COMMAND_NOT_EXECUTABLE} (126) when it could not be started
   */
  public static int run(List<String> command, Map<String, String> environment, boolean windows) {
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().clear();
    builder.environment().putAll(environment);
    try (SignalRelay relay = SignalRelay.install(windows)) {
      Process process;
      try {
        process = builder.start();
      } catch (IOException e) {
        throw notStarted(command.get(0), e);
      }
      relay.child(process);
      return waitFor(process);
    }
  }

  /** The child's exit code; an interrupt does not stop the wait (the child is still running). */
  private static int waitFor(Process process) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return process.waitFor();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static CredentialsException notStarted(String program, IOException e) {
    Matcher errno = ERRNO.matcher(String.valueOf(e.getMessage()));
    boolean missing = !errno.find() || Integer.parseInt(errno.group(1)) == ENOENT;
    return new CredentialsException(
        missing ? Problem.COMMAND_NOT_FOUND : Problem.COMMAND_NOT_EXECUTABLE, program, e);
  }
}
