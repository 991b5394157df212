package dev.ssosetup.sandbox;

import dev.ssosetup.sandbox.CredentialStore.RoleCredential;
import dev.ssosetup.sandbox.Fixture.Account;
import dev.ssosetup.sandbox.Fixture.Assignment;
import dev.ssosetup.sandbox.Fixture.PermissionSetSpec;
import dev.ssosetup.sandbox.Fixture.Role;
import dev.ssosetup.sandbox.PermissionSets.PermissionSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IAM Identity Center as both its halves see it: the instance with its identity store, permission
 * sets and account assignments, which the admin APIs read and change, and the portal's view of the
 * same, the accounts and roles a user may use. The fixture's users, roles and assignments are its
 * starting state. Thread-safe: tests and requests change it from any thread.
 */
final class Directory {
  private static final Pattern STORE_IN_START_URL =
      Pattern.compile("https://(d-[0-9a-f]{10})\\.awsapps\\.com/start/?");

  /** A principal's assignment of a permission set in an account. */
  record AccountAssignment(
      String accountId, String permissionSetArn, String principalType, String principalId) {}

  /** The instance as ListInstances shows it. */
  record Instance(String arn, String identityStoreId, String ownerAccountId, Instant created) {}

  private final Fixture fixture;
  private final Clock clock;
  private final Map<String, Account> accounts = new LinkedHashMap<>();
  private final Instance instance;
  private final IdentityStore store;
  private final PermissionSets permissionSets;
  private final Provisioning provisioning;
  private final Set<AccountAssignment> assignments = new LinkedHashSet<>();

  Directory(Fixture fixture, Secrets ids, Clock clock) {
    this.fixture = fixture;
    this.clock = clock;
    fixture.accounts().forEach(account -> accounts.put(account.id(), account));
    String storeId = identityStoreId(fixture.startUrl());
    String instanceId = "ssoins-" + Crypto.sha256Hex("instance/" + storeId).substring(0, 16);
    Instant created = Instant.parse("2023-04-01T00:00:00Z");
    this.instance =
        new Instance(
            "arn:aws:sso:::instance/" + instanceId, storeId, fixture.managementAccount(), created);
    this.store = new IdentityStore(storeId);
    this.permissionSets = new PermissionSets(instanceId, ids);
    this.provisioning = new Provisioning(clock, ids);
    seed(created);
  }

  /** The fixture's permission sets (one per role name), users and assignments. */
  private void seed(Instant created) {
    Map<String, PermissionSetSpec> specs = new LinkedHashMap<>();
    fixture.permissionSets().forEach(spec -> specs.put(spec.name(), spec));
    for (Account account : fixture.accounts()) {
      for (Role role : account.roles()) {
        PermissionSet set = permissionSets.byName(role.name());
        if (set == null) {
          PermissionSetSpec spec =
              specs.getOrDefault(
                  role.name(), new PermissionSetSpec(role.name(), List.of(), null, null));
          set =
              permissionSets.create(
                  spec.name(), spec.description(), spec.sessionDuration(), created);
          for (String policy : spec.managedPolicies()) {
            permissionSets.attach(set, ManagedPolicies.arnOf(policy));
          }
        }
        permissionSets.provision(set, account.id());
      }
    }
    for (Fixture.User user : fixture.users()) {
      IdentityStore.User stored =
          store.createUser(
              user.name(), user.name(), user.name(), user.name(), user.email(), created);
      for (Assignment assignment : user.assignments()) {
        PermissionSet set = permissionSets.byName(assignment.roleName());
        assignments.add(
            new AccountAssignment(assignment.accountId(), set.arn, "USER", stored.id()));
      }
    }
  }

  /** The identity store id in a start URL {@code https://d-xxxxxxxxxx.awsapps.com/start}. */
  static String identityStoreId(String startUrl) {
    Matcher matcher = STORE_IN_START_URL.matcher(startUrl);
    return matcher.matches()
        ? matcher.group(1)
        : "d-" + Crypto.sha256Hex("store/" + startUrl).substring(0, 10);
  }

  Fixture fixture() {
    return fixture;
  }

  Instance instance() {
    return instance;
  }

  IdentityStore store() {
    return store;
  }

  PermissionSets permissionSets() {
    return permissionSets;
  }

  Provisioning provisioning() {
    return provisioning;
  }

  Clock clock() {
    return clock;
  }

  /** The organisation's accounts, in fixture order. */
  List<Account> accounts() {
    return List.copyOf(accounts.values());
  }

  Optional<Account> account(String accountId) {
    return Optional.ofNullable(accounts.get(accountId));
  }

  /**
   * Whether these role credentials may use the admin APIs: a role of the management account whose
   * permission set has {@code AdministratorAccess}.
   */
  synchronized boolean mayAdminister(RoleCredential credential) {
    if (!credential.accountId().equals(fixture.managementAccount())) {
      return false;
    }
    PermissionSet set = permissionSets.byName(credential.roleName());
    return set != null
        && permissionSets.policies(set).contains(ManagedPolicies.ADMINISTRATOR_ACCESS);
  }

  /** Every assignment in effect now (requests that have succeeded included). */
  synchronized List<AccountAssignment> assignments() {
    provisioning.settle();
    return new ArrayList<>(assignments);
  }

