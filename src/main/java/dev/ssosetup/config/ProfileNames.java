package dev.ssosetup.config;

import dev.ssosetup.common.Text;

/**
 * The names the AWS SDKs accept for profiles, sso-sessions and services sections: letters, digits
 * and {@code - / . % @ _ : +}, as the SDK's profile-file reader checks them (a section with any
 * other character in its name is silently ignored by every SDK).
 */
public final class ProfileNames {
  private ProfileNames() {}

  /**
   * Null when {@code name} is a valid profile / sso-session name, else a short reason that follows
   * the name ("contains '['").
   */
  public static Text problem(String name) {
    if (name == null || name.isEmpty()) {
      return Text.of("config.name.empty");
    }
    if (isWhitespace(name.codePointAt(0))) {
      return Text.of("config.name.startsWithSpace");
    }
    if (isWhitespace(name.codePointBefore(name.length()))) {
      return Text.of("config.name.endsWithSpace");
    }
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (!SdkSyntax.isIdentifierChar(c)) {
        return Text.of("config.name.contains", character(c));
      }
      i += Character.charCount(c);
    }
    return null;
  }

  private static boolean isWhitespace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The character as a reason names it: in words when it cannot be shown, else quoted. */
  private static Text character(int c) {
    return switch (c) {
      case '\n', '\r' -> Text.of("config.char.lineBreak");
      case ' ' -> Text.of("config.char.space");
      case '\t' -> Text.of("config.char.tab");
      default ->
          Character.isISOControl(c) || isWhitespace(c)
              ? Text.of("config.char.codePoint", String.format("U+%04X", c))
              : Text.of("common.asIs", "'" + new String(Character.toChars(c)) + "'");
    };
  }
}
