package dev.ssosetup.prompt;

import static dev.ssosetup.prompt.Accounts.COUNT_HINT;
import static dev.ssosetup.prompt.Accounts.HEADING;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The type-to-filter picker on an xterm over pipes, compared with the AWS CLI's screens. */
class JLinePrompterPickerTest {
  private final TerminalDriver terminal = TerminalDriver.xterm();

  @AfterEach
  void endInput() {
    terminal.close();
  }

  /** Says the heading, shows the picker, and says what was picked, as the wizard will. */
  private Answer<Account> pickAccount(Choice<Account> choice) {
    return terminal.ask(
        p -> {
          p.say(HEADING);
          Account account = p.choose(choice);
          p.say("Using the account ID " + account.id());
          return account;
        });
  }

  private static String row(Account account) {
    return "  " + account.label();
  }

  private static String marked(Account account) {
    return "> " + account.label();
  }

  @Test
  @Timeout(30)
  void picker_initialScreen_marksTheFirstRowAndShowsTheCount() {
    pickAccount(Accounts.threeAccounts());

    // The rows read exactly as the AWS CLI draws them (docs/spec.md §2.10).
    terminal.awaitLines(HEADING, marked(PROD), row(STAGING), row(SHARED), "  3 of 3" + COUNT_HINT);
    assertThat(terminal.screen().unknownSequences()).isEmpty();
  }

  @Test
  @Timeout(30)
  void picker_downArrowInApplicationMode_movesTheMark() {
    pickAccount(Accounts.threeAccounts());

    terminal.awaitScreen("3 of 3").type(Keys.DOWN);

    // As the AWS CLI moves the mark (docs/spec.md §2.10).
    terminal.awaitLines(HEADING, row(PROD), marked(STAGING), row(SHARED), "  3 of 3" + COUNT_HINT);
  }

  @Test
  @Timeout(30)
  void picker_downArrowInNormalMode_movesTheMark() {
    pickAccount(Accounts.threeAccounts());

    terminal.awaitScreen("3 of 3").type(Keys.DOWN_NORMAL);
    terminal.awaitLines(HEADING, row(PROD), marked(STAGING), row(SHARED), "  3 of 3" + COUNT_HINT);
    terminal.type(Keys.UP_NORMAL);
    terminal.awaitLines(HEADING, marked(PROD), row(STAGING), row(SHARED), "  3 of 3" + COUNT_HINT);
  }

  @Test
  @Timeout(30)
  void picker_ctrlNAndCtrlP_moveLikeTheArrows() {
    pickAccount(Accounts.threeAccounts());

    terminal.awaitScreen("3 of 3").type(Keys.CTRL_N, Keys.CTRL_N).awaitScreen(marked(SHARED));
    terminal.type(Keys.CTRL_P).awaitScreen(marked(STAGING));
  }

  @Test
  @Timeout(30)
  void picker_upAtTheTopAndDownAtTheBottom_stayPut() {
    Answer<Account> answer = pickAccount(Accounts.threeAccounts());

    terminal.awaitScreen("3 of 3").type(Keys.UP, Keys.DOWN).awaitScreen(marked(STAGING));
    // Up from the first row did not wrap to the last: one Down reached the second row.
    terminal.type(Keys.DOWN, Keys.DOWN, Keys.DOWN).awaitScreen(marked(SHARED));
    terminal.type(Keys.ENTER);

    assertThat(answer.get()).isEqualTo(SHARED);
  }

  @Test
  @Timeout(30)
  void picker_enter_returnsTheMarkedItemAndErasesThePicker() {
    Answer<Account> answer = pickAccount(Accounts.threeAccounts());

    terminal.awaitScreen("3 of 3").type(Keys.DOWN).awaitScreen(marked(STAGING));
    terminal.type(Keys.ENTER);

    assertThat(answer.get()).isEqualTo(STAGING);
    // As in the AWS CLI (docs/spec.md §2.10): the menu is gone, the next line follows the heading.
    assertThat(terminal.screen().lines())
        .containsExactly(HEADING, "Using the account ID 444455556666");
    assertThat(terminal.screen().cursorRow()).isEqualTo(2);
    assertThat(terminal.screen().cursorColumn()).isZero();
  }

