package dev.ssosetup.cli;

import dev.ssosetup.common.Environment;
import dev.ssosetup.common.TerminalText;
import java.util.regex.Pattern;

/**
 * How a shell sets an environment variable and writes a comment, for lines users paste or source.
 * The sandbox's comments carry a fixture's names, so neither a value nor a comment can end its line
 * or run anything in the shell that reads it: values are quoted in full, comments are kept to one
 * terminal-safe line.
 */
enum ShellSyntax {
  POSIX,
  CMD,
  POWERSHELL;

  /** What cmd.exe would act on inside {@code set "NAME=value"} or a comment. */
  private static final Pattern CMD_SPECIAL = Pattern.compile("[\"%!^&|<>]");

  /** PowerShell takes the typographic single quotes for {@code '} too. */
  private static final Pattern POWERSHELL_QUOTES = Pattern.compile("(['\u2018\u2019\u201a\u201b])");

  /** PowerShell on Windows (its default shell), POSIX everywhere else. */
  static ShellSyntax forThisSystem(Environment environment) {
    return environment.isWindows() ? POWERSHELL : POSIX;
  }

  /**
   * The line that sets the variable: POSIX {@code export NAME='value'} (a {@code '} as {@code
   * '\''}), PowerShell {@code $env:NAME = 'value'} (each kind of single quote doubled), cmd {@code
   * set "NAME=value"}, which takes no value with a quote, {@code %}, {@code !} or {@code ^}.
   *
   * @throws IllegalArgumentException for a value with a control character, or one cmd cannot hold
   */
  String setVariable(String name, String value) {
    if (!TerminalText.isSafe(value)) {
      throw new IllegalArgumentException("A value with a control character: " + name);
    }
    return switch (this) {
      case POSIX -> "export " + name + "='" + value.replace("'", "'\\''") + "'";
      case CMD -> {
        if (CMD_SPECIAL.matcher(value).find()) {
          throw new IllegalArgumentException("cmd cannot hold the value of " + name);
        }
        yield "set \"" + name + "=" + value + "\"";
      }
      case POWERSHELL ->
          "$env:" + name + " = '" + POWERSHELL_QUOTES.matcher(value).replaceAll("$1$1") + "'";
    };
  }

  /**
   * A comment line: the text made terminal-safe (so a line break shows as {@code \n} and cannot
   * start a command), and for cmd without the characters its parser acts on even after {@code REM}.
   */
  String comment(String text) {
    String oneLine = TerminalText.safe(text);
    return switch (this) {
      case CMD -> "REM " + CMD_SPECIAL.matcher(oneLine).replaceAll("_");
      case POSIX, POWERSHELL -> "# " + oneLine;
    };
  }
}