  /** Adds an assignment and provisions its permission set to the account. */
  synchronized void addAssignment(AccountAssignment assignment) {
    assignments.add(assignment);
    PermissionSet set = permissionSets.get(assignment.permissionSetArn());
    if (set != null && !permissionSets.isProvisioned(set, assignment.accountId())) {
      permissionSets.provision(set, assignment.accountId());
    }
  }

  /** The accounts where the user has at least one role, in fixture order. */
  synchronized List<Account> accountsOf(String user) {
    provisioning.settle();
    // One pass over the assignments for all accounts: a generated organisation of 10,000
    // accounts has 30,000 of them, and ListAccounts is asked once a page.
    Map<String, Set<String>> assigned = assignedNames(user, null);
    List<Account> result = new ArrayList<>();
    for (Account account : accounts.values()) {
      if (!roles(account, assigned.getOrDefault(account.id(), Set.of())).isEmpty()) {
        result.add(account);
      }
    }
    return result;
  }

  /**
   * The user's roles in the account, directly or through a group: the fixture's roles in their
   * order, then those assigned later (empty when none is assigned).
   */
  synchronized List<Role> rolesOf(String user, String accountId) {
    provisioning.settle();
    Account account = accounts.get(accountId);
    if (account == null) {
      return List.of();
    }
    return roles(account, assignedNames(user, accountId).getOrDefault(accountId, Set.of()));
  }

  /**
   * The names (lower case, in the order assigned) of the permission sets assigned to the user,
   * directly or through a group, by account; only {@code onlyAccount}'s when it is not null.
   */
  private Map<String, Set<String>> assignedNames(String user, String onlyAccount) {
    IdentityStore.User stored = store.userByName(user);
    if (stored == null) {
      return Map.of();
    }
    Set<String> principals = new HashSet<>(store.groupsOf(stored.id()));
    principals.add(stored.id());
    Map<String, Set<String>> byAccount = new HashMap<>();
    for (AccountAssignment assignment : assignments) {
      PermissionSet set = permissionSets.get(assignment.permissionSetArn());
      if (set != null
          && principals.contains(assignment.principalId())
          && (onlyAccount == null || onlyAccount.equals(assignment.accountId()))) {
        byAccount
            .computeIfAbsent(assignment.accountId(), id -> new LinkedHashSet<>())
            .add(set.name.toLowerCase(Locale.ROOT));
      }
    }
    return byAccount;
  }

  /** The account's roles among those assigned: the fixture's in their order, then the others. */
  private List<Role> roles(Account account, Set<String> assigned) {
    if (assigned.isEmpty()) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    account.roles().forEach(role -> names.add(role.name().toLowerCase(Locale.ROOT)));
    names.addAll(assigned);
    List<Role> roles = new ArrayList<>();
    for (String name : names) {
      if (assigned.contains(name)) {
        role(account.id(), name).ifPresent(roles::add);
      }
    }
    return roles;
  }

  boolean isAssigned(String user, String accountId, String roleName) {
    return rolesOf(user, accountId).stream().anyMatch(role -> role.name().equals(roleName));
  }

  /**
   * The role a permission set makes in an account: the fixture's own, or one made from the set's
   * policies that sees the account's buckets when they allow listing them.
   */
  synchronized Optional<Role> role(String accountId, String roleName) {
    Account account = accounts.get(accountId);
    if (account == null) {
      return Optional.empty();
    }
    for (Role role : account.roles()) {
      if (role.name().equalsIgnoreCase(roleName)) {
        return Optional.of(role);
      }
    }
    PermissionSet set = permissionSets.byName(roleName);
    if (set == null || !permissionSets.isProvisioned(set, accountId)) {
      return Optional.empty();
    }
    boolean s3 = ManagedPolicies.listBuckets(permissionSets.policies(set));
    return Optional.of(new Role(set.name, s3, s3 ? bucketsOf(account) : List.of()));
  }

  /** The account's buckets: its own list and every bucket one of its fixture roles sees. */
  private static List<Fixture.Bucket> bucketsOf(Account account) {
    Map<String, Fixture.Bucket> buckets = new LinkedHashMap<>();
    account.buckets().forEach(bucket -> buckets.putIfAbsent(bucket.name(), bucket));
    for (Role role : account.roles()) {
      role.buckets().forEach(bucket -> buckets.putIfAbsent(bucket.name(), bucket));
    }
    return List.copyOf(buckets.values());
  }

  /** Assigns a role the account has to a user (tests use it to change the portal's answers). */
  synchronized void assign(String user, String accountId, String roleName) {
    assignments.add(assignmentFor(user, accountId, roleName));
  }

  synchronized void unassign(String user, String accountId, String roleName) {
    assignments.remove(assignmentFor(user, accountId, roleName));
  }

  private AccountAssignment assignmentFor(String user, String accountId, String roleName) {
    IdentityStore.User stored = store.userByName(user);
    if (stored == null) {
      throw new IllegalArgumentException("The fixture has no user " + user);
    }
    PermissionSet set = permissionSets.byName(roleName);
    if (set == null || !permissionSets.isProvisioned(set, accountId)) {
      throw new IllegalArgumentException(
          "The fixture has no role " + roleName + " in account " + accountId);
    }
    return new AccountAssignment(accountId, set.arn, "USER", stored.id());
  }
}
