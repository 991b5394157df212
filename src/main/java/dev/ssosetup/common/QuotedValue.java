package dev.ssosetup.common;

/**
 * A value that was refused, as a message can show it: quoted, with every control character, line or
 * paragraph separator and invisible format character escaped, so that a hostile name can neither
 * break a line of output nor drive the terminal.
 */
public final class QuotedValue {
  /** Longest part of a value shown. */
  private static final int MAX_SHOWN = 80;

  private QuotedValue() {}

  /**
   * The value in double quotes, escaped (a line feed as backslash-n, other invisible characters as
   * backslash-u and four hex digits), cut after 80 characters; {@code (none)} for null.
   */
  public static String of(String value) {
    if (value == null) {
      return "(none)";
    }
    StringBuilder out = new StringBuilder("\"");
    int count = 0;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (count++ == MAX_SHOWN) {
        out.append("...");
        break;
      }
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (invisible(c)) {
            out.append(String.format("\\u%04X", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static boolean invisible(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE;
  }
}
