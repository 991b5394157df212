package dev.ssosetup.config;

import dev.ssosetup.common.Text;

/**
 * Which values sso-setup writes into the config file: one line of visible characters that every
 * reader takes as exactly that value. The AWS SDK for Java and botocore read an indented line after
 * a key as more of its value, while the AWS SDK for JavaScript v3 trims every line first and reads
 * it as a key or a section of its own; and each reader has its own idea of a line break (Java:
 * {@code \r} and {@code \n}; Python: also U+0085, U+2028 and others in some paths; JavaScript: only
 * {@code \n}). So a value never holds a control character, a line or paragraph separator, an
 * invisible format character, or whitespace other than a plain space.
 */
public final class ConfigValues {
  /** The SDK reads {@code " #"} or {@code " ;"} after a value as the start of a comment. */
  private static final String[] COMMENT_STARTS = {" #", " ;"};

  private ConfigValues() {}

  /**
   * Null when the value can be written, else why not, following "the value", e.g. {@code contains a
   * line break (U+000A)}.
   */
  public static Text problem(String value) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      String what = refused(c);
      if (what != null) {
        return Text.of(
            "config.value.containsChar",
            Text.of("config.char." + what),
            String.format("U+%04X", c));
      }
      i += Character.charCount(c);
    }
    if (!value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ')) {
      return Text.of("config.value.outerSpace");
    }
    for (String start : COMMENT_STARTS) {
      if (value.contains(start)) {
        return Text.of("config.value.commentMark", start.trim());
      }
    }
    return null;
  }

  /**
   * What is wrong with one character, as the end of its {@code config.char.*} key, or null when it
   * may be written.
   */
  private static String refused(int c) {
    if (c == '\n' || c == '\r' || c == 0x85 || c == 0x0B || c == 0x0C) {
      return "lineBreak";
    }
    if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
      return "control";
    }
    int type = Character.getType(c);
    if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
      return "lineBreak";
    }
    if (type == Character.SURROGATE) {
      return "surrogate";
    }
    if (type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
      return "invisible";
    }
    if (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
      return "otherSpace";
    }
    return null;
  }
}
