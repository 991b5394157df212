package dev.ssosetup.prompt;

import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
import java.util.Objects;

/**
 * How a prompter speaks to the person at the terminal: the language of its own words and of the
 * hints under the questions, and whether hints may be drawn dim (not with {@code --no-color} or
 * {@code NO_COLOR}).
 */
public record Voice(Messages messages, boolean color) {

  public Voice {
    Objects.requireNonNull(messages, "messages");
  }

  /** English, with colour where the terminal has it. */
  public static Voice english() {
    return new Voice(Messages.english(), true);
  }

  /** A hint in this voice's language. */
  String say(Text text) {
    return text.in(messages);
  }
}
