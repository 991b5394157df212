package dev.ssosetup.prompt;

import java.util.Map;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * JLine's line reader with a hint drawn under the line being typed. JLine already draws lines under
 * the input (its completion list); the hint takes that place whenever nothing else does, and is
 * gone when the answer is entered, so the screen then reads like the AWS CLI's.
 */
final class HintedLineReader extends LineReaderImpl {
  private volatile AttributedString hint;

  HintedLineReader(Terminal terminal, String appName, Map<String, Object> variables) {
    super(terminal, appName, variables);
  }

  /** Reads a line after {@code prompt}, with {@code hint} under it (null: no hint). */
  String readLine(String prompt, AttributedString hint) {
    this.hint = hint;
    // A line cut short (Ctrl-C) may have left the last hint in place.
    post = null;
    try {
      return readLine(prompt);
    } finally {
      this.hint = null;
    }
  }

  @Override
  protected void redisplay(boolean flush) {
    AttributedString shown = hint;
    if (post == null && shown != null) {
      post = () -> shown;
    }
    super.redisplay(flush);
  }

  /** The answer is in: the last drawing of the line goes without the hint. */
  @Override
  protected void cleanup() {
    hint = null;
    super.cleanup();
  }
}
