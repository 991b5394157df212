package dev.ssosetup.populate;

import dev.ssosetup.common.Text;
import dev.ssosetup.prompt.ProgressStep;
import dev.ssosetup.prompt.Prompter;
import java.util.Locale;
import java.util.Objects;

/**
 * The listing's progress told to the prompter, which draws it (at a terminal, a bar on its live
 * line; elsewhere nothing): accounts done of those to list, roles found, and the pace of portal
 * calls, in the words of the bundles. The line is opened when the listing starts and closed when it
 * ends, done or failed; a reading from a call still in flight after that shows nothing, and a
 * listing run again (after a new login) opens another line.
 */
public final class ListingProgress implements ProgressListener {
  private final Prompter prompter;
  private Prompter.ProgressLine line = Prompter.ProgressLine.NONE;

  private ListingProgress(Prompter prompter) {
    this.prompter = Objects.requireNonNull(prompter, "prompter");
  }

  /** The listing's progress on this prompter's progress line. */
  public static ProgressListener on(Prompter prompter) {
    return new ListingProgress(prompter);
  }

  @Override
  public synchronized void start() {
    line.close();
    line = prompter.progress(Text.of("populate.progress.listing"));
  }

  @Override
  public void update(Progress progress) {
    ProgressStep step = step(progress);
    current().update(step);
  }

  @Override
  public synchronized void finish() {
    line.close();
    line = Prompter.ProgressLine.NONE;
  }

  private synchronized Prompter.ProgressLine current() {
    return line;
  }

  /**
   * One reading: the bar is the accounts done of those to list; the counts give them, a {@code +}
   * while more accounts may come, the roles found and the calls a second.
   */
  static ProgressStep step(Progress progress) {
    String total = Integer.toString(progress.accountsToList());
    // Padded to the total's width, so that the text does not shift as the count grows.
    String done = String.format(Locale.ROOT, "%" + total.length() + "d", progress.accountsDone());
    boolean last =
        progress.allAccountsFound() && progress.accountsDone() == progress.accountsToList();
    return new ProgressStep(
        progress.accountsDone(),
        progress.accountsToList(),
        last,
        Text.of(
            "populate.progress.counts",
            done,
            total,
            progress.allAccountsFound() ? "" : "+",
            progress.rolesFound(),
            String.format(Locale.ROOT, "%.1f", progress.requestsPerSecond())));
  }
}
