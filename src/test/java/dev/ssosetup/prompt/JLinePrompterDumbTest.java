package dev.ssosetup.prompt;

import static dev.ssosetup.prompt.Accounts.PROD;
import static dev.ssosetup.prompt.Accounts.SHARED;
import static dev.ssosetup.prompt.Accounts.STAGING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.prompt.Accounts.Account;
import dev.ssosetup.testkit.TerminalDriver;
import dev.ssosetup.testkit.TerminalDriver.Answer;
import dev.ssosetup.testkit.TerminalDriver.Keys;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** On a dumb terminal the picker is a numbered list, and waiting prints its message once. */
class JLinePrompterDumbTest {
  private static final String ASK_3 = "Enter a number (1-3) or text to filter: ";

  private final TerminalDriver terminal = TerminalDriver.dumb();

  @AfterEach
  void endInput() {
    terminal.close();
  }

  @Test
  @Timeout(30)
  void dumb_choose_printsANumberedList_andANumberPicks() {
    Answer<Account> answer = terminal.ask(p -> p.choose(Accounts.threeAccounts()));

    terminal.awaitPrompt(ASK_3).type("2", Keys.ENTER);

    assertThat(answer.get()).isEqualTo(STAGING);
    assertThat(terminal.screen().lines())
        .containsExactly(
            "  1) " + PROD.label(),
            "  2) " + STAGING.label(),
            "  3) " + SHARED.label(),
            ASK_3 + "2");
    assertThat(terminal.screen().raw()).doesNotContain("\033");
  }

  @Test
  @Timeout(30)
  void dumb_choose_severalWordsFilter_eachMustMatch() {
    Answer<Account> answer = terminal.ask(p -> p.choose(Accounts.threeAccounts()));

    terminal.awaitPrompt(ASK_3).type("6666 workday", Keys.ENTER);
    terminal.awaitPrompt("Enter a number (1-1) or text to filter: ").type("1", Keys.ENTER);

    assertThat(answer.get()).isEqualTo(STAGING);
  }

