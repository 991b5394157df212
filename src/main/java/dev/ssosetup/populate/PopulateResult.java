package dev.ssosetup.populate;

import dev.ssosetup.common.Text;
import dev.ssosetup.config.EditResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a populate run did: the report, the edit of the config file (its diff, whether it was
 * written), the portal calls it took, and the lines to show the user, as sentences the caller
 * renders in the reader's language.
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
    List<Text> warnings,
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
  public List<Text> summaryLines() {
    List<Text> lines = new ArrayList<>();
    PopulateReport r = report;
    boolean nothing =
        r.added().isEmpty()
            && r.updated().isEmpty()
            && r.pruned().isEmpty()
            && r.skipped().isEmpty();
    if (nothing) {
      lines.add(
          r.unchanged() == 0
              ? Text.of("populate.summary.nothing", session)
              : r.unchanged() == 1
                  ? Text.of("populate.summary.upToDateOne", session)
                  : Text.of("populate.summary.upToDateMany", session, r.unchanged()));
    } else {
      lines.add(counts(r));
    }
    int shown = 0;
    for (PopulateReport.Clash clash : r.clashes()) {
      if (shown++ == MAX_LISTED) {
        lines.add(Text.of("populate.clash.more", r.clashes().size() - MAX_LISTED));
        break;
      }
      lines.add(
          Text.of(
              dryRun ? "populate.clash.dryRun" : "populate.clash",
              clash.wanted(),
              clash.accountId(),
              clash.roleName(),
              clash.takenBy(),
              clash.written()));
    }
    if (!r.noLongerAssigned().isEmpty()) {
      int count = r.noLongerAssigned().size();
      lines.add(
          Text.of(
              count == 1 ? "populate.unassignedOne" : "populate.unassignedMany",
              session,
              quoted(r.noLongerAssigned(), MAX_LISTED),
              count));
    }
    if (!r.keptUnderOtherNames().isEmpty()) {
      int count = r.keptUnderOtherNames().size();
      lines.add(
          Text.of(
              count == 1 ? "populate.keptOne" : "populate.keptMany",
              quoted(r.keptUnderOtherNames(), MAX_LISTED),
              count));
    }
    if (!r.accountsWithoutAccess().isEmpty()) {
      lines.add(
          Text.of(
              r.accountsWithoutAccess().size() == 1
                  ? "populate.noAccessOne"
                  : "populate.noAccessMany",
              String.join(", ", r.accountsWithoutAccess())));
    }
    if (dryRun) {
      lines.add(Text.of("populate.dryRun", edit.file()));
    } else if (edit.written()) {
      lines.add(Text.of("populate.wrote", edit.file()));
    }
    return lines;
  }

  private Text counts(PopulateReport r) {
    int added = r.added().size();
    Text profiles =
        added == 1 ? Text.of("populate.profiles.one") : Text.of("populate.profiles.many", added);
    List<String> skipped = r.skipped().stream().map(PopulateReport.Skip::name).toList();
    Object handMade =
        skipped.isEmpty()
            ? ""
            : Text.of(
                skipped.size() == 1 ? "populate.handMadeOne" : "populate.handMadeMany",
                quoted(skipped, MAX_NAMED));
    return Text.of(
        dryRun ? "populate.counts.dryRun" : "populate.counts",
        profiles,
        r.updated().size(),
        r.pruned().size(),
        r.skipped().size(),
        handMade);
  }

  /** {@code "a"}, {@code "a" and "b"}, {@code "a", "b", "c" and 4 more}, in the reader's words. */
  static Text quoted(List<String> names, int max) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < names.size() && i < max; i++) {
      shown.add('"' + names.get(i) + '"');
    }
    int more = names.size() - shown.size();
    if (more > 0) {
      return Text.of("populate.names.andMore", list(shown), more);
    }
    if (shown.size() == 1) {
      return Text.of("common.asIs", shown.get(0));
    }
    return Text.of(
        "populate.names.and",
        list(shown.subList(0, shown.size() - 1)),
        shown.get(shown.size() - 1));
  }

  /** The names one after another, with the language's separator ("a, b" or "a、b"). */
  private static Text list(List<String> names) {
    Text list = Text.of("common.asIs", names.get(0));
    for (String name : names.subList(1, names.size())) {
      list = Text.of("populate.names.list", list, name);
    }
    return list;
  }
}
