package dev.ssosetup.populate;

import dev.ssosetup.common.DisplayWidth;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar redrawn in place with a carriage return, for a terminal only: accounts
 * done of the total, roles found, and the rate of portal calls. It redraws at most ten times a
 * second and erases itself when the listing ends, so that what follows starts on a clean line.
 */
public final class TerminalProgress implements ProgressListener {
  private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
  private static final int MIN_BAR = 10;
  private static final int MAX_BAR = 20;

  private final PrintWriter err;
  private final int width;
  private final LongSupplier nanoTime;
  private boolean drawn;
  private long lastDraw;
  private int lastLength;

  /**
   * A bar on {@code err}, which must be a terminal {@code width} columns wide (80 when unknown).
   */
  public TerminalProgress(PrintWriter err, int width) {
    this(err, width, System::nanoTime);
  }

  TerminalProgress(PrintWriter err, int width, LongSupplier nanoTime) {
    this.err = Objects.requireNonNull(err, "err");
    this.width = width > 20 ? width : 80;
    this.nanoTime = nanoTime;
  }

  @Override
  public synchronized void update(Progress progress) {
    long now = nanoTime.getAsLong();
    boolean last =
        progress.allAccountsFound() && progress.accountsDone() == progress.accountsToList();
    if (drawn && now - lastDraw < REDRAW_NANOS && !last) {
      return;
    }
    draw(line(progress));
    lastDraw = now;
  }

  @Override
  public synchronized void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(lastLength) + "\r");
      err.flush();
      drawn = false;
      lastLength = 0;
    }
  }

  /**
   * The line, never wider than the terminal less one column (a full line would wrap, and a carriage
   * return would then redraw only its second half).
   */
  String line(Progress progress) {
    String total = Integer.toString(progress.accountsToList());
    // Padded to the total's width, so that the text does not shift as the count grows.
    String done = String.format(Locale.ROOT, "%" + total.length() + "d", progress.accountsDone());
    String counts =
        String.format(
            Locale.ROOT,
            " %s/%s%s accounts, %d roles, %.1f req/s",
            done,
            total,
            progress.allAccountsFound() ? "" : "+",
            progress.rolesFound(),
            progress.requestsPerSecond());
    String label = "Listing roles ";
    int room = width - 1 - DisplayWidth.of(label) - DisplayWidth.of(counts) - 2;
    if (room < MIN_BAR) {
      return DisplayWidth.start(label + counts.strip(), width - 1);
    }
    int barWidth = Math.min(MAX_BAR, room);
    int filled =
        progress.accountsToList() == 0
            ? 0
            : (int) ((long) barWidth * progress.accountsDone() / progress.accountsToList());
    return label + "[" + "#".repeat(filled) + "-".repeat(barWidth - filled) + "]" + counts;
  }

  private void draw(String line) {
    // Lengths in terminal columns: a Japanese label takes two a character.
    int columns = DisplayWidth.of(line);
    int pad = Math.max(0, lastLength - columns);
    err.print("\r" + line + " ".repeat(pad));
    err.flush();
    drawn = true;
    lastLength = columns;
  }
}
