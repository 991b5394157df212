package dev.ssosetup.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void rendersInTheReadersLanguage_andNestedTextsToo() {
    Text cancelled = Text.of("common.cancelled");
    Text nested = Text.of("admin.wait.assignment", cancelled);

    assertThat(cancelled.in(Messages.of(UserLanguage.JAPANESE))).contains("キャンセル");
    assertThat(nested.in(Messages.of(UserLanguage.JAPANESE))).contains("キャンセル");
    assertThat(nested.in(Messages.english())).contains("Cancelled");
    assertThat(cancelled).hasToString("Cancelled; nothing was written.");
  }

  @Test
  void anErrorBuiltFromTexts_speaksBothLanguages_andEnglishByDefault() {
    UserFacingException error = UserFacingException.interrupted();

    assertThat(error.getMessage()).isEqualTo("Cancelled; nothing was written.");
    assertThat(error.message(Messages.of(UserLanguage.JAPANESE))).contains("キャンセル");
    assertThat(error.hint(Messages.english())).isNull();
    assertThat(error.exitCode()).isEqualTo(ExitCode.INTERRUPTED);
  }
}