  @Test
  @Timeout(30)
  void picker_typingFiltersByName_andTheCountFollows() {
    Answer<Account> answer = pickAccount(Accounts.threeAccounts());

    terminal.awaitScreen("3 of 3").type("work");
    terminal.awaitLines(HEADING, marked(PROD), row(STAGING), "  2 of 3 matching \"work\"");

    terminal.type("day-s");
    terminal.awaitLines(HEADING, marked(STAGING), "  1 of 3 matching \"workday-s\"");
    terminal.type(Keys.ENTER);

    assertThat(answer.get()).isEqualTo(STAGING);
  }

  @Test
  @Timeout(30)
  void picker_typingKeepsTheHighlightedItem_whileItStillMatches() {
    Answer<Account> answer = pickAccount(Accounts.threeAccounts());

    terminal.awaitScreen("3 of 3").type(Keys.DOWN, Keys.DOWN);
    terminal.awaitLines(HEADING, row(PROD), row(STAGING), marked(SHARED), "  3 of 3" + COUNT_HINT);
    terminal.type("aws");
    terminal.awaitLines(
        HEADING, row(PROD), row(STAGING), marked(SHARED), "  3 of 3 matching \"aws\"");
    terminal.type("-w");
    terminal.awaitLines(HEADING, marked(PROD), row(STAGING), "  2 of 3 matching \"aws-w\"");
    terminal.type(Keys.ENTER);

    assertThat(answer.get()).isEqualTo(PROD);
  }

  @Test
  @Timeout(30)
  void picker_typingFiltersByEmail_andEnterPicksTheOnlyMatch() {
    Answer<Account> answer = pickAccount(Accounts.threeAccounts());

    terminal.awaitScreen("3 of 3").type("aws-shared@").awaitScreen("1 of 3");
    terminal.type(Keys.ENTER);

    assertThat(answer.get()).isEqualTo(SHARED);
  }

  @Test
  @Timeout(30)
  void picker_typingFiltersById() {
    Answer<Account> answer = pickAccount(Accounts.threeAccounts());

    terminal.awaitScreen("3 of 3").type("5555");
    terminal.awaitLines(HEADING, marked(STAGING), "  1 of 3 matching \"5555\"");
    terminal.type(Keys.ENTER);

    assertThat(answer.get()).isEqualTo(STAGING);
  }

  @Test
  @Timeout(30)
  void picker_filterIgnoresCase() {
    Answer<Account> answer = pickAccount(Accounts.threeAccounts());

    terminal.awaitScreen("3 of 3").type("SHARED-Serv").awaitScreen("1 of 3");
    terminal.type(Keys.ENTER);

    assertThat(answer.get()).isEqualTo(SHARED);
  }

  @Test
  @Timeout(30)
  void picker_backspace_widensTheFilterAgain() {
    pickAccount(Accounts.threeAccounts());

    terminal.awaitScreen("3 of 3").type("prod").awaitScreen("1 of 3 matching \"prod\"");
    terminal.type(Keys.BACKSPACE, Keys.BACKSPACE, Keys.BACKSPACE);
    terminal.awaitScreen("3 of 3 matching \"p\"");
    terminal.type(Keys.BACKSPACE);

    terminal.awaitLines(HEADING, marked(PROD), row(STAGING), row(SHARED), "  3 of 3" + COUNT_HINT);
  }

  @Test
  @Timeout(30)
  void picker_noMatch_saysSo_andEnterDoesNothingHarmful() {
    Answer<Account> answer = pickAccount(Accounts.threeAccounts());

    terminal.awaitScreen("3 of 3").type("zzz");
    terminal.awaitLines(HEADING, "  No account matches \"zzz\".", "  0 of 3 matching \"zzz\"");

    terminal.type(Keys.ENTER, Keys.DOWN, Keys.END, Keys.PAGE_DOWN, Keys.BACKSPACE);
    terminal.awaitLines(HEADING, "  No account matches \"zz\".", "  0 of 3 matching \"zz\"");
    assertThat(answer.isDone()).isFalse();

    terminal.type(Keys.BACKSPACE, Keys.BACKSPACE);
    terminal.awaitLines(HEADING, marked(PROD), row(STAGING), row(SHARED), "  3 of 3" + COUNT_HINT);
    terminal.type(Keys.ENTER);
    assertThat(answer.get()).isEqualTo(PROD);
  }

