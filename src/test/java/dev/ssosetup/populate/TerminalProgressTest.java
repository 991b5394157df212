package dev.ssosetup.populate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  private final StringWriter out = new StringWriter();
  private final AtomicLong now = new AtomicLong();
  private final TerminalProgress bar = new TerminalProgress(new PrintWriter(out), 80, now::get);

  @Test
  void line_showsAccountsDoneOfTotalRolesAndRate_withinTheWidth() {
    String line = bar.line(progress(412, 1000, true, 1236, 830, 41.5));

    assertThat(line)
        .isEqualTo(
            "Listing roles [########------------]  412/1000 accounts, 1236 roles, 20.0 req/s");
    assertThat(line.length()).isLessThan(80);
  }

  @Test
  void line_fitsANarrowTerminal_andMarksATotalStillGrowing() {
    TerminalProgress narrow = new TerminalProgress(new PrintWriter(out), 60, now::get);

    String line = narrow.line(progress(10, 100, false, 30, 12, 1));

    assertThat(line).endsWith("10/100+ accounts, 30 roles, 12.0 req/s");
    assertThat(line.length()).isLessThan(60);
  }

  @Test
  void updates_redrawInPlace_atMostTenTimesASecond_andFinishErasesTheLine() {
    bar.update(progress(1, 10, true, 1, 2, 1));
    now.addAndGet(TimeUnit.MILLISECONDS.toNanos(50));
    bar.update(progress(2, 10, true, 2, 3, 1)); // too soon: skipped
    now.addAndGet(TimeUnit.MILLISECONDS.toNanos(60));
    bar.update(progress(3, 10, true, 3, 4, 1));
    bar.update(progress(10, 10, true, 10, 11, 1)); // the last one is always drawn
    bar.finish();

    String text = out.toString();
    // Three draws, each from the start of the line, then the erasing spaces.
    assertThat(text.split("\r", -1)).hasSize(6);
    assertThat(text).contains("  1/10 accounts", "  3/10 accounts", " 10/10 accounts");
    assertThat(text).doesNotContain("2/10 accounts").doesNotContain("\n");
    assertThat(text).endsWith("\r");
  }

  @Test
  void finish_beforeAnyUpdate_printsNothing() {
    bar.finish();

    assertThat(out.toString()).isEmpty();
  }

  private static Progress progress(
      int done, int total, boolean allFound, int roles, int requests, double seconds) {
    return new Progress(
        total,
        allFound,
        total,
        done,
        roles,
        requests,
        0,
        Duration.ofMillis((long) (seconds * 1000)));
  }
}
