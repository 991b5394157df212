package dev.ssosetup.demo;

import dev.ssosetup.common.TerminalText;
import dev.ssosetup.common.Text;
import dev.ssosetup.prompt.Choice;
import dev.ssosetup.prompt.NonInteractivePrompter;
import dev.ssosetup.prompt.Prompter;
import dev.ssosetup.prompt.TextQuestion;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Answers questions from a script and prints each prompt with its answer, the way a person would
 * have seen it at a terminal: the demo's non-interactive mode. A question the script does not
 * answer takes its default, like pressing Enter.
 */
final class ScriptedPrompter implements Prompter {
  private final Map<String, String> answers;
  private final PrintWriter out;

  /** Says, warns and waits as a run without a terminal does: only the questions differ. */
  private final NonInteractivePrompter plain;

  /**
   * @param answers answers by question label (e.g. {@code SSO start URL}); for a choice, by its
   *     {@code what} (e.g. {@code account}) with the item's value
   */
  ScriptedPrompter(Map<String, String> answers, PrintWriter out, PrintWriter err) {
    this.answers = Map.copyOf(answers);
    this.out = out;
    this.plain = new NonInteractivePrompter(out, err);
  }

  @Override
  public boolean interactive() {
    return true;
  }

  @Override
  public String text(TextQuestion question) {
    String typed = answers.getOrDefault(question.label(), "");
    out.println(TerminalText.safe(question.prompt() + typed));
    out.flush();
    String answer = question.answerFor(typed);
    Text problem = question.validator().apply(answer);
    if (problem != null) {
      throw new IllegalStateException(
          "The demo's script answers '" + question.label() + "' badly: " + problem);
    }
    return answer;
  }

  @Override
  public <T> T choose(Choice<T> choice) {
    String wanted = answers.get(choice.what());
    T picked =
        choice.items().stream()
            .filter(item -> wanted == null || Objects.equals(choice.value().apply(item), wanted))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The demo's script picks a missing " + choice.what()));
    out.println("> " + TerminalText.safe(choice.label().apply(picked)));
    out.flush();
    return picked;
  }

  @Override
  public boolean confirm(String question, boolean defaultAnswer) {
    out.println(TerminalText.safe(question + (defaultAnswer ? " [Y/n]: y" : " [y/N]: n")));
    out.flush();
    return defaultAnswer;
  }

  @Override
  public void say(String line) {
    plain.say(line);
  }

  @Override
  public void warn(String line) {
    plain.warn(line);
  }

  @Override
  public Waiting waiting(String message, Instant deadline) {
    return plain.waiting(message, deadline);
  }

  @Override
  public ProgressLine progress(Text label) {
    return plain.progress(label);
  }
}
