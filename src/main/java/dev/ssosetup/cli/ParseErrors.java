package dev.ssosetup.cli;

import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ParameterException;

/**
 * picocli's own parse errors (a missing option or value, a bad value, options that exclude each
 * other) in the reader's language. picocli words them in English only and gives no key, so each
 * known form of its message (picocli 4.7) is read back into its parts, and said again from the
 * bundles: the English bundle holds picocli's own wording, so English reads exactly as picocli
 * writes it. Option names, parameter labels and the values typed stay as they are. A message of
 * another form is shown as picocli wrote it.
 */
final class ParseErrors {
  private ParseErrors() {}

  /** A form of picocli's message, and the key of the same sentence in the bundles. */
  private record Form(Pattern pattern, String key) {
    Form(String regex, String key) {
      this(Pattern.compile(regex, Pattern.DOTALL), key);
    }
  }

  private static final List<Form> FORMS =
      List.of(
          new Form("^Missing required parameter for option '([^']+)' \\((.*)\\)$", "missingValue"),
          new Form("^Missing required option: (.+)$", "missingOption"),
          new Form("^Missing required options: (.+)$", "missingOptions"),
          new Form("^Missing required parameter: (.+)$", "missingParameter"),
          new Form("^Missing required parameters: (.+)$", "missingParameters"),
          new Form(
              "^Invalid value for option '([^']+)': expected one of \\[(.*)\\] \\(case-insensitive\\)"
                  + " but was '(.*)'$",
              "notOneOf"),
          new Form("^Invalid value for option '([^']+)': '(.*)' is not a double$", "notDouble"),
          new Form("^Invalid value for option '([^']+)': '(.*)' is not an int$", "notInt"),
          new Form("^Invalid value for option '([^']+)': '(.*)' is not a long$", "notLong"),
          new Form("^Invalid value for option '([^']+)': (.+)$", "invalidValue"),
          new Form("^option '([^']+)' \\((.*)\\) should be specified only once$", "onlyOnce"),
          new Form("^Error: (.+) are mutually exclusive \\(specify only one\\)$", "exclusive"),
          new Form(
              "^Error: expected only one match but got (\\[.+?\\])=\\{(.*?)\\} and \\1=\\{(.*)\\}$",
              "oneOfGroup"));

  /** The error's message in the language of {@code messages}. */
  static String message(ParameterException exception, Messages messages) {
    return text(exception.getMessage()).in(messages);
  }

  /** picocli's message as a sentence from the bundles, or as it is when its form is unknown. */
  static Text text(String message) {
    if (message == null) {
      return Text.of("common.asIs", "");
    }
    for (Form form : FORMS) {
      Matcher matcher = form.pattern().matcher(message);
      if (matcher.matches()) {
        Object[] parts = new Object[matcher.groupCount()];
        for (int i = 0; i < parts.length; i++) {
          parts[i] = matcher.group(i + 1);
        }
        return Text.of("cli.parse." + form.key(), parts);
      }
    }
    return Text.of("common.asIs", message);
  }
}