  @Test
  @Timeout(30)
  void picker_ctrlU_clearsTheFilter() {
    pickAccount(Accounts.threeAccounts());

    terminal.awaitScreen("3 of 3").type("zzz").awaitScreen("0 of 3");
    terminal.type("\u0015");
    terminal.awaitLines(HEADING, marked(PROD), row(STAGING), row(SHARED), "  3 of 3" + COUNT_HINT);
  }

  @Test
  @Timeout(30)
  void picker_moreThanTenItems_showsTenRowsAndScrollsWithTheCursor() {
    Choice<Account> many = Accounts.numberedAccounts(25);
    Answer<Account> answer = pickAccount(many);

    terminal.awaitLines(screen(many, 0, 0));

    for (int i = 0; i < 12; i++) {
      terminal.type(Keys.DOWN);
    }
    // The window follows the cursor: rows 3 to 12 are in view, the mark on the last of them.
    terminal.awaitLines(screen(many, 3, 12));

    terminal.type(Keys.PAGE_DOWN).awaitLines(screen(many, 13, 22));
    terminal.type(Keys.END).awaitLines(screen(many, 15, 24));
    terminal.type(Keys.PAGE_UP).awaitLines(screen(many, 14, 14));
    terminal.type(Keys.HOME).awaitLines(screen(many, 0, 0));

    terminal.type(Keys.DOWN, Keys.DOWN, Keys.ENTER);
    assertThat(answer.get()).isEqualTo(many.items().get(2));
    assertThat(terminal.screen().lines())
        .containsExactly(HEADING, "Using the account ID " + many.items().get(2).id());
  }

  @Test
  @Timeout(30)
  void picker_filterOnALongList_countsTheMatches() {
    pickAccount(Accounts.numberedAccounts(120));

    terminal.awaitScreen("120 of 120").type("account-1");
    // account-10 to account-19 and account-100 to account-120 match; ten are in view.
    terminal
        .screen()
        .await(
            s -> s.lines().size() == 1 + 10 + 1 && s.text().contains("31 of 120"),
            "ten rows and a count of 31",
            TerminalDriver.WAIT);
  }

  @Test
  @Timeout(30)
  void picker_escAlone_cancelsWithExit130_andErasesThePicker() {
    Answer<Account> answer = pickAccount(Accounts.threeAccounts());

    terminal.awaitScreen("3 of 3").type(Keys.ESC);

    assertCancelled(answer);
    assertThat(terminal.screen().lines()).containsExactly(HEADING);
  }

  @Test
  @Timeout(30)
  void picker_ctrlC_cancelsWithExit130_andErasesThePicker() {
    Answer<Account> answer = pickAccount(Accounts.threeAccounts());

    terminal.awaitScreen("3 of 3").type("work").awaitScreen("2 of 3").type(Keys.CTRL_C);

    assertCancelled(answer);
    assertThat(terminal.screen().lines()).containsExactly(HEADING);
  }

  @Test
  @Timeout(30)
  void picker_endOfInput_cancelsWithExit130() {
    Answer<Account> answer = pickAccount(Accounts.threeAccounts());

    terminal.awaitScreen("3 of 3").endInput();

    assertCancelled(answer);
  }

  @Test
  @Timeout(30)
  void picker_leftRightAndFunctionKeys_doNotCancel() {
    Answer<Account> answer = pickAccount(Accounts.threeAccounts());

    terminal.awaitScreen("3 of 3");
    terminal.type("\033[D", "\033OC", "\033[3~", "\033[15~", "\033OP", Keys.DOWN);
    terminal.awaitScreen(marked(STAGING)).type(Keys.ENTER);

    assertThat(answer.get()).isEqualTo(STAGING);
  }

