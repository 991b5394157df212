package dev.ssosetup.prompt;

import dev.ssosetup.common.TerminalText;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * The prompter for scripts and CI: it never asks. A question takes its default, and a question
 * without one fails with exit 2 naming the flag that answers it (and, for a choice, the choices).
 */
public final class NonInteractivePrompter implements Prompter {
  private static final int MAX_LISTED = 50;

  private final PrintWriter out;
  private final PrintWriter err;

  public NonInteractivePrompter(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public boolean interactive() {
    return false;
  }

  @Override
  public String text(TextQuestion question) {
    String answer = question.defaultValue();
    if (answer == null) {
      throw UserFacingException.usage(
          Text.of("prompt.valueNeeded", question.label()),
          Text.of("prompt.valueNeeded.hint", question.flag()));
    }
    Text problem = question.validator().apply(answer);
    if (problem != null) {
      throw UserFacingException.usage(
          Text.of("prompt.invalidValue", question.flag(), problem), null);
    }
    return answer;
  }

  @Override
  public <T> T choose(Choice<T> choice) {
    String listed =
        choice.items().stream()
            .limit(MAX_LISTED)
            .map(
                item ->
                    "  "
                        + TerminalText.safe(choice.value().apply(item))
                        + "  "
                        + TerminalText.safe(choice.label().apply(item)))
            .collect(Collectors.joining(System.lineSeparator()));
    int more = choice.items().size() - MAX_LISTED;
    throw UserFacingException.usage(
        Text.of("prompt.choiceNeeded", choice.items().size(), choice.what(), choice.flag()),
        more > 0
            ? Text.of("prompt.choiceList.more", listed, System.lineSeparator(), more)
            : Text.of("prompt.choiceList", listed));
  }

  @Override
  public boolean confirm(String question, boolean defaultAnswer) {
    return defaultAnswer;
  }

  @Override
  public void say(String line) {
    out.println(TerminalText.safe(line));
    out.flush();
  }

  @Override
  public void warn(String line) {
    err.println(TerminalText.safe(line));
    err.flush();
  }

  @Override
  public Waiting waiting(String message, Instant deadline) {
    return () -> {};
  }

  /** Nothing: a script's output stays as it was, without a line redrawn in place. */
  @Override
  public ProgressLine progress(Text label) {
    return ProgressLine.NONE;
  }
}
