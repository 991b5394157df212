package dev.ssosetup.config;

/**
 * The names the AWS SDKs accept for profiles, sso-sessions and services sections: letters, digits
 * and {@code - / . % @ _ : +}, as the SDK's profile-file reader checks them (a section with any
 * other character in its name is silently ignored by every SDK).
 */
public final class ProfileNames {
  private ProfileNames() {}

  /**
   * Null when {@code name} is a valid profile / sso-session name, else a short reason ("contains
   * '['").
   */
  public static String problem(String name) {
    if (name == null || name.isEmpty()) {
      return "is empty";
    }
    if (isWhitespace(name.codePointAt(0))) {
      return "starts with whitespace";
    }
    if (isWhitespace(name.codePointBefore(name.length()))) {
      return "ends with whitespace";
    }
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (!SdkSyntax.isIdentifierChar(c)) {
        return "contains " + describe(c);
      }
      i += Character.charCount(c);
    }
    return null;
  }

  private static boolean isWhitespace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static String describe(int c) {
    return switch (c) {
      case '\n', '\r' -> "a line break";
      case ' ' -> "a space";
      case '\t' -> "a tab";
      default ->
          Character.isISOControl(c) || isWhitespace(c)
              ? String.format("the character U+%04X", c)
              : "'" + new String(Character.toChars(c)) + "'";
    };
  }
}
