package dev.ssosetup.prompt;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Clock;
import org.jline.terminal.Terminal;

/**
 * Makes the interactive prompter for a run. The command line holds one, so that tests hand in a
 * terminal over pipes while the command line itself never touches JLine.
 */
@FunctionalInterface
public interface PrompterFactory {
  /**
   * An interactive prompter.
   *
   * @param out the command's standard output (flushed before the terminal is written to)
   * @param err where warnings go
   * @param clock what the spinner counts the time left on
   * @param voice the language of the prompter's words and hints, and whether hints are dim
   */
  Prompter interactive(PrintWriter out, PrintWriter err, Clock clock, Voice voice);

  /** An interactive prompter speaking English, hints dim. */
  default Prompter interactive(PrintWriter out, PrintWriter err, Clock clock) {
    return interactive(out, err, clock, Voice.english());
  }

  /**
   * Prompters on the process's own terminal (the production default). A lambda, not a method
   * reference: a reference would load the JLine prompter on every run, even one that never asks.
   */
  static PrompterFactory system() {
    return (out, err, clock, voice) -> JLinePrompter.system(out, err, clock, voice);
  }

  /**
   * Prompters on one terminal of the given type ({@code xterm}, {@code dumb}) over these streams,
   * 80 by 24, UTF-8: keys are read from {@code in}, the screen is written to {@code out}. For
   * tests.
   */
  static PrompterFactory streams(InputStream in, OutputStream out, String terminalType) {
    Terminal terminal = TerminalOpener.streams(in, out, terminalType);
    return (stdout, err, clock, voice) -> JLinePrompter.over(terminal, err, clock, voice);
  }
}
