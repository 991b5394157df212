package dev.ssosetup.auth;

import java.io.IOException;
import java.util.List;

/** Starts a program and returns at once (the browser opener's seam, so tests start nothing). */
@FunctionalInterface
interface ProcessLauncher {
  /** Starts the command with its output discarded; throws when it cannot be started. */
  void launch(List<String> command) throws IOException;

  /** The real launcher: no input, output and errors discarded, never waited for. */
  static ProcessLauncher system() {
    return command -> {
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      process.getOutputStream().close();
    };
  }
}
