package dev.ssosetup.cli;

import java.util.Locale;

/** How a shell sets an environment variable and writes a comment, for lines users paste. */
enum ShellSyntax {
  POSIX,
  CMD,
  POWERSHELL;

  /** PowerShell on Windows (its default shell), POSIX everywhere else. */
  static ShellSyntax forThisSystem() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")
        ? POWERSHELL
        : POSIX;
  }

  String setVariable(String name, String value) {
    return switch (this) {
      case POSIX -> "export " + name + "=" + posixQuoted(value);
      case CMD -> "set " + name + "=" + value;
      case POWERSHELL -> "$env:" + name + " = '" + value.replace("'", "''") + "'";
    };
  }

  String comment(String text) {
    return (this == CMD ? "REM " : "# ") + text;
  }

  /** Quotes only when needed, so the usual URL stays readable: {@code export X=http://...}. */
  private static String posixQuoted(String value) {
    return value.matches("[A-Za-z0-9_./:@%+,=-]+")
        ? value
        : "'" + value.replace("'", "'\\''") + "'";
  }
}
