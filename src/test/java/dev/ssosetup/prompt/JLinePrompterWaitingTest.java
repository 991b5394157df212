package dev.ssosetup.prompt;

import static dev.ssosetup.testkit.TerminalDriver.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.Messages;
import dev.ssosetup.testkit.TerminalDriver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The spinner shown while waiting (for a browser login), on an xterm over pipes. */
class JLinePrompterWaitingTest {
  private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
  private static final String MESSAGE = "Waiting for the browser";

  private final TerminalDriver terminal = TerminalDriver.xterm();
  private final MovableClock clock = new MovableClock(NOW);
  private final Prompter prompter = terminal.prompter(clock);

  @AfterEach
  void endInput() {
    terminal.close();
  }

  @Test
  @Timeout(30)
  void waiting_showsASpinnerWithTheMessageAndTheTimeLeft_andRedrawsIt() {
    try (Prompter.Waiting waiting = prompter.waiting(MESSAGE, NOW.plusSeconds(600))) {
      // The spinner's own thread draws the next frames, each over the last.
      terminal
          .screen()
          .await(s -> s.raw().contains("⠹ " + MESSAGE + " (10:00 left)"), "a third frame", WAIT);
      assertThat(terminal.screen().raw())
          .containsSubsequence(
              "⠋ " + MESSAGE + " (10:00 left)",
              "⠙ " + MESSAGE + " (10:00 left)",
              "⠹ " + MESSAGE + " (10:00 left)");
      assertThat(terminal.screen().lines()).hasSize(1);
    }
  }

  @Test
  @Timeout(30)
  void waiting_countsDownWithTheClock_andStopsAtZero() {
    try (Prompter.Waiting waiting = prompter.waiting(MESSAGE, NOW.plusSeconds(600))) {
      clock.set(NOW.plusMillis(2_500));
      terminal.awaitScreen(MESSAGE + " (9:58 left)");
      clock.set(NOW.plusSeconds(541));
      terminal.awaitScreen(MESSAGE + " (0:59 left)");
      clock.set(NOW.plusSeconds(700));
      terminal.awaitScreen(MESSAGE + " (0:00 left)");
    }
  }

  @Test
  @Timeout(30)
  void waiting_inJapanese_saysTheTimeLeftInJapanese() {
    Prompter japanese = terminal.prompter(new Voice(Messages.of(Locale.JAPANESE), true), clock);
    try (Prompter.Waiting waiting = japanese.waiting("ブラウザーでの承認を待っています", NOW.plusSeconds(600))) {
      clock.set(NOW.plusMillis(2_500));
      terminal.awaitScreen("ブラウザーでの承認を待っています (残り 9:58)");
    }
  }

  @Test
  @Timeout(30)
  void waiting_longerThanAnHour_countsInMinutes() {
    try (Prompter.Waiting waiting = prompter.waiting(MESSAGE, NOW.plus(Duration.ofMinutes(75)))) {
      terminal.awaitScreen(MESSAGE + " (75:00 left)");
    }
  }

  @Test
  @Timeout(30)
  void waiting_close_leavesNoThreadAndNoSpinnerText() {
    prompter.say("Browser opened.");
    Prompter.Waiting waiting = prompter.waiting(MESSAGE, NOW.plusSeconds(600));
    terminal.awaitCursorLine("⠙ " + MESSAGE + " (10:00 left)");
    assertThat(spinnerThreads()).hasSize(1);

    waiting.close();

    assertThat(spinnerThreads()).isEmpty();
    assertThat(terminal.screen().lines()).containsExactly("Browser opened.");
    assertThat(terminal.screen().cursorLine()).isEmpty();
    assertThat(terminal.screen().cursorColumn()).isZero();
  }

  @Test
  @Timeout(30)
  void waiting_closeTwice_isHarmless() {
    Prompter.Waiting waiting = prompter.waiting(MESSAGE, NOW.plusSeconds(600));
    waiting.close();
    waiting.close();

    prompter.say("Logged in.");

    assertThat(spinnerThreads()).isEmpty();
    assertThat(terminal.screen().lines()).containsExactly("Logged in.");
  }

