package dev.ssosetup.populate;

import dev.ssosetup.config.EditResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a populate run did: the report, the edit of the config file (its diff, whether it was
 * written), the portal calls it took, and the lines to show the user.
 *
 * @param warnings lines for standard error: settings taken as given, filters that match nothing
 * @param requests portal calls made, retries included
 * @param retries portal calls made again after throttling or a server error
 */
public record PopulateResult(
    String session,
    PopulateReport report,
    EditResult edit,
    boolean dryRun,
    List<String> warnings,
    int requests,
    int retries,
    Duration elapsed) {
  private static final int MAX_LISTED = 20;
  private static final int MAX_NAMED = 3;

  public PopulateResult {
    warnings = List.copyOf(warnings);
  }

  /** The change to the config file as a unified diff; "" when there is none. */
  public String unifiedDiff() {
    return edit.unifiedDiff();
  }

  /** Whether the config file was written (not on a dry run, nor when nothing changed). */
  public boolean written() {
    return edit.written();
  }

  /**
   * The summary for standard output, for example {@code Added 12 profiles, updated 1, pruned 2,
   * skipped 1 (hand-made profile "Prod.Admin" has the generated name).}, then one line per name
   * clash and per kind of profile left alone, then where it was (or was not) written.
   */
  public List<String> summaryLines() {
    List<String> lines = new ArrayList<>();
    PopulateReport r = report;
    boolean nothing =
        r.added().isEmpty()
            && r.updated().isEmpty()
            && r.pruned().isEmpty()
            && r.skipped().isEmpty();
    if (nothing) {
      lines.add(
          r.unchanged() == 0
              ? "No profiles to write for sso-session " + session + "."
              : "No changes: the "
                  + plural(r.unchanged(), "generated profile")
                  + " of sso-session "
                  + session
                  + (r.unchanged() == 1 ? " is" : " are")
                  + " up to date.");
    } else {
      lines.add(counts(r));
    }
    int shown = 0;
    for (PopulateReport.Clash clash : r.clashes()) {
      if (shown++ == MAX_LISTED) {
        lines.add("  ... and " + (r.clashes().size() - MAX_LISTED) + " more name clashes.");
        break;
      }
      lines.add(
          "Name clash: \""
              + clash.wanted()
              + "\" (account "
              + clash.accountId()
              + ", role "
              + clash.roleName()
              + ") is taken by "
              + clash.takenBy()
              + "; "
              + (dryRun ? "it would be written" : "written")
              + " as \""
              + clash.written()
              + "\".");
    }
    if (!r.noLongerAssigned().isEmpty()) {
      lines.add(
          capitalized(plural(r.noLongerAssigned().size(), "generated profile"))
              + " of sso-session "
              + session
              + (r.noLongerAssigned().size() == 1 ? " is" : " are")
              + " no longer assigned: "
              + quoted(r.noLongerAssigned(), MAX_LISTED)
              + ". Run again with --prune to remove "
              + (r.noLongerAssigned().size() == 1 ? "it." : "them."));
    }
    if (!r.keptUnderOtherNames().isEmpty()) {
      lines.add(
          "Kept "
              + plural(r.keptUnderOtherNames().size(), "profile")
              + " generated earlier under another name for an account and role that now have"
              + " a different one (an earlier --template?): "
              + quoted(r.keptUnderOtherNames(), MAX_LISTED)
              + ". Delete them by hand if nothing uses them.");
    }
    if (!r.accountsWithoutAccess().isEmpty()) {
      lines.add(
          "The portal refused the roles of "
              + (r.accountsWithoutAccess().size() == 1 ? "account " : "accounts ")
              + String.join(", ", r.accountsWithoutAccess())
              + " (no longer assigned?); their profiles were left as they are.");
    }
    if (dryRun) {
      lines.add("Dry run: nothing was written to " + edit.file() + ".");
    } else if (edit.written()) {
      lines.add("Wrote " + edit.file() + ".");
    }
    return lines;
  }

  private String counts(PopulateReport r) {
    StringBuilder line = new StringBuilder();
    if (dryRun) {
      line.append("Would add ")
          .append(plural(r.added().size(), "profile"))
          .append(", update ")
          .append(r.updated().size())
          .append(", prune ")
          .append(r.pruned().size())
          .append(", skip ")
          .append(r.skipped().size());
    } else {
      line.append("Added ")
          .append(plural(r.added().size(), "profile"))
          .append(", updated ")
          .append(r.updated().size())
          .append(", pruned ")
          .append(r.pruned().size())
          .append(", skipped ")
          .append(r.skipped().size());
    }
    List<String> skipped = r.skipped().stream().map(PopulateReport.Skip::name).toList();
    if (skipped.size() == 1) {
      line.append(" (hand-made profile ").append(quoted(skipped, MAX_NAMED));
      line.append(" has the generated name)");
    } else if (!skipped.isEmpty()) {
      line.append(" (hand-made profiles ").append(quoted(skipped, MAX_NAMED));
      line.append(" have the generated names)");
    }
    return line.append('.').toString();
  }

  /** {@code "a"}, {@code "a" and "b"}, {@code "a", "b", "c" and 4 more}. */
  static String quoted(List<String> names, int max) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < names.size() && i < max; i++) {
      shown.add('"' + names.get(i) + '"');
    }
    int more = names.size() - shown.size();
    if (more > 0) {
      return String.join(", ", shown) + " and " + more + " more";
    }
    if (shown.size() == 1) {
      return shown.get(0);
    }
    return String.join(", ", shown.subList(0, shown.size() - 1))
        + " and "
        + shown.get(shown.size() - 1);
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
