package dev.ssosetup.prompt;

import dev.ssosetup.common.Text;
import java.util.Objects;

/**
 * One reading of how far a task is, for a {@link Prompter.ProgressLine}: {@code done} of {@code
 * total} (the bar), what the counts say (in words from the bundles, shown after the bar), and
 * whether the numbers are final, so that the last reading is drawn however soon it follows the one
 * before.
 */
public record ProgressStep(int done, int total, boolean last, Text counts) {

  public ProgressStep {
    Objects.requireNonNull(counts, "counts");
  }

  /** The part of the bar that is done, 0 to {@code columns}. */
  int filled(int columns) {
    if (total <= 0) {
      return 0;
    }
    return (int) ((long) columns * Math.min(Math.max(done, 0), total) / total);
  }
}
