package dev.ssosetup.populate;

import dev.ssosetup.common.Text;
import java.util.List;

/**
 * What a populate run changed or would change in the config file, by profile name, and what it left
 * alone and why.
 *
 * @param added profiles written that were not there
 * @param updated generated profiles whose managed keys changed (a new --region or --output)
 * @param unchanged how many generated profiles were already as they should be
 * @param pruned this session's generated profiles removed because their account or role is no
 *     longer assigned (only with --prune)
 * @param skipped assignments not written because a hand-made profile has their name
 * @param clashes assignments written under another name because theirs was taken
 * @param noLongerAssigned this session's generated profiles whose account or role is no longer
 *     assigned, left in place because --prune was not given
 * @param keptUnderOtherNames this session's generated profiles for an assignment that now has
 *     another name (an earlier --template, or a clash since resolved), left in place
 * @param accountsWithoutAccess accounts listed whose roles the portal refused, as {@code id
 *     (name)}; their generated profiles were left in place
 * @param rejected accounts and roles that passed the filters but whose ID or name no AWS tool could
 *     use (a line break in a role name, say): left out, so that they never reach the file
 * @param accounts how many accounts the portal listed
 * @param accountsSelected how many of them passed the account filters
 * @param assignments how many accounts and roles passed the filters (each a profile to write,
 *     unless skipped)
 */
public record PopulateReport(
    List<String> added,
    List<String> updated,
    int unchanged,
    List<String> pruned,
    List<Skip> skipped,
    List<Clash> clashes,
    List<String> noLongerAssigned,
    List<String> keptUnderOtherNames,
    List<String> accountsWithoutAccess,
    List<Rejected> rejected,
    int accounts,
    int accountsSelected,
    int assignments) {

  public PopulateReport {
    added = List.copyOf(added);
    updated = List.copyOf(updated);
    pruned = List.copyOf(pruned);
    skipped = List.copyOf(skipped);
    clashes = List.copyOf(clashes);
    noLongerAssigned = List.copyOf(noLongerAssigned);
    keptUnderOtherNames = List.copyOf(keptUnderOtherNames);
    accountsWithoutAccess = List.copyOf(accountsWithoutAccess);
    rejected = List.copyOf(rejected);
  }

  /**
   * An account (roleName null) or a role the portal listed with an ID or name that the services do
   * not allow, and why.
   */
  public record Rejected(String accountId, String roleName, Text problem) {}

  /** An assignment left out because a profile made by hand (no marker) has its generated name. */
  public record Skip(String name, String accountId, String roleName) {}

  /**
   * An assignment whose generated name was taken, written as {@code written} instead.
   *
   * @param takenBy what holds the wanted name, e.g. {@code account 111122223333, role Admin} or
   *     {@code a profile generated for sso-session other}
   */
  public record Clash(
      String wanted, String written, String accountId, String roleName, Text takenBy) {}

  /** Whether the file changes. */
  public boolean changes() {
    return !added.isEmpty() || !updated.isEmpty() || !pruned.isEmpty();
  }
}