  @Test
  @Timeout(30)
  void dumb_text_esc_cancelsWithExit130() {
    TextQuestion question =
        new TextQuestion("SSO region", null, "None", "--sso-region", null, null);
    Answer<String> answer = terminal.ask(p -> p.text(question));

    terminal.awaitPrompt("SSO region [None]: ").type("us-", Keys.ESC);

    assertThatThrownBy(answer::get)
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INTERRUPTED));
  }

  @Test
  @Timeout(30)
  void dumb_choose_outOfRangeNumber_asksAgain() {
    Answer<Account> answer = terminal.ask(p -> p.choose(Accounts.threeAccounts()));

    terminal.awaitPrompt(ASK_3).type("0", Keys.ENTER);
    terminal.awaitScreen("There is no number 0; enter a number from 1 to 3, or text to filter.");
    terminal.awaitPrompt(ASK_3).type("3", Keys.ENTER);

    assertThat(answer.get()).isEqualTo(SHARED);
  }

  @Test
  @Timeout(30)
  void dumb_choose_textFilters_andRenumbersTheList() {
    Answer<Account> answer = terminal.ask(p -> p.choose(Accounts.threeAccounts()));

    terminal.awaitPrompt(ASK_3).type("WORKDAY", Keys.ENTER);
    terminal.awaitPrompt("Enter a number (1-2) or text to filter: ").type("2", Keys.ENTER);

    assertThat(answer.get()).isEqualTo(STAGING);
    assertThat(terminal.screen().lines())
        .containsSubsequence(
            ASK_3 + "WORKDAY",
            "  1) " + PROD.label(),
            "  2) " + STAGING.label(),
            "Enter a number (1-2) or text to filter: 2");
  }

  @Test
  @Timeout(30)
  void dumb_choose_digitsThatMatchAnId_filterInsteadOfPicking() {
    Answer<Account> answer = terminal.ask(p -> p.choose(Accounts.threeAccounts()));

    terminal.awaitPrompt(ASK_3).type("7777", Keys.ENTER);
    terminal.awaitPrompt("Enter a number (1-1) or text to filter: ").type("1", Keys.ENTER);

    assertThat(answer.get()).isEqualTo(SHARED);
  }

  @Test
  @Timeout(30)
  void dumb_choose_noMatch_saysSoAndKeepsTheList() {
    Answer<Account> answer = terminal.ask(p -> p.choose(Accounts.threeAccounts()));

    terminal.awaitPrompt(ASK_3).type("zzz", Keys.ENTER);
    terminal.awaitScreen("No account matches \"zzz\".");
    terminal.awaitPrompt(ASK_3).type("1", Keys.ENTER);

    assertThat(answer.get()).isEqualTo(PROD);
  }

  @Test
  @Timeout(30)
  void dumb_choose_blankAfterAFilter_showsTheWholeListAgain() {
    Answer<Account> answer = terminal.ask(p -> p.choose(Accounts.threeAccounts()));

    terminal.awaitPrompt(ASK_3).type("shared", Keys.ENTER);
    terminal.awaitPrompt("Enter a number (1-1) or text to filter: ").type(Keys.ENTER);
    terminal.awaitPrompt(ASK_3).type("2", Keys.ENTER);

    assertThat(answer.get()).isEqualTo(STAGING);
  }

  @Test
  @Timeout(30)
  void dumb_choose_tenOrMoreItems_alignsTheNumbers() {
    Choice<Account> many = Accounts.numberedAccounts(12);
    Answer<Account> answer = terminal.ask(p -> p.choose(many));

    terminal.awaitPrompt("Enter a number (1-12) or text to filter: ").type("11", Keys.ENTER);

    assertThat(answer.get()).isEqualTo(many.items().get(10));
    assertThat(terminal.screen().lines())
        .startsWith("   1) " + many.label().apply(many.items().get(0)))
        .contains("  12) " + many.label().apply(many.items().get(11)));
  }

  @Test
  @Timeout(30)
  void dumb_choose_ctrlC_cancelsWithExit130() {
    Answer<Account> answer = terminal.ask(p -> p.choose(Accounts.threeAccounts()));

    terminal.awaitPrompt(ASK_3).type(Keys.CTRL_C);

    assertThatThrownBy(answer::get)
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INTERRUPTED));
  }

  @Test
  @Timeout(30)
  void dumb_choose_endOfInput_cancelsWithExit130() {
    Answer<Account> answer = terminal.ask(p -> p.choose(Accounts.threeAccounts()));

    terminal.awaitPrompt(ASK_3).endInput();

    assertThatThrownBy(answer::get)
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INTERRUPTED));
  }

  @Test
  @Timeout(30)
  void dumb_text_blankTakesTheDefault() {
    TextQuestion region =
        new TextQuestion("Default client Region", "eu-west-1", "eu-west-1", "--region", null, null);
    Answer<String> answer = terminal.ask(p -> p.text(region));

    terminal.awaitPrompt("Default client Region [eu-west-1]: ").type(Keys.ENTER);

    assertThat(answer.get()).isEqualTo("eu-west-1");
  }

  @Test
  @Timeout(30)
  void dumb_waiting_printsTheMessageOnce_andStartsNoThread() {
    Prompter prompter = terminal.prompter();

    try (Prompter.Waiting waiting =
        prompter.waiting("Waiting for the browser", Instant.now().plusSeconds(600))) {
      assertThat(terminal.screen().lines()).containsExactly("Waiting for the browser");
      assertThat(spinnerThreads()).isEmpty();
    }
    prompter.say("Done.");

    assertThat(terminal.screen().lines()).containsExactly("Waiting for the browser", "Done.");
  }

  private static List<Thread> spinnerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals(Spinner.THREAD_NAME) && t.isAlive())
        .toList();
  }
}
