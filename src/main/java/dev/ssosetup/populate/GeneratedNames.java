package dev.ssosetup.populate;

import dev.ssosetup.config.ProfileNames;

/**
 * Turns a rendered template into a profile name every tool reads, and gives the alternatives used
 * when that name is taken.
 *
 * <p>A name is made INI-safe and valid for the SDKs at once: whitespace, {@code [ ] # ; ' "} and
 * every other character outside the SDKs' identifier set (letters and digits of ASCII and {@code -
 * / . % @ _ : +}; so also non-ASCII letters, {@code !}, {@code ,}, {@code (}) become {@code -};
 * runs of {@code -} become one, and none is left at either end. The SDKs silently ignore a section
 * whose name has any other character, so this is the only safe choice.
 */
final class GeneratedNames {
  private GeneratedNames() {}

  /** The valid name for a raw one; empty when nothing valid is left. */
  static String sanitize(String raw) {
    StringBuilder name = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); ) {
      int c = raw.codePointAt(i);
      i += Character.charCount(c);
      if (c != '-' && isIdentifierChar(c)) {
        name.appendCodePoint(c);
      } else if (name.length() > 0 && name.charAt(name.length() - 1) != '-') {
        name.append('-');
      }
    }
    while (name.length() > 0 && name.charAt(name.length() - 1) == '-') {
      name.setLength(name.length() - 1);
    }
    return name.toString();
  }

  /**
   * The account name as a name field, or the account ID when making it valid would keep fewer than
   * half of its letters and digits: {@code 本番環境} would leave nothing and {@code 検証環境 (チーム A)} only
   * {@code A}, names nobody recognises and many accounts share, while {@code Workload (prod)} keeps
   * all and {@code Café} most.
   */
  static String accountName(String name, String accountId) {
    long letters = name.codePoints().filter(Character::isLetterOrDigit).count();
    long kept = sanitize(name).codePoints().filter(Character::isLetterOrDigit).count();
    return kept * 2 >= letters ? name : accountId;
  }

  /**
   * The profile name for an assignment: the sanitized template, else (when no letter or digit is
   * left of it, say {@code .} for an account and a role named only in Japanese) {@code <account
   * id>.<role>}, or the account ID alone when nothing of the role is left either.
   */
  static String base(String rendered, String accountId, String roleName) {
    String name = withoutEdgeDots(sanitize(rendered));
    if (hasLetterOrDigit(name)) {
      return name;
    }
    String role = sanitize(roleName);
    return hasLetterOrDigit(role) ? accountId + "." + role : accountId;
  }

  /**
   * Without the dots a field that rendered empty leaves at either end ({@code 1111.} of an unnamed
   * role).
   */
  private static String withoutEdgeDots(String name) {
    int start = 0;
    int end = name.length();
    while (start < end && name.charAt(start) == '.') {
      start++;
    }
    while (end > start && name.charAt(end - 1) == '.') {
      end--;
    }
    return name.substring(start, end);
  }

  private static boolean hasLetterOrDigit(String name) {
    return name.chars().anyMatch(c -> c < 128 && Character.isLetterOrDigit(c));
  }

  /**
   * The {@code index}-th choice of name: the base name, then {@code <base>-<account id>} (the
   * suffix of docs/spec.md §6.2), then {@code <base>-<account id>-2}, {@code -3}, ... if templates
   * give several roles of one account the same name.
   */
  static String candidate(String base, String accountId, int index) {
    return switch (index) {
      case 0 -> base;
      case 1 -> base + "-" + accountId;
      default -> base + "-" + accountId + "-" + index;
    };
  }

  /** Which choice {@code name} is for this base name and account, or -1 when none. */
  static int candidateIndex(String name, String base, String accountId) {
    if (name.equals(base)) {
      return 0;
    }
    String withId = base + "-" + accountId;
    if (name.equals(withId)) {
      return 1;
    }
    if (name.startsWith(withId + "-")) {
      String rest = name.substring(withId.length() + 1);
      if (!rest.isEmpty() && rest.length() < 6 && rest.chars().allMatch(Character::isDigit)) {
        int index = Integer.parseInt(rest);
        return index >= 2 && rest.equals(Integer.toString(index)) ? index : -1;
      }
    }
    return -1;
  }

  /** Whether the SDKs accept this character in a section name (asked of the editor's own rule). */
  private static boolean isIdentifierChar(int c) {
    return ProfileNames.problem(new String(Character.toChars(c))) == null;
  }
}
