package dev.ssosetup.prompt;

import dev.ssosetup.common.Text;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A question answered with a line of text.
 *
 * @param label the words before the brackets, e.g. {@code SSO start URL}
 * @param defaultValue what a blank answer means (may be null: a blank answer is then blank)
 * @param shownDefault what the brackets show (e.g. {@code None}), or null for no brackets
 * @param flag the command-line flag that answers it, named when a value is missing
 * @param completions values offered by tab completion
 * @param validator returns null for a valid answer, else the reason it is not (worded to follow
 *     "Invalid --flag: ")
 * @param hint a line under the prompt at a terminal, in the reader's language: what to enter and
 *     where to find it (null: none). The prompt itself stays as the AWS CLI words it.
 */
public record TextQuestion(
    String label,
    String defaultValue,
    String shownDefault,
    String flag,
    List<String> completions,
    Function<String, Text> validator,
    Text hint) {

  /** A question without a hint. */
  public TextQuestion(
      String label,
      String defaultValue,
      String shownDefault,
      String flag,
      List<String> completions,
      Function<String, Text> validator) {
    this(label, defaultValue, shownDefault, flag, completions, validator, null);
  }

  public TextQuestion {
    Objects.requireNonNull(label, "label");
    completions = completions == null ? List.of() : List.copyOf(completions);
    validator = validator == null ? answer -> null : validator;
  }

  /** This question with a hint under it. */
  public TextQuestion withHint(Text newHint) {
    return new TextQuestion(
        label, defaultValue, shownDefault, flag, completions, validator, newHint);
  }

  /** The prompt as shown, e.g. {@code SSO region [None]: }. */
  public String prompt() {
    return label + (shownDefault == null ? "" : " [" + shownDefault + "]") + ": ";
  }

  /** The answer for what was typed: the default when blank, else the trimmed text. */
  public String answerFor(String typed) {
    String trimmed = typed == null ? "" : typed.strip();
    return trimmed.isEmpty() ? defaultValue : trimmed;
  }
}
