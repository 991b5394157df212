package dev.ssosetup.prompt;

import dev.ssosetup.common.Text;
import java.time.Instant;

/**
 * How a flow talks to the person running it: questions with defaults, a choice from a list, a
 * yes/no, and messages. Flows are written against this interface only, so every flow runs the same
 * with a terminal, without one, or in a test. A cancelled prompt (Ctrl-C, Esc, end of input) throws
 * {@link dev.ssosetup.common.UserFacingException#interrupted()}.
 */
public interface Prompter {
  /** Whether a person answers; when false, every question takes its default or fails. */
  boolean interactive();

  /** Asks for a line of text; a blank answer means the default. Re-asks while invalid. */
  String text(TextQuestion question);

  /** Asks the user to pick one item of a list (of at least two). */
  <T> T choose(Choice<T> choice);

  /** Asks a yes/no question. */
  boolean confirm(String question, boolean defaultAnswer);

  /**
   * A line of normal output. It is shown terminal-safe ({@link
   * dev.ssosetup.common.TerminalText#safe}): a control character in it, a line break included, is
   * shown escaped, so a name from a server or a file cannot drive the terminal or fake a line. Say
   * several lines one by one.
   */
  void say(String line);

  /** A warning or notice, on the error stream; one line, terminal-safe like {@link #say}. */
  void warn(String line);

  /**
   * Shows that the program waits (a spinner with the time left on a terminal, nothing otherwise)
   * until the returned handle is closed.
   */
  Waiting waiting(String message, Instant deadline);

  /**
   * Shows how far a long task is, until the returned line is closed: at a terminal that can redraw
   * a line in place, a bar with the label and the counts of each {@link ProgressStep}, on the same
   * line as {@link #waiting}'s spinner (the newer of the two has it); nothing otherwise (without a
   * terminal, or when standard error is not one). The label is in the words of the bundles, shown
   * in the prompter's language.
   */
  ProgressLine progress(Text label);

  /** The handle of a {@link #progress} line. Updates may come from several threads. */
  interface ProgressLine extends AutoCloseable {
    /** A line that shows nothing. */
    ProgressLine NONE =
        new ProgressLine() {
          @Override
          public void update(ProgressStep step) {}

          @Override
          public void close() {}
        };

    /** The newest reading; quick, and redrawn at most ten times a second. */
    void update(ProgressStep step);

    /** Erases the line; later updates show nothing. */
    @Override
    void close();
  }

  /** The handle of a {@link #waiting} indicator. */
  interface Waiting extends AutoCloseable {
    @Override
    void close();
  }
}
