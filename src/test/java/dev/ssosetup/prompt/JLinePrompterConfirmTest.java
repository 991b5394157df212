package dev.ssosetup.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.testkit.TerminalDriver;
import dev.ssosetup.testkit.TerminalDriver.Answer;
import dev.ssosetup.testkit.TerminalDriver.Keys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Yes/no questions on an xterm over pipes. */
class JLinePrompterConfirmTest {
  private static final String QUESTION =
      "Profile staging-s3 exists with other SSO settings. Change it?";

  private final TerminalDriver terminal = TerminalDriver.xterm();

  @AfterEach
  void endInput() {
    terminal.close();
  }

  @ParameterizedTest(name = "\"{0}\" with default {1} is {2}")
  @CsvSource({
    "y, false, true",
    "Y, false, true",
    "yes, false, true",
    "YES, false, true",
    "n, true, false",
    "N, true, false",
    "no, true, false",
    "' no ', true, false",
    "'', true, true",
    "'', false, false",
  })
  @Timeout(30)
  void confirm_answers(String typed, boolean defaultAnswer, boolean expected) {
    Answer<Boolean> answer = terminal.ask(p -> p.confirm(QUESTION, defaultAnswer));

    terminal.awaitPrompt(QUESTION + (defaultAnswer ? " [Y/n]: " : " [y/N]: "));
    terminal.type(typed, Keys.ENTER);

    assertThat(answer.get()).isEqualTo(expected);
  }

  @Test
  @Timeout(30)
  void confirm_garbage_asksAgain() {
    Answer<Boolean> answer = terminal.ask(p -> p.confirm(QUESTION, false));

    terminal.awaitPrompt(QUESTION + " [y/N]: ").type("maybe", Keys.ENTER);
    terminal.awaitScreen("Please answer y or n.");
    terminal.awaitPrompt(QUESTION + " [y/N]: ").type("y", Keys.ENTER);

    assertThat(answer.get()).isTrue();
    assertThat(terminal.screen().lines())
        .containsExactly(
            QUESTION + " [y/N]: maybe", "Please answer y or n.", QUESTION + " [y/N]: y");
  }

  @Test
  @Timeout(30)
  void confirm_ctrlC_cancelsWithExit130() {
    Answer<Boolean> answer = terminal.ask(p -> p.confirm(QUESTION, true));

    terminal.awaitPrompt(QUESTION + " [Y/n]: ").type(Keys.CTRL_C);

    assertThatThrownBy(answer::get)
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INTERRUPTED));
  }

  @Test
  @Timeout(30)
  void confirm_endOfInput_cancelsWithExit130() {
    Answer<Boolean> answer = terminal.ask(p -> p.confirm(QUESTION, true));

    terminal.awaitPrompt(QUESTION + " [Y/n]: ").endInput();

    assertThatThrownBy(answer::get)
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INTERRUPTED));
  }
}