  @Test
  @Timeout(30)
  void waiting_sayWhileWaiting_printsAboveTheSpinner() {
    try (Prompter.Waiting waiting = prompter.waiting(MESSAGE, NOW.plusSeconds(600))) {
      prompter.say("If the browser does not open, visit https://example.com/device");

      terminal
          .screen()
          .await(
              s ->
                  s.lines().size() == 2
                      && s.lines()
                          .get(0)
                          .equals("If the browser does not open, visit https://example.com/device")
                      && s.lines().get(1).endsWith(" " + MESSAGE + " (10:00 left)")
                      && s.cursorRow() == 1,
              "the line above the spinner",
              WAIT);
    }

    assertThat(terminal.screen().lines())
        .containsExactly("If the browser does not open, visit https://example.com/device");
  }

  @Test
  @Timeout(30)
  void waiting_warnWhileWaiting_goesToTheErrorStream_andTheSpinnerGoesOn() {
    try (Prompter.Waiting waiting = prompter.waiting(MESSAGE, NOW.plusSeconds(600))) {
      prompter.warn("The browser could not be opened.");

      assertThat(terminal.err())
          .isEqualTo("The browser could not be opened." + System.lineSeparator());
      terminal.awaitCursorLine("⠙ " + MESSAGE + " (10:00 left)");
    }
    assertThat(terminal.screen().lines()).isEmpty();
  }

  @Test
  @Timeout(30)
  void waiting_aLongMessage_isCutToTheWidth() {
    try (Prompter.Waiting waiting = prompter.waiting("x".repeat(200), NOW.plusSeconds(600))) {
      // The spinner redraws concurrently: wait for a whole frame rather than read a half one.
      terminal
          .screen()
          .await(
              s -> s.lines().size() == 1 && s.cursorLine().length() == 79,
              "one line of 79 columns",
              WAIT);
    }
  }

  @Test
  @Timeout(30)
  void waiting_again_replacesTheFirstSpinner() {
    Prompter.Waiting first = prompter.waiting("Registering", NOW.plusSeconds(60));
    try (Prompter.Waiting second = prompter.waiting(MESSAGE, NOW.plusSeconds(600))) {
      assertThat(spinnerThreads()).hasSize(1);
      terminal
          .screen()
          .await(
              s ->
                  s.lines().size() == 1 && s.cursorLine().endsWith(" " + MESSAGE + " (10:00 left)"),
              "only the second spinner",
              WAIT);
    }
    first.close();
    assertThat(spinnerThreads()).isEmpty();
  }

  @Test
  @Timeout(30)
  void waiting_closingTheInnerWait_showsTheOuterOneAgain() {
    try (Prompter.Waiting outer = prompter.waiting(MESSAGE, NOW.plusSeconds(600))) {
      terminal.awaitScreen(MESSAGE + " (10:00 left)");
      try (Prompter.Waiting inner = prompter.waiting("Waiting for STS", NOW.plusSeconds(45))) {
        terminal
            .screen()
            .await(
                s -> s.cursorLine().endsWith(" Waiting for STS (0:45 left)"),
                "the inner wait",
                WAIT);
      }
      terminal
          .screen()
          .await(
              s -> s.cursorLine().endsWith(" " + MESSAGE + " (10:00 left)"),
              "the outer wait again",
              WAIT);
      assertThat(spinnerThreads()).hasSize(1);
    }
    assertThat(spinnerThreads()).isEmpty();
    assertThat(terminal.screen().lines()).isEmpty();
  }

  @Test
  @Timeout(30)
  void waiting_aQuestion_endsTheSpinnerFirst() {
    prompter.waiting(MESSAGE, NOW.plusSeconds(600));
    terminal.awaitScreen(MESSAGE);

    TerminalDriver.Answer<Boolean> answer = terminal.ask(prompter, p -> p.confirm("Go on?", true));
    terminal.awaitPrompt("Go on? [Y/n]: ");

    assertThat(spinnerThreads()).isEmpty();
    assertThat(terminal.screen().lines()).containsExactly("Go on? [Y/n]:");
    terminal.type("n\r");
    assertThat(answer.get()).isFalse();
  }

  private static List<Thread> spinnerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals(Spinner.THREAD_NAME) && t.isAlive())
        .toList();
  }

  /** A clock the test moves by hand. */
  private static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
