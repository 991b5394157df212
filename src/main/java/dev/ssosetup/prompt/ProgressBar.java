package dev.ssosetup.prompt;

import dev.ssosetup.common.DisplayWidth;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A progress bar on the {@link LiveLine}: {@code Listing roles [#####-----] 3/10 accounts, …}, the
 * label and the counts in the prompter's language. It redraws at most ten times a second (the last
 * reading always), and only while it holds the line: a spinner opened meanwhile takes the line, and
 * when it is closed the bar shows its latest reading again. Closing it erases it (or gives the line
 * back to the holder below), so that what follows starts on a clean line.
 */
final class ProgressBar implements Prompter.ProgressLine, LiveLine.Holder {
  static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
  private static final int MIN_BAR = 10;
  private static final int MAX_BAR = 20;

  private final LiveLine line;
  private final Messages messages;
  private final Text label;
  private final LongSupplier nanoTime;
  private volatile ProgressStep latest;

  /** Whether it has drawn, and when last: only read and written under the line's holders' lock. */
  private boolean drawn;

  private long lastDraw;

  private ProgressBar(LiveLine line, Messages messages, Text label, LongSupplier nanoTime) {
    this.line = line;
    this.messages = messages;
    this.label = label;
    this.nanoTime = nanoTime;
  }

  /** A bar that holds the line from now on, empty until its first reading. */
  static ProgressBar open(LiveLine line, Messages messages, Text label, LongSupplier nanoTime) {
    ProgressBar bar = new ProgressBar(line, messages, label, nanoTime);
    line.take(bar);
    return bar;
  }

  @Override
  public void update(ProgressStep step) {
    latest = step;
    long now = nanoTime.getAsLong();
    line.whileHolding(
        this,
        () -> {
          if (drawn && now - lastDraw < REDRAW_NANOS && !step.last()) {
            return;
          }
          // The newest reading, which another thread may have set since this one.
          draw(latest, now);
        });
  }

  @Override
  public void close() {
    line.release(this);
  }

  @Override
  public void shown() {
    ProgressStep step = latest;
    if (step == null) {
      line.erase();
    } else {
      draw(step, nanoTime.getAsLong());
    }
  }

  @Override
  public void hidden() {
    // The next holder draws over the line, or the line is erased.
  }

  private void draw(ProgressStep step, long now) {
    line.draw(line(label.in(messages), step.counts().in(messages), step, line.columns()));
    drawn = true;
    lastDraw = now;
  }

  /**
   * The bar's line in at most {@code columns} terminal columns: the label, the bar (10 to 20
   * columns wide, as the room allows) and the counts; without the bar when there is no room for
   * one, and then cut to the columns, never inside a character.
   */
  static String line(String label, String counts, ProgressStep step, int columns) {
    String head = label + " ";
    String tail = " " + counts;
    int room = columns - DisplayWidth.of(head) - DisplayWidth.of(tail) - 2;
    if (room < MIN_BAR) {
      return DisplayWidth.start(head + counts, columns);
    }
    int width = Math.min(MAX_BAR, room);
    int filled = step.filled(width);
    return head + "[" + "#".repeat(filled) + "-".repeat(width - filled) + "]" + tail;
  }
}
