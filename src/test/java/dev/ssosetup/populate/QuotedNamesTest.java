package dev.ssosetup.populate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The lists of profile names in populate's results use each language's own separators. */
class QuotedNamesTest {
  private static final Messages EN = Messages.english();
  private static final Messages JA = Messages.of(Locale.JAPANESE);
  private static final List<String> FIVE = List.of("a", "b", "c", "d", "e");

  @Test
  void english_commasThenAnd() {
    assertThat(PopulateResult.quoted(List.of("a"), 3).in(EN)).isEqualTo("\"a\"");
    assertThat(PopulateResult.quoted(List.of("a", "b"), 3).in(EN)).isEqualTo("\"a\" and \"b\"");
    assertThat(PopulateResult.quoted(FIVE.subList(0, 4), 4).in(EN))
        .isEqualTo("\"a\", \"b\", \"c\" and \"d\"");
    assertThat(PopulateResult.quoted(FIVE, 3).in(EN)).isEqualTo("\"a\", \"b\", \"c\" and 2 more");
  }

  @Test
  void japanese_theIdeographicCommaOnly() {
    assertThat(PopulateResult.quoted(FIVE.subList(0, 4), 4).in(JA))
        .isEqualTo("\"a\"、\"b\"、\"c\"、\"d\"");
    assertThat(PopulateResult.quoted(FIVE, 3).in(JA))
        .isEqualTo("\"a\"、\"b\"、\"c\" ほか 2 個")
        .doesNotContain(", ");
  }
}
