package dev.ssosetup.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;
import org.junit.jupiter.api.Test;

class DisplayWidthTest {

  @Test
  void asciiTakesOneColumn_japaneseTwo_combiningMarksNone() {
    assertThat(DisplayWidth.of("Production")).isEqualTo(10);
    assertThat(DisplayWidth.of("本番環境")).isEqualTo(8);
    assertThat(DisplayWidth.of("ｶﾅ")).as("halfwidth katakana").isEqualTo(2);
    assertThat(DisplayWidth.of("「設定」、。")).isEqualTo(12);
    assertThat(DisplayWidth.of("Ｓ３")).as("fullwidth letters").isEqualTo(4);
    assertThat(DisplayWidth.of("e\u0301")).as("e and a combining acute").isEqualTo(1);
    assertThat(DisplayWidth.of("😀")).as("an emoji outside the BMP").isEqualTo(2);
    assertThat(DisplayWidth.of("")).isZero();
  }

  /**
   * The prompts measure with JLine; tables and the progress line must find the same characters
   * wide. (Which marks are zero-width follows Java's newer Unicode tables, where JLine keeps older
   * ones; names from servers are hardly made of those.)
   */
  @Test
  void findsTheSameCharactersWideAsJLine() {
    List<String> differences = new ArrayList<>();
    for (int codePoint = 0x20; codePoint <= 0x3ffff; codePoint++) {
      int type = Character.getType(codePoint);
      if (type == Character.UNASSIGNED
          || type == Character.CONTROL
          || type == Character.SURROGATE
          || type == Character.PRIVATE_USE) {
        continue;
      }
      boolean wide = WCWidth.wcwidth(codePoint) == 2;
      if (wide != (DisplayWidth.of(codePoint) == 2)) {
        differences.add(
            String.format(
                "U+%04X ours %d JLine %d",
                codePoint, DisplayWidth.of(codePoint), WCWidth.wcwidth(codePoint)));
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void padRight_fillsToTheColumn_countingWideCharactersTwice() {
    assertThat(DisplayWidth.padRight("本番", 6)).isEqualTo("本番  ");
    assertThat(DisplayWidth.padRight("prod", 6)).isEqualTo("prod  ");
    assertThat(DisplayWidth.padRight("本番環境", 6)).isEqualTo("本番環境");
  }

  @Test
  void start_neverCutsACharacter() {
    assertThat(DisplayWidth.start("本番環境", 5)).isEqualTo("本番");
    assertThat(DisplayWidth.start("本番環境", 6)).isEqualTo("本番環");
    assertThat(DisplayWidth.start("ab本", 3)).isEqualTo("ab");
    assertThat(DisplayWidth.start("e\u0301x", 1)).isEqualTo("e\u0301");
    assertThat(DisplayWidth.start("😀x", 1)).isEmpty();
    assertThat(DisplayWidth.start("short", 80)).isEqualTo("short");
  }
}
