package dev.ssosetup.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.DisplayWidth;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserLanguage;
import dev.ssosetup.testkit.TerminalDriver;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The progress line of the JLine prompter on an xterm over pipes: drawn on the line the spinner
 * uses, the two taking turns and never mixing, messages printed above it, erased when closed; in
 * the prompter's language; nothing on a dumb terminal or without a terminal.
 */
@Timeout(30)
class JLinePrompterProgressTest {
  private static final Text LABEL = Text.of("populate.progress.listing");

  private final TerminalDriver terminal = TerminalDriver.xterm();

  @AfterEach
  void endInput() {
    terminal.close();
  }

  @Test
  void progress_drawsTheBarOnOneLine_andClosingErasesIt() {
    Prompter.ProgressLine line = terminal.prompter().progress(LABEL);
    line.update(step(2, 4, false));
    terminal.awaitCursorLine(
        "Listing roles [##########----------] 2/4+ accounts, 3 roles, 1.5 req/s");
    line.update(step(4, 4, true));
    terminal.awaitCursorLine(
        "Listing roles [####################] 4/4 accounts, 3 roles, 1.5 req/s");

    line.close();

    assertThat(terminal.screen().lines()).isEmpty();
    assertThat(terminal.screen().cursorColumn()).isZero();
    assertThat(terminal.screen().raw()).doesNotContain("\n");
  }

  @Test
  void progress_inJapanese_staysWithinTheWidthLessOneColumn() {
    Prompter prompter = terminal.prompter(new Voice(Messages.of(UserLanguage.JAPANESE), true));
    try (Prompter.ProgressLine line = prompter.progress(LABEL)) {
      line.update(step(2, 4, false));

      terminal.awaitCursorLine("ロールを取得中 [##########----------] アカウント 2/4+、ロール 3、1.5 件/秒");
      assertThat(DisplayWidth.of(terminal.screen().cursorLine())).isLessThanOrEqualTo(79);
      assertThat(terminal.screen().lines()).hasSize(1);
    }
    assertThat(terminal.screen().lines()).isEmpty();
  }

  @Test
  void progress_andAWaitOpenedMeanwhile_takeTurnsOnTheLine() {
    Prompter prompter = terminal.prompter();
    try (Prompter.ProgressLine line = prompter.progress(LABEL)) {
      line.update(step(1, 4, false));
      terminal.awaitCursorLine(
          "Listing roles [#####---------------] 1/4+ accounts, 3 roles, 1.5 req/s");

      try (Prompter.Waiting waiting =
          prompter.waiting("Waiting for STS", Instant.now().plusSeconds(45))) {
        terminal
            .screen()
            .await(
                s -> s.lines().size() == 1 && s.cursorLine().contains(" Waiting for STS ("),
                "the spinner in the bar's place",
                TerminalDriver.WAIT);
        // Meanwhile the bar keeps its reading, but the line is the spinner's.
        line.update(step(3, 4, true));
        assertThat(terminal.screen().cursorLine()).doesNotContain("Listing roles");
      }

      terminal.awaitCursorLine(
          "Listing roles [###############-----] 3/4 accounts, 3 roles, 1.5 req/s");
      assertThat(terminal.screen().lines()).hasSize(1);
    }
    assertThat(terminal.screen().lines()).isEmpty();
  }

  @Test
  void progress_sayWhileShown_printsAboveTheBar() {
    Prompter prompter = terminal.prompter();
    try (Prompter.ProgressLine line = prompter.progress(LABEL)) {
      line.update(step(1, 4, false));
      prompter.say("Logged in.");

      terminal.awaitLines(
          "Logged in.", "Listing roles [#####---------------] 1/4+ accounts, 3 roles, 1.5 req/s");
    }
    terminal.awaitLines("Logged in.");
    assertThat(terminal.screen().cursorLine()).isEmpty();
  }

  @Test
  void progress_aQuestion_takesTheLine() {
    Prompter prompter = terminal.prompter();
    Prompter.ProgressLine line = prompter.progress(LABEL);
    line.update(step(1, 4, false));

    TerminalDriver.Answer<Boolean> answer = terminal.ask(prompter, p -> p.confirm("Go on?", true));
    terminal.awaitPrompt("Go on? [Y/n]: ");
    assertThat(terminal.screen().lines()).containsExactly("Go on? [Y/n]:");
    terminal.type("n\r");
    assertThat(answer.get()).isFalse();
    line.close();
  }

  @Test
  void progress_onADumbTerminal_showsNothing() {
    try (TerminalDriver dumb = TerminalDriver.dumb();
        Prompter.ProgressLine line = dumb.prompter().progress(LABEL)) {
      line.update(step(1, 4, false));

      assertThat(dumb.screen().raw()).isEmpty();
    }
  }

  @Test
  void progress_withoutATerminal_showsNothing() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Prompter prompter = new NonInteractivePrompter(new PrintWriter(out), new PrintWriter(err));
    try (Prompter.ProgressLine line = prompter.progress(LABEL)) {
      line.update(step(1, 4, false));
    }

    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEmpty();
  }

  private static ProgressStep step(int done, int total, boolean last) {
    return new ProgressStep(
        done,
        total,
        last,
        Text.of(
            "populate.progress.counts",
            Integer.toString(done),
            Integer.toString(total),
            last ? "" : "+",
            3,
            "1.5"));
  }
}
