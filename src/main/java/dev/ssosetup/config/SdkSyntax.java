package dev.ssosetup.config;

/**
 * The line rules of the AWS SDK for Java's profile-file reader ({@code ProfileFileReader} in the
 * {@code profiles} module, 2.57.8), copied rule by rule so that this package reads a config file
 * exactly as the SDK does: which lines are blank, comments, headers, properties or continuations,
 * and how names and values are cut out of them.
 */
final class SdkSyntax {
  /** Where a comment may start after a property value: only after whitespace. */
  private static final String[] VALUE_COMMENT_STARTS = {" #", " ;", "\t#", "\t;"};

  /** Where a comment may start after a header: anywhere. */
  private static final String[] HEADER_COMMENT_STARTS = {"#", ";"};

  private SdkSyntax() {}

  /** The SDK skips lines of only spaces and tabs. */
  static boolean isBlank(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  /** A comment line starts with '#' or ';' in the first column; indented ones are continuations. */
  static boolean isComment(String line) {
    return line.startsWith("#") || line.startsWith(";");
  }

  static boolean isHeader(String line) {
    return line.startsWith("[");
  }

  static boolean isContinuation(String line) {
    return line.startsWith(" ") || line.startsWith("\t");
  }

  /**
   * The SDK's identifier rule for profile, section and property names: {@code
   * [A-Za-z0-9_\\-/.%@:+]*}.
   */
  static boolean isIdentifier(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (!isIdentifierChar(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isIdentifierChar(int c) {
    return c >= 'a' && c <= 'z'
        || c >= 'A' && c <= 'Z'
        || c >= '0' && c <= '9'
        || c < 128 && "_-/.%@:+".indexOf(c) >= 0;
  }

  /** Index where the comment after a property value starts, or the line's length when none. */
  static int valueCommentStart(String line) {
    return earliest(line, VALUE_COMMENT_STARTS);
  }

  private static int earliest(String line, String[] patterns) {
    int best = line.length();
    for (String pattern : patterns) {
      int at = line.indexOf(pattern);
      if (at >= 0 && at < best) {
        best = at;
      }
    }
    return best;
  }

  /** A key and value cut from a property (or sub-property) line; {@code key} may be invalid. */
  record Property(String key, String value) {
    boolean validKey() {
      return isIdentifier(key);
    }
  }

  /**
   * Cuts a property definition out of a line that has had its comment removed (if any) and been
   * trimmed, as the SDK's {@code parsePropertyDefinition} does.
   *
   * @throws SyntaxError when there is no '=' or no name before it
   */
  static Property property(String trimmed) throws SyntaxError {
    int equals = trimmed.indexOf('=');
    if (equals < 0) {
      throw new SyntaxError("Expected an '=' sign defining a property");
    }
    String key = trimmed.substring(0, equals).trim();
    if (key.isEmpty()) {
      throw new SyntaxError("Property did not have a name");
    }
    return new Property(key, trimmed.substring(equals + 1).trim());
  }

  /** A property definition line: its comment removed, trimmed, then cut. */
  static Property propertyLine(String line) throws SyntaxError {
    return property(line.substring(0, valueCommentStart(line)).trim());
  }

  /** What a header line declares, as the SDK reads it. */
  record Header(SectionId id, boolean profilePrefix) {
    /** A header the SDK reads but whose section it ignores (unknown kind or invalid name). */
    static final Header IGNORED = new Header(null, false);
  }

  /**
   * The name of a {@code [profile NAME]} header that the SDK reads but ignores for a character its
   * profile names may not have (a Japanese name, a space); null for any other line.
   */
  static String ignoredProfileName(String line) {
    try {
      if (header(line) != Header.IGNORED) {
        return null;
      }
    } catch (SyntaxError e) {
      return null;
    }
    String withoutComment = line.substring(0, earliest(line, HEADER_COMMENT_STARTS)).trim();
    String inside = withoutComment.substring(1, withoutComment.length() - 1).trim();
    if (!inside.startsWith("profile ") && !inside.startsWith("profile\t")) {
      return null;
    }
    String name = inside.substring("profile".length()).trim();
    return name.isEmpty() ? null : name;
  }

  /**
   * Reads a header line (one starting with '['), following the SDK's {@code sectionDefinitionLine},
   * {@code readSectionProfileDefinitionLine} and {@code readProfileDefinitionLine} in that order.
   *
   * @throws SyntaxError when the SDK rejects the line
   */
  static Header header(String line) throws SyntaxError {
    if (line.length() < 2) {
      // The SDK fails here with an index error; it is the same mistake as a missing ']'.
      throw new SyntaxError("Profile definition must end with ']'");
    }
    // The SDK decides "special section or profile" on the raw line, comments and all.
    SectionId.Kind special = specialKind(line.substring(1, line.length() - 1).trim());
    String withoutComment = line.substring(0, earliest(line, HEADER_COMMENT_STARTS)).trim();
    if (!withoutComment.endsWith("]")) {
      throw new SyntaxError(
          special != null
              ? "Section definition must end with ']'"
              : "Profile definition must end with ']'");
    }
    String inside = withoutComment.substring(1, withoutComment.length() - 1).trim();
    if (special != null) {
      SectionId.Kind kind = specialKind(inside);
      if (kind == null) {
        return Header.IGNORED;
      }
      String name = inside.substring(title(kind).length()).trim();
      return isIdentifier(name) ? new Header(new SectionId(kind, name), false) : Header.IGNORED;
    }
    boolean prefix = inside.startsWith("profile ") || inside.startsWith("profile\t");
    String name;
    if (prefix) {
      name = inside.substring("profile".length()).trim();
    } else if (inside.equals("default")) {
      name = "default";
    } else {
      return Header.IGNORED;
    }
    return isIdentifier(name) ? new Header(SectionId.profile(name), prefix) : Header.IGNORED;
  }

  private static SectionId.Kind specialKind(String inside) {
    for (SectionId.Kind kind :
        new SectionId.Kind[] {SectionId.Kind.SSO_SESSION, SectionId.Kind.SERVICES}) {
      String title = title(kind);
      if (inside.startsWith(title + " ") || inside.startsWith(title + "\t")) {
        return kind;
      }
    }
    return null;
  }

  private static String title(SectionId.Kind kind) {
    return switch (kind) {
      case SSO_SESSION -> "sso-session";
      case SERVICES -> "services";
      case PROFILE -> "profile";
    };
  }

  /** A line the SDK rejects; the message is the SDK's, without its "on line N". */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxError(String message) {
      super(message, null, false, false);
    }
  }
}
