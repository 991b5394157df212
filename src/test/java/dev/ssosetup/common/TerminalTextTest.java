package dev.ssosetup.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
  /** Every character a terminal may act on, one of each kind. */
  static final String HOSTILE =
      "a\u001b]52;c;cm0gLXJm\u0007b\u001b[2J\u001b]0;pwned\u001b\\"
          + "\u009b31m\u0000\u007f\r\n\t\u202eevil\u2066x\u2069\u2028\u2029\u200e\u200f\u061c";

  @Test
  void safe_escapesEveryControlBidiAndSeparator_inAVisibleForm() {
    assertThat(TerminalText.safe(HOSTILE))
        .isEqualTo(
            "a\\e]52;c;cm0gLXJm\\x07b\\e[2J\\e]0;pwned\\e\\"
                + "\\x9b31m\\x00\\x7f\\r\\n\\t\\u202eevil\\u2066x\\u2069\\u2028\\u2029"
                + "\\u200e\\u200f\\u061c");
  }

  @Test
  void safe_leavesNothingATerminalWouldObey() {
    String safe = TerminalText.safe(HOSTILE);

    assertThat(safe.chars()).allMatch(c -> c >= 0x20 && c < 0x7f);
    assertThat(TerminalText.isSafe(safe)).isTrue();
    assertThat(TerminalText.isSafe(HOSTILE)).isFalse();
  }

  @Test
  void safe_keepsOrdinaryTextJapaneseAndEmoji_asTheSameString() {
    String text = "Sandbox [dev] team, 開発チーム (111122223333) 👨‍👩‍👧 C:\\path it's";

    assertThat(TerminalText.safe(text)).isSameAs(text);
  }

  @Test
  void safe_isIdempotent() {
    String once = TerminalText.safe(HOSTILE);

    assertThat(TerminalText.safe(once)).isEqualTo(once);
    assertThat(TerminalText.lines(once)).isEqualTo(once);
  }

  @Test
  void safe_null_staysNull() {
    assertThat(TerminalText.safe(null)).isNull();
    assertThat(TerminalText.lines(null)).isNull();
  }

  @Test
  void lines_keepsLineBreaksAndTabs_andEscapesTheRestOfEachLine() {
    assertThat(TerminalText.lines("one\u001b[8m\n\ttwo\r\nthree\rfour\u202e\n"))
        .isEqualTo("one\\e[8m\n\ttwo\r\nthree\\rfour\\u202e\n");
  }
}
