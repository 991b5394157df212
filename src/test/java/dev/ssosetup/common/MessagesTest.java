package dev.ssosetup.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

  @Test
  void everyKeyExistsInBothBundlesWithTheSamePlaceholders() throws IOException {
    Map<String, String> english = load("messages.properties");
    Map<String, String> japanese = load("messages_ja.properties");

    assertThat(japanese.keySet()).isEqualTo(english.keySet());
    english.forEach(
        (key, text) ->
            assertThat(placeholders(japanese.get(key)))
                .as("placeholders of %s", key)
                .isEqualTo(placeholders(text)));
  }

  @Test
  void noMessageIsBlank() throws IOException {
    for (String file : new String[] {"messages.properties", "messages_ja.properties"}) {
      load(file).forEach((key, text) -> assertThat(text).as("%s in %s", key, file).isNotBlank());
    }
  }

  @Test
  void japaneseBundleIsReadAsUtf8() {
    assertThat(Messages.of(UserLanguage.JAPANESE).get("common.cancelled")).contains("キャンセル");
  }

  @Test
  void englishIsTheFallbackWhateverTheJvmDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.JAPAN);
      assertThat(Messages.english().get("common.cancelled")).startsWith("Cancelled");
      assertThat(Messages.of(Locale.FRENCH).get("common.cancelled")).startsWith("Cancelled");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void placeholdersAreReplacedAndApostrophesKept() {
    assertThat(Messages.format("Can't find {0} in {1}; {0} again, {2} stays", "a", "b"))
        .isEqualTo("Can't find a in b; a again, {2} stays");
    assertThat(Messages.format("{x} and {} stay", "a")).isEqualTo("{x} and {} stay");
  }

  @Test
  void aMissingKeyIsAProgrammingError() {
    assertThatThrownBy(() -> Messages.english().get("no.such.key"))
        .isInstanceOf(MissingResourceException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "ja_JP.UTF-8, JAPANESE",
    "ja_JP, JAPANESE",
    "ja, JAPANESE",
    "ja_JP.eucJP, JAPANESE",
    "en_US.UTF-8, ENGLISH",
    "C, ENGLISH",
    "POSIX, ENGLISH",
    "C.UTF-8, ENGLISH",
    "jam, ENGLISH",
    "de_DE, ENGLISH",
  })
  void localeNamesMeanTheirLanguage(String name, UserLanguage expected) {
    assertThat(UserLanguage.fromLocaleName(name)).isEqualTo(expected);
  }

  @Test
  void lcAllWinsOverLcMessagesWhichWinsOverLang() {
    assertThat(language(Map.of("LC_ALL", "C", "LC_MESSAGES", "ja_JP", "LANG", "ja_JP")))
        .isEqualTo(UserLanguage.ENGLISH);
    assertThat(language(Map.of("LC_MESSAGES", "ja_JP.UTF-8", "LANG", "en_US.UTF-8")))
        .isEqualTo(UserLanguage.JAPANESE);
    assertThat(language(Map.of("LC_ALL", "", "LANG", "ja_JP.UTF-8")))
        .isEqualTo(UserLanguage.JAPANESE);
    assertThat(language(Map.of())).isEqualTo(UserLanguage.ENGLISH);
  }

  @Test
  void langOptionNamesEnglishOrJapaneseOnly() {
    assertThat(UserLanguage.fromOption("JA")).isEqualTo(UserLanguage.JAPANESE);
    assertThat(UserLanguage.fromOption("en")).isEqualTo(UserLanguage.ENGLISH);
    assertThat(UserLanguage.fromOption("fr")).isNull();
    assertThat(UserLanguage.fromOption(null)).isNull();
  }

  private static UserLanguage language(Map<String, String> variables) {
    return UserLanguage.fromEnvironment(
        new Environment(
            variables,
            "/nonexistent-home",
            InputStream.nullInputStream(),
            false,
            java.time.Clock.systemUTC()));
  }

  private static Map<String, String> load(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream("/dev/ssosetup/i18n/" + file);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    Map<String, String> map = new TreeMap<>();
    properties.forEach((k, v) -> map.put((String) k, (String) v));
    return map;
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }
}
