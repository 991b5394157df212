package dev.ssosetup.common;

import java.util.Locale;

/**
 * The language sso-setup speaks to a user, chosen as POSIX tools choose it: the first set of {@code
 * LC_ALL}, {@code LC_MESSAGES} and {@code LANG} decides, and a value naming Japanese ({@code ja},
 * {@code ja_JP}, {@code ja_JP.UTF-8}, …) means Japanese; anything else, or nothing, means English.
 */
public enum UserLanguage {
  ENGLISH(Locale.ENGLISH),
  JAPANESE(Locale.JAPANESE);

  private final Locale locale;

  UserLanguage(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /** The language the locale variables of this environment ask for. */
  public static UserLanguage fromEnvironment(Environment environment) {
    for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String value = environment.variable(name);
      if (value != null) {
        return fromLocaleName(value);
      }
    }
    return ENGLISH;
  }

  /**
   * The language of a POSIX locale name such as {@code ja_JP.UTF-8}, {@code C} or {@code en_US}.
   */
  public static UserLanguage fromLocaleName(String name) {
    String language = name.strip();
    int end = 0;
    while (end < language.length() && Character.isLetter(language.charAt(end))) {
      end++;
    }
    return language.substring(0, end).equalsIgnoreCase("ja") ? JAPANESE : ENGLISH;
  }

  /** The language named by a {@code --lang} value ({@code en} or {@code ja}), or null. */
  public static UserLanguage fromOption(String value) {
    if (value == null) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "en" -> ENGLISH;
      case "ja" -> JAPANESE;
      default -> null;
    };
  }
}
