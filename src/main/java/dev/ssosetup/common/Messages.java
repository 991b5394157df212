package dev.ssosetup.common;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words sso-setup shows to people, in English or Japanese, from the resource bundles {@code
 * dev/ssosetup/i18n/messages*.properties} (UTF-8). A message is looked up by key and its {@code
 * {0}}, {@code {1}}, … placeholders are replaced by the arguments, as they are: no {@code
 * MessageFormat} quoting rules, so an apostrophe in a sentence is just an apostrophe.
 *
 * <p>Prompts copied from the AWS CLI, option and command names, config keys and machine output
 * (JSON, exit codes) are never looked up here: they are the same in every language.
 */
public final class Messages {
  /** The base name of the bundles (the help of every command is in them too). */
  public static final String BUNDLE = "dev.ssosetup.i18n.messages";

  /** Loaded on first use: an English run reads no Japanese bundle. */
  private static final class English {
    static final Messages MESSAGES = new Messages(Locale.ENGLISH);
  }

  /** Loaded on first use; its bundle's parent is the English one (the fallback of a key). */
  private static final class Japanese {
    static final Messages MESSAGES = new Messages(Locale.JAPANESE);
  }

  private final Locale locale;
  private final ResourceBundle bundle;

  private Messages(Locale locale) {
    this.locale = locale;
    // No fallback to the JVM's default locale: the base bundle (English) is the only fallback.
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The English messages. */
  public static Messages english() {
    return English.MESSAGES;
  }

  /** The messages for a language: Japanese for {@code ja}, English for anything else. */
  public static Messages of(Locale locale) {
    return UserLanguage.JAPANESE.locale().getLanguage().equals(locale.getLanguage())
        ? Japanese.MESSAGES
        : English.MESSAGES;
  }

  /** The messages for a language. */
  public static Messages of(UserLanguage language) {
    return of(language.locale());
  }

  public Locale locale() {
    return locale;
  }

  /** The bundle itself, for the command-line help, which reads its keys with its own format. */
  public ResourceBundle bundle() {
    return bundle;
  }

  /** Whether there is a message under this key. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * The message under {@code key} with {@code {n}} replaced by {@code arguments[n]}.
   *
   * @throws MissingResourceException when no bundle has the key (a programming error, caught by the
   *     bundle tests)
   */
  public String get(String key, Object... arguments) {
    return format(bundle.getString(Objects.requireNonNull(key, "key")), arguments);
  }

  /** Replaces {@code {0}}…{@code {9}} in a pattern; anything else is kept as written. */
  static String format(String pattern, Object... arguments) {
    if (arguments.length == 0 || pattern.indexOf('{') < 0) {
      return pattern;
    }
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '{'
          && i + 2 < pattern.length()
          && Character.isDigit(pattern.charAt(i + 1))
          && pattern.charAt(i + 2) == '}') {
        int index = pattern.charAt(i + 1) - '0';
        if (index < arguments.length) {
          out.append(arguments[index]);
          i += 3;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
