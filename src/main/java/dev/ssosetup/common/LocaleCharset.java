package dev.ssosetup.common;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The charset the user's locale variables name for their terminal. The JVM takes its console
 * charset from the C library's locale, and where the locale a user asks for is not installed (a
 * container with only {@code C} and {@code C.UTF-8}, and {@code LANG=ja_JP.UTF-8}) the C library
 * falls back to ASCII, so every Japanese character would print as {@code ?}. A terminal whose
 * locale name says UTF-8 reads UTF-8 whether or not that locale is installed, as {@code ls} and
 * {@code git} assume; sso-setup writes (and JLine reads) UTF-8 there.
 */
public final class LocaleCharset {
  private LocaleCharset() {}

  /**
   * UTF-8 when the locale variable that decides the character type ({@code LC_ALL}, then {@code
   * LC_CTYPE}, then {@code LANG}: the first one set) names UTF-8 as its codeset ({@code
   * ja_JP.UTF-8}, {@code C.utf8}, {@code en_US.UTF-8@euro}); empty otherwise, and on Windows, where
   * the console's code page decides and these variables come from other tools.
   */
  public static Optional<Charset> fromLocale(Environment environment) {
    if (environment.isWindows()) {
      return Optional.empty();
    }
    for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      String value = environment.variable(name);
      if (value != null) {
        return namesUtf8(value) ? Optional.of(StandardCharsets.UTF_8) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Whether a POSIX locale name's codeset (after the dot, before any {@code @}) is UTF-8. */
  static boolean namesUtf8(String localeName) {
    int dot = localeName.indexOf('.');
    if (dot < 0) {
      return false;
    }
    int at = localeName.indexOf('@', dot);
    String codeset = localeName.substring(dot + 1, at < 0 ? localeName.length() : at);
    String plain = codeset.strip().replace("-", "").toLowerCase(Locale.ROOT);
    return plain.equals("utf8");
  }

  /**
   * The charset to write to a console: the locale's when it names UTF-8, else the console's own
   * ({@code consoleCharset}, null when there is no console: then UTF-8, as for a pipe or a file).
   */
  public static Charset forConsole(Environment environment, Charset consoleCharset) {
    return fromLocale(environment)
        .orElse(consoleCharset != null ? consoleCharset : StandardCharsets.UTF_8);
  }
}
