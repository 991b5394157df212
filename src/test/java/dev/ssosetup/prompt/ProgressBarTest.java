package dev.ssosetup.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.DisplayWidth;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserLanguage;
import dev.ssosetup.testkit.KeyboardInput;
import dev.ssosetup.testkit.VirtualScreen;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The progress bar's line, in English and Japanese, within the terminal's width less one column,
 * never cut inside a wide character; and how it redraws on the live line of an xterm over pipes.
 */
class ProgressBarTest {
  private static final Messages ENGLISH = Messages.english();
  private static final Messages JAPANESE = Messages.of(UserLanguage.JAPANESE);
  private static final Text LABEL = Text.of("populate.progress.listing");

  private final KeyboardInput keyboard = new KeyboardInput();
  private final VirtualScreen screen = new VirtualScreen(80);
  private final Terminal terminal = TerminalOpener.streams(keyboard, screen, "xterm");
  private final LiveLine live = new LiveLine(terminal);
  private final AtomicLong now = new AtomicLong();

  @AfterEach
  void endInput() throws Exception {
    keyboard.end();
    terminal.close();
  }

  @Test
  void line_showsTheLabelTheBarAndTheCounts_withinTheWidth() {
    String line =
        ProgressBar.line(
            "Listing roles",
            " 412/1000 accounts, 1236 roles, 20.0 req/s",
            step(412, 1000, true),
            79);

    assertThat(line)
        .isEqualTo(
            "Listing roles [########------------]  412/1000 accounts, 1236 roles, 20.0 req/s");
    assertThat(line.length()).isLessThan(80);
  }

  @Test
  void line_onANarrowTerminal_dropsTheBar_andKeepsTheCounts() {
    String line =
        ProgressBar.line(
            "Listing roles", " 10/100+ accounts, 30 roles, 12.0 req/s", step(10, 100, false), 59);

    assertThat(line).endsWith("10/100+ accounts, 30 roles, 12.0 req/s").doesNotContain("[");
    assertThat(line.length()).isLessThan(60);
  }

  @Test
  void line_inJapanese_isMeasuredInColumns_andHasItsBarAt80Columns() {
    String counts = counts(JAPANESE, " 412", "1000", "", 1236, "20.0");
    String line = ProgressBar.line(LABEL.in(JAPANESE), counts, step(412, 1000, true), 79);

    assertThat(line).startsWith("ロールを取得中 [").endsWith("] アカウント  412/1000、ロール 1236、20.0 件/秒");
    // Two columns a Japanese character: far more columns than characters, and still within 79.
    assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(79).isGreaterThan(line.length());
  }

  @Test
  void line_atEveryWidth_neverOverflows_andNeverCutsACharacter() {
    for (Messages messages : new Messages[] {ENGLISH, JAPANESE}) {
      String label = LABEL.in(messages);
      String counts = counts(messages, " 41", "100", "+", 123, "19.5");
      for (int columns = 1; columns <= 120; columns++) {
        String line = ProgressBar.line(label, counts, step(41, 100, false), columns);

        assertThat(DisplayWidth.of(line))
            .as("%s at %d", messages.locale(), columns)
            .isLessThanOrEqualTo(columns);
        assertThat(line.codePoints().allMatch(Character::isValidCodePoint)).isTrue();
        assertThat(line.isEmpty() || !Character.isHighSurrogate(line.charAt(line.length() - 1)))
            .isTrue();
        String whole = line.contains("[") ? line : label + " " + counts;
        // Without a bar, the line is the start of the whole text: only whole characters are left
        // out, and a wide one that would take the last column and one more is left out whole.
        assertThat(whole).as("%s at %d", messages.locale(), columns).startsWith(line);
        if (!line.contains("[") && line.length() < whole.length()) {
          int next = whole.codePointAt(line.length());
          assertThat(DisplayWidth.of(line) + DisplayWidth.of(next)).isGreaterThan(columns);
        }
      }
    }
  }

  @Test
  void line_aWideCharacterThatWouldTakeTheLastColumnAndOneMore_isLeftOutWhole() {
    // 「ロールを取得中 」 is 15 columns; at 16 the next wide character does not fit.
    String line = ProgressBar.line("ロールを取得中", "アカウント 1/2", step(1, 2, true), 16);

    assertThat(line).isEqualTo("ロールを取得中 ");
    assertThat(DisplayWidth.of(line)).isEqualTo(15);
  }

  @Test
  void updates_redrawInPlace_atMostTenTimesASecond_andCloseErasesTheLine() {
    ProgressBar bar = ProgressBar.open(live, ENGLISH, LABEL, now::get);
    bar.update(english(1, 10));
    now.addAndGet(TimeUnit.MILLISECONDS.toNanos(50));
    bar.update(english(2, 10)); // too soon: skipped
    now.addAndGet(TimeUnit.MILLISECONDS.toNanos(60));
    bar.update(english(3, 10));
    bar.update(english(10, 10)); // the last one is always drawn
    bar.close();

    String raw = screen.raw();
    // Three draws, each from the start of the line, then the erase.
    assertThat(raw.split("\r", -1)).hasSize(5);
    assertThat(raw)
        .contains(" 1/10 accounts", " 3/10 accounts", "10/10 accounts")
        .doesNotContain("2/10 accounts")
        .doesNotContain("\n");
    assertThat(screen.lines()).isEmpty();
    assertThat(screen.cursorColumn()).isZero();
  }

  @Test
  void update_afterClose_drawsNothing() {
    ProgressBar bar = ProgressBar.open(live, ENGLISH, LABEL, now::get);
    bar.update(english(1, 10));
    bar.close();
    now.addAndGet(TimeUnit.SECONDS.toNanos(1));
    bar.update(english(2, 10));

    assertThat(screen.raw()).doesNotContain("2/10");
    assertThat(screen.lines()).isEmpty();
  }

  @Test
  void close_beforeAnyUpdate_printsNothing() {
    ProgressBar.open(live, ENGLISH, LABEL, now::get).close();

    assertThat(screen.raw()).isEmpty();
  }

  private static ProgressStep step(int done, int total, boolean last) {
    return new ProgressStep(done, total, last, Text.of("common.asIs", ""));
  }

  private static ProgressStep english(int done, int total) {
    String padded = String.format("%" + Integer.toString(total).length() + "d", done);
    return new ProgressStep(
        done,
        total,
        done == total,
        Text.of("populate.progress.counts", padded, Integer.toString(total), "", done, "1.0"));
  }

  private static String counts(Messages messages, Object... arguments) {
    return Text.of("populate.progress.counts", arguments).in(messages);
  }
}
