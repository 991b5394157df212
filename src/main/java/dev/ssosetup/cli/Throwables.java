package dev.ssosetup.cli;

import dev.ssosetup.common.TerminalText;

/**
 * Renders an exception and its causes as text, for --debug output only; each exception's own line
 * is terminal-safe, since its message may quote a server.
 */
final class Throwables {
  private Throwables() {}

  static String render(Throwable throwable) {
    StringBuilder text = new StringBuilder();
    Throwable current = throwable;
    String prefix = "";
    int depth = 0;
    while (current != null && depth++ < 20) {
      text.append(prefix)
          .append(TerminalText.safe(String.valueOf(current)))
          .append(System.lineSeparator());
      for (StackTraceElement frame : current.getStackTrace()) {
        text.append("\tat ").append(frame).append(System.lineSeparator());
      }
      prefix = "Caused by: ";
      current = current.getCause() == current ? null : current.getCause();
    }
    return text.toString();
  }
}
