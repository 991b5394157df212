package dev.ssosetup.populate;

import static dev.ssosetup.config.ConfigKeys.OUTPUT;
import static dev.ssosetup.config.ConfigKeys.REGION;
import static dev.ssosetup.config.ConfigKeys.SSO_ACCOUNT_ID;
import static dev.ssosetup.config.ConfigKeys.SSO_ROLE_NAME;
import static dev.ssosetup.config.ConfigKeys.SSO_SESSION;

import dev.ssosetup.aws.Account;
import dev.ssosetup.aws.PortalNames;
import dev.ssosetup.common.Text;
import dev.ssosetup.config.AwsConfigDocument;
import dev.ssosetup.config.SectionId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The edit populate makes to the config file, worked out from what the portal listed and what the
 * file holds. Pure: it reads the document it is given and edits it only in {@link #apply}.
 *
 * <p>The rules, in the order they are applied:
 *
 * <ol>
 *   <li>One profile per account and role that pass the filters, named by the template and made
 *       valid ({@link GeneratedNames}); assignments are taken in a fixed order (account name
 *       ignoring case, then account ID, then role), so the outcome does not depend on the portal's
 *       order.
 *   <li>A profile this session generated before ({@value #MARKER} {@code = <session>}) for the same
 *       account and role keeps its name when that name is still one of the assignment's choices
 *       (the base name or a suffixed one): names never move from one account to another.
 *   <li>Otherwise the first free choice is taken. A choice held by another generated profile (of
 *       this run, of another session, or an earlier one of this session for an account or role no
 *       longer assigned) is a clash: the next choice, {@code <name>-<account id>}, is tried, and
 *       the clash is reported; so is the name {@code default}, which populate never writes. A
 *       choice held by a profile made by hand (no marker) is never overwritten: the assignment is
 *       skipped and reported.
 *   <li>Only the managed keys are set ({@code sso_session}, {@code sso_account_id}, {@code
 *       sso_role_name}, {@code region}, {@code output} when given, and the marker); without {@code
 *       --region} a profile with no region gets the session's SSO region; keys the user added to a
 *       generated profile stay, and a re-run with nothing changed changes nothing.
 *   <li>With prune, a profile generated for this session is removed when the portal says its
 *       account or role is no longer assigned: its account is not listed any more, or its account
 *       passed the account filters (so its roles were listed) and the role is not among them. A
 *       profile that is merely outside the filters, or whose account's roles the portal refused, is
 *       kept.
 * </ol>
 */
public final class PopulatePlan {
  /** The key that marks a generated profile, with the session it was generated for. */
  public static final String MARKER = "sso_setup_populated";

  static final String DEFAULT_PROFILE = "default";

  private static final Comparator<Wanted> ORDER =
      Comparator.comparing((Wanted w) -> w.account.name(), String.CASE_INSENSITIVE_ORDER)
          .thenComparing(w -> w.account.name())
          .thenComparing(w -> w.account.id())
          .thenComparing(w -> w.roleName, String.CASE_INSENSITIVE_ORDER)
          .thenComparing(w -> w.roleName);

  /** An account and role to write a profile for. */
  private static final class Wanted {
    final Account account;
    final String roleName;
    final String base;
    String name;
    int choice = Integer.MAX_VALUE;

    Wanted(Account account, String roleName, String base) {
      this.account = account;
      this.roleName = roleName;
      this.base = base;
    }

    String pair() {
      return pairKey(account.id(), roleName);
    }

    Text describe() {
      return Text.of("populate.holder.pair", account.id(), roleName);
    }
  }

  private final Map<String, Map<String, String>> writes;
  private final List<String> prunes;
  private final PopulateReport report;

  private PopulatePlan(
      Map<String, Map<String, String>> writes, List<String> prunes, PopulateReport report) {
    this.writes = writes;
    this.prunes = prunes;
    this.report = report;
  }

  /** Works out the edit for {@code document}; reads it, does not change it. */
  public static PopulatePlan create(
      String session, Listing listing, PopulateOptions options, AwsConfigDocument document) {
    return create(session, listing, options, document, null);
  }

  /**
   * Like {@link #create(String, Listing, PopulateOptions, AwsConfigDocument)}, and without {@code
   * --region} every profile that has no region gets {@code defaultRegion} (the session's SSO
   * region): the AWS CLI and boto3 stop on a profile without one. A region already set stays.
   */
  public static PopulatePlan create(
      String session,
      Listing listing,
      PopulateOptions options,
      AwsConfigDocument document,
      String defaultRegion) {
    Objects.requireNonNull(session, "session");
    Selection selection = select(session, listing, options.filters(), options.nameTemplate());
    List<Wanted> wanted = selection.wanted();
    wanted.sort(ORDER);
    Map<String, ExistingProfile> existing = ExistingProfile.byName(session, document);
    Map<String, Wanted> named = keepGeneratedNames(existing, selection.byPair());
    Naming naming = nameTheRest(wanted, named, existing);
    Edits edits = managedKeys(session, wanted, options, document, defaultRegion);
    Map<String, Account> listedAccounts = new HashMap<>();
    listing.accounts().forEach(a -> listedAccounts.put(a.id(), a));
    Leftovers leftovers = leftovers(existing, named, listing, options, listedAccounts);
    PopulateReport report =
        new PopulateReport(
            edits.added(),
            edits.updated(),
            edits.unchanged(),
            leftovers.prunes(),
            naming.skipped(),
            naming.clashes(),
            leftovers.noLongerAssigned(),
            leftovers.keptUnderOtherNames(),
            withoutAccess(listing, listedAccounts),
            selection.rejected(),
            listing.accounts().size(),
            selection.accountsSelected(),
            wanted.size());
    return new PopulatePlan(edits.writes(), leftovers.prunes(), report);
  }

  /**
   * Rule 2: a profile this session generated keeps its name while that name is still one of its
   * assignment's choices. Returns the names so taken, each with its assignment.
   */
  private static Map<String, Wanted> keepGeneratedNames(
      Map<String, ExistingProfile> existing, Map<String, Wanted> wantedByPair) {
    Map<String, Wanted> named = new HashMap<>();
    for (ExistingProfile e : existing.values()) {
      if (!e.generatedHere()) {
        continue;
      }
      Wanted w = wantedByPair.get(pairKey(e.accountId(), e.roleName()));
      if (w == null) {
        continue;
      }
      int choice = GeneratedNames.candidateIndex(e.name(), w.base, w.account.id());
      if (choice >= 0 && choice < w.choice) {
        if (w.name != null) {
          named.remove(w.name);
        }
        w.name = e.name();
        w.choice = choice;
        named.put(e.name(), w);
      }
    }
    return named;
  }

  /** The assignments skipped for a hand-made profile, and those named past a clash. */
  private record Naming(List<PopulateReport.Skip> skipped, List<PopulateReport.Clash> clashes) {}

  /** Rule 3: every assignment still without a name takes its first free choice, or is skipped. */
  private static Naming nameTheRest(
      List<Wanted> wanted, Map<String, Wanted> named, Map<String, ExistingProfile> existing) {
    Naming naming = new Naming(new ArrayList<>(), new ArrayList<>());
    for (Wanted w : wanted) {
      if (w.name != null) {
        continue;
      }
      Text blockedBy = null;
      for (int choice = 0; ; choice++) {
        String name = GeneratedNames.candidate(w.base, w.account.id(), choice);
        Wanted other = named.get(name);
        Text holder =
            other != null
                ? other.describe()
                // Every AWS tool would use it when no profile is named: never generate it.
                : name.equals(DEFAULT_PROFILE) ? Text.of("populate.holder.default") : null;
        if (holder == null) {
          ExistingProfile e = existing.get(name);
          if (e == null) {
            w.name = name;
            w.choice = choice;
            named.put(name, w);
            break;
          }
          if (e.holder() == ExistingProfile.Holder.HAND_MADE) {
            naming.skipped().add(new PopulateReport.Skip(name, w.account.id(), w.roleName));
            break;
          }
          holder = e.describe();
        }
        if (choice == 0) {
          blockedBy = holder;
        }
      }
      if (w.name != null && w.choice > 0) {
        naming
            .clashes()
            .add(new PopulateReport.Clash(w.base, w.name, w.account.id(), w.roleName, blockedBy));
      }
    }
    return naming;
  }

  /** The profiles to write, each with its managed keys, and how many are already as wanted. */
  private record Edits(
      Map<String, Map<String, String>> writes,
      List<String> added,
      List<String> updated,
      int unchanged) {}

  /** Rule 4: the managed keys of every named assignment, written where they differ. */
  private static Edits managedKeys(
      String session,
      List<Wanted> wanted,
      PopulateOptions options,
      AwsConfigDocument document,
      String defaultRegion) {
    Map<String, Map<String, String>> writes = new LinkedHashMap<>();
    List<String> added = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    int unchanged = 0;
    for (Wanted w : wanted) {
      if (w.name == null) {
        continue;
      }
      SectionId id = SectionId.profile(w.name);
      Map<String, String> current = document.contains(id) ? document.properties(id) : Map.of();
      String region =
          options.region() != null
              ? options.region()
              : current.containsKey(REGION) ? null : defaultRegion;
      Map<String, String> keys = managedKeys(session, w, region, options);
      if (!document.contains(id)) {
        added.add(w.name);
        writes.put(w.name, keys);
      } else if (!differences(keys, current).isEmpty()) {
        updated.add(w.name);
        writes.put(w.name, keys);
      } else {
        unchanged++;
      }
    }
    return new Edits(writes, added, updated, unchanged);
  }

  /** This session's generated profiles that no assignment kept, by what becomes of each. */
  private record Leftovers(
      List<String> prunes, List<String> noLongerAssigned, List<String> keptUnderOtherNames) {}

  /** Rule 5: pruned (with prune) or reported when no longer assigned; kept when unknown. */
  private static Leftovers leftovers(
      Map<String, ExistingProfile> existing,
      Map<String, Wanted> named,
      Listing listing,
      PopulateOptions options,
      Map<String, Account> listedAccounts) {
    Leftovers leftovers = new Leftovers(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (ExistingProfile e : existing.values()) {
      if (!e.generatedHere() || named.containsKey(e.name())) {
        continue;
      }
      switch (assignmentState(e, listing, options.filters(), listedAccounts)) {
        case GONE ->
            (options.prune() ? leftovers.prunes() : leftovers.noLongerAssigned()).add(e.name());
        case ASSIGNED -> leftovers.keptUnderOtherNames().add(e.name());
        case UNKNOWN -> {
          // Outside the filters, or roles refused: nothing is known, so nothing is done.
        }
      }
    }
    return leftovers;
  }

  /** The accounts whose roles the portal refused, each with its name when it was listed. */
  private static List<String> withoutAccess(Listing listing, Map<String, Account> listedAccounts) {
    List<String> withoutAccess = new ArrayList<>();
    for (String id : listing.accountsWithoutAccess()) {
      Account account = listedAccounts.get(id);
      withoutAccess.add(account == null ? id : id + " (" + account.name() + ")");
    }
    return withoutAccess;
  }

  /**
   * Rule 1: the accounts and roles that pass the filters, each with its base name, and those
   * refused for an invalid account ID or role name.
   */
  private record Selection(
      List<Wanted> wanted,
      Map<String, Wanted> byPair,
      List<PopulateReport.Rejected> rejected,
      int accountsSelected) {}

  private static Selection select(
      String session, Listing listing, Filters filters, ProfileNameTemplate template) {
    List<Wanted> wanted = new ArrayList<>();
    Map<String, Wanted> wantedByPair = new HashMap<>();
    List<PopulateReport.Rejected> rejected = new ArrayList<>();
    int accountsSelected = 0;
    for (Account account : listing.accounts()) {
      if (!filters.acceptsAccount(account)) {
        continue;
      }
      accountsSelected++;
      Text accountProblem = PortalNames.accountIdProblem(account.id());
      if (accountProblem != null) {
        rejected.add(new PopulateReport.Rejected(account.id(), null, accountProblem));
        continue;
      }
      for (String role : listing.roles().getOrDefault(account.id(), List.of())) {
        if (!filters.acceptsRole(role)) {
          continue;
        }
        Text roleProblem = PortalNames.roleNameProblem(role);
        if (roleProblem != null) {
          rejected.add(new PopulateReport.Rejected(account.id(), role, roleProblem));
        } else {
          String base =
              GeneratedNames.base(template.render(account, role, session), account.id(), role);
          Wanted w = new Wanted(account, role, base);
          if (wantedByPair.putIfAbsent(w.pair(), w) == null) {
            wanted.add(w);
          }
        }
      }
    }
    return new Selection(wanted, wantedByPair, rejected, accountsSelected);
  }

  /** Writes the added and updated profiles (managed keys only), then removes the pruned ones. */
  public void apply(AwsConfigDocument document) {
    writes.forEach(
        (name, keys) -> {
          SectionId id = SectionId.profile(name);
          keys.forEach((key, value) -> document.set(id, key, value));
        });
    prunes.forEach(name -> document.removeSection(SectionId.profile(name)));
  }

  public PopulateReport report() {
    return report;
  }

  private enum State {
    ASSIGNED,
    GONE,
    UNKNOWN
  }

  private static State assignmentState(
      ExistingProfile e, Listing listing, Filters filters, Map<String, Account> listedAccounts) {
    Account account = listedAccounts.get(e.accountId());
    if (account == null) {
      return State.GONE;
    }
    List<String> roles = listing.roles().get(e.accountId());
    if (!filters.acceptsAccount(account) || roles == null) {
      return State.UNKNOWN;
    }
    if (!roles.contains(e.roleName())) {
      return State.GONE;
    }
    return filters.acceptsRole(e.roleName()) ? State.ASSIGNED : State.UNKNOWN;
  }

  /** The keys populate owns in a generated profile, in the order they are written. */
  private static Map<String, String> managedKeys(
      String session, Wanted w, String region, PopulateOptions options) {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put(SSO_SESSION, session);
    keys.put(SSO_ACCOUNT_ID, w.account.id());
    keys.put(SSO_ROLE_NAME, w.roleName);
    if (region != null) {
      keys.put(REGION, region);
    }
    if (options.output() != null) {
      keys.put(OUTPUT, options.output());
    }
    keys.put(MARKER, session);
    return keys;
  }

  private static List<String> differences(Map<String, String> wanted, Map<String, String> current) {
    List<String> keys = new ArrayList<>();
    wanted.forEach(
        (key, value) -> {
          if (!value.equals(current.get(key))) {
            keys.add(key);
          }
        });
    return keys;
  }

  private static String pairKey(String accountId, String roleName) {
    return accountId + "\n" + roleName;
  }
}