  @Test
  @Timeout(30)
  void picker_runsInKeypadTransmitMode_andRestoresTheTerminal() {
    JLinePrompter prompter = (JLinePrompter) terminal.prompter();
    String attributesBefore = prompter.terminal().getAttributes().toString();
    Answer<Account> answer = terminal.ask(prompter, p -> p.choose(Accounts.threeAccounts()));

    terminal.awaitScreen("3 of 3").type(Keys.ENTER);
    answer.get();

    String raw = terminal.screen().raw();
    int firstRow = raw.indexOf(marked(PROD));
    assertThat(raw.lastIndexOf("\033[?1h\033=", firstRow)).as("keypad on before").isNotNegative();
    assertThat(raw.lastIndexOf("\033[?25l", firstRow)).as("cursor hidden").isNotNegative();
    assertThat(raw.indexOf("\033[?1l\033>", firstRow)).as("keypad off after").isPositive();
    assertThat(raw.indexOf("\033[?25h", firstRow)).as("cursor shown after").isPositive();
    assertThat(prompter.terminal().getAttributes().toString()).isEqualTo(attributesBefore);
  }

  @Test
  @Timeout(30)
  void picker_afterACancel_theTerminalAttributesAreAsBefore() {
    JLinePrompter prompter = (JLinePrompter) terminal.prompter();
    String attributesBefore = prompter.terminal().getAttributes().toString();
    Answer<Account> answer = terminal.ask(prompter, p -> p.choose(Accounts.threeAccounts()));

    terminal.awaitScreen("3 of 3").type(Keys.CTRL_C);

    assertCancelled(answer);
    assertThat(prompter.terminal().getAttributes().toString()).isEqualTo(attributesBefore);
  }

  @Test
  @Timeout(30)
  void picker_longLabels_keepTheAccountId_andAreShortenedInTheMiddle() {
    Account wide = new Account("123456789012", "x".repeat(100), "wide@example.com");
    pickAccount(Accounts.accounts(List.of(wide, PROD)));

    // 77 columns for the label: 30 + "..." + 29 + " (123456789012)".
    terminal.awaitLines(
        HEADING,
        "> " + "x".repeat(30) + "..." + "x".repeat(11) + ", wide@example.com (123456789012)",
        row(PROD),
        "  2 of 2" + COUNT_HINT);
  }

  @Test
  @Timeout(30)
  void picker_severalWords_mustAllMatch_inAnyOrder() {
    Answer<Account> answer = pickAccount(Accounts.threeAccounts());

    terminal.awaitScreen("3 of 3").type("5555 staging");
    terminal.awaitLines(HEADING, marked(STAGING), "  1 of 3 matching \"5555 staging\"");
    terminal.type(Keys.ENTER);

    assertThat(answer.get()).isEqualTo(STAGING);
  }

  @Test
  @Timeout(30)
  void picker_nonAsciiTyped_filters() {
    Account tokyo = new Account("123456789012", "東京-prod", "tokyo@example.com");
    Answer<Account> answer = pickAccount(Accounts.accounts(List.of(PROD, tokyo)));

    terminal.awaitScreen("2 of 2").type("東京").awaitScreen("1 of 2 matching \"東京\"");
    terminal.type(Keys.ENTER);

    assertThat(answer.get()).isEqualTo(tokyo);
  }

  @Test
  @Timeout(30)
  void choose_withNoItems_isAProgrammingError() {
    assertThatThrownBy(() -> terminal.prompter().choose(Accounts.accounts(List.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertCancelled(Answer<?> answer) {
    assertThatThrownBy(answer::get)
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INTERRUPTED));
  }

  /** The expected screen: the heading, ten rows from {@code top}, the count line. */
  private static List<String> screen(Choice<Account> choice, int top, int marked) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADING);
    for (int i = top; i < top + 10; i++) {
      lines.add((i == marked ? "> " : "  ") + choice.label().apply(choice.items().get(i)));
    }
    lines.add("  " + choice.items().size() + " of " + choice.items().size() + COUNT_HINT);
    return lines;
  }
}
