package dev.ssosetup.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocaleCharsetTest {

  private static Environment environment(String osName, String... namesAndValues) {
    Map<String, String> variables = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      variables.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Environment(
            variables, "/home/u", InputStream.nullInputStream(), false, Clock.systemUTC())
        .withOsName(osName);
  }

  @Test
  void aLocaleNamingUtf8_meansUtf8_inAnySpelling() {
    for (String name : new String[] {"ja_JP.UTF-8", "ja_JP.utf8", "C.UTF-8", "en_US.UTF-8@euro"}) {
      assertThat(LocaleCharset.fromLocale(environment("Linux", "LANG", name)))
          .as(name)
          .contains(StandardCharsets.UTF_8);
    }
  }

  @Test
  void otherLocales_leaveTheConsoleToDecide() {
    for (String name : new String[] {"C", "POSIX", "ja_JP", "ja_JP.eucJP", "ja_JP.SJIS", "en"}) {
      assertThat(LocaleCharset.fromLocale(environment("Linux", "LANG", name))).as(name).isEmpty();
    }
    assertThat(LocaleCharset.fromLocale(environment("Linux"))).isEmpty();
  }

  @Test
  void theFirstSetOfLcAllLcCtypeAndLang_decides() {
    assertThat(LocaleCharset.fromLocale(environment("Linux", "LC_ALL", "C", "LANG", "ja_JP.UTF-8")))
        .isEmpty();
    assertThat(
            LocaleCharset.fromLocale(
                environment("Linux", "LC_CTYPE", "C.UTF-8", "LANG", "ja_JP.eucJP")))
        .contains(StandardCharsets.UTF_8);
    // LC_MESSAGES picks the language, not the charset.
    assertThat(
            LocaleCharset.fromLocale(
                environment("Linux", "LC_MESSAGES", "ja_JP.UTF-8", "LANG", "C")))
        .isEmpty();
  }

  @Test
  void onWindows_theConsoleCodePageDecides() {
    assertThat(LocaleCharset.fromLocale(environment("Windows 11", "LANG", "ja_JP.UTF-8")))
        .isEmpty();
  }

  @Test
  void forConsole_localeFirst_thenTheConsole_thenUtf8() {
    assertThat(
            LocaleCharset.forConsole(
                environment("Linux", "LANG", "ja_JP.UTF-8"), StandardCharsets.US_ASCII))
        .isEqualTo(StandardCharsets.UTF_8);
    assertThat(
            LocaleCharset.forConsole(environment("Linux", "LANG", "C"), StandardCharsets.US_ASCII))
        .isEqualTo(StandardCharsets.US_ASCII);
    assertThat(LocaleCharset.forConsole(environment("Linux", "LANG", "C"), null))
        .isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void aMissingCodeset_isNotUtf8() {
    assertThat(Optional.of(LocaleCharset.namesUtf8("ja_JP"))).contains(false);
    assertThat(LocaleCharset.namesUtf8("ja_JP.UTF-16")).isFalse();
  }
}
