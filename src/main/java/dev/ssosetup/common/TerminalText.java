package dev.ssosetup.common;

/**
 * Makes text from outside (a server's names and messages, a fixture, a config or cache file, a
 * flag) safe to print on a terminal. A terminal obeys the control characters in what it prints: an
 * account name with {@code ESC ] 52} can write the clipboard, others change the window title, clear
 * the screen, hide text or move the cursor, and a bidirectional override makes text read in another
 * order than it is stored. Here every such character is shown instead, escaped in a visible form a
 * person can read and report:
 *
 * <ul>
 *   <li>{@code \n}, {@code \r}, {@code \t}, and {@code \e} for ESC;
 *   <li>{@code \xNN} for the other C0 controls, DEL and the C1 controls (U+0080 to U+009F, which
 *       some terminals obey like ESC sequences);
 *   <li>a backslash, {@code u} and four hex digits for the bidirectional controls (U+061C, U+200E,
 *       U+200F, U+202A to U+202E, U+2066 to U+2069) and the line and paragraph separators (U+2028,
 *       U+2029).
 * </ul>
 *
 * Everything else is kept, Japanese and emoji included. A backslash is not escaped, so the result
 * is unchanged by a second pass: a value made safe where it is read and again where it is printed
 * reads the same. JSON output needs none of this: its writer escapes every control already.
 */
public final class TerminalText {
  private TerminalText() {}

  /**
   * The text as one line with nothing a terminal would obey: line breaks included, everything above
   * is escaped. Null stays null, so that a caller's own null handling still works.
   */
  public static String safe(CharSequence text) {
    if (text == null) {
      return null;
    }
    int first = firstUnsafe(text, 0, text.length());
    if (first < 0) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    out.append(text, 0, first);
    escape(text, first, text.length(), out);
    return out.toString();
  }

  /**
   * Text of several lines of our own making (a diff, a list under a message, a stack trace) with
   * every line made {@link #safe}: its line breaks ({@code \n} or {@code \r\n}) and tabs are kept,
   * everything else is escaped. A value that must stay on its line is made safe before it is put
   * into such text.
   */
  public static String lines(CharSequence text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int start = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\t') {
        escape(text, start, i, out);
        out.append(c);
        start = i + 1;
      } else if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
        escape(text, start, i, out);
        out.append("\r\n");
        start = i + 2;
        i++;
      }
    }
    escape(text, start, length, out);
    return out.toString();
  }

  /** Whether printing the text as one line is safe as it is: {@code safe(text).equals(text)}. */
  public static boolean isSafe(CharSequence text) {
    return text == null || firstUnsafe(text, 0, text.length()) < 0;
  }

  /** Whether a terminal could act on this character rather than show it. */
  static boolean unsafe(char c) {
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return true;
    }
    return c == '\u061c'
        || c == '\u200e'
        || c == '\u200f'
        || (c >= '\u2028' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  private static int firstUnsafe(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (unsafe(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static void escape(CharSequence text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!unsafe(c)) {
        out.append(c);
        continue;
      }
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\u001b' -> out.append("\\e");
        default -> {
          if (c <= 0xff) {
            out.append("\\x").append(hex(c, 2));
          } else {
            out.append("\\u").append(hex(c, 4));
          }
        }
      }
    }
  }

  private static String hex(char c, int digits) {
    String hex = Integer.toHexString(c);
    return "0".repeat(digits - hex.length()) + hex;
  }
}
