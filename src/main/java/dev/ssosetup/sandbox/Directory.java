package dev.ssosetup.sandbox;

import dev.ssosetup.sandbox.Fixture.Account;
import dev.ssosetup.sandbox.Fixture.Assignment;
import dev.ssosetup.sandbox.Fixture.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fixture's accounts and roles with the assignments as they are now: tests may assign and
 * unassign roles while the sandbox runs, from any thread.
 */
final class Directory {
  private final Fixture fixture;
  private final Map<String, Account> accounts = new ConcurrentHashMap<>();
  private final Map<String, Set<Assignment>> assignments = new ConcurrentHashMap<>();

  Directory(Fixture fixture) {
    this.fixture = fixture;
    fixture.accounts().forEach(account -> accounts.put(account.id(), account));
    for (Fixture.User user : fixture.users()) {
      Set<Assignment> set = ConcurrentHashMap.newKeySet();
      set.addAll(user.assignments());
      assignments.put(user.name(), set);
    }
  }

  Fixture fixture() {
    return fixture;
  }

  /** The accounts where the user has at least one role, in fixture order. */
  List<Account> accountsOf(String user) {
    Set<Assignment> assigned = assignmentsOf(user);
    List<Account> result = new ArrayList<>();
    for (Account account : fixture.accounts()) {
      if (account.roles().stream()
          .anyMatch(role -> assigned.contains(new Assignment(account.id(), role.name())))) {
        result.add(account);
      }
    }
    return result;
  }

  /** The user's roles in the account, in fixture order (empty when none is assigned). */
  List<Role> rolesOf(String user, String accountId) {
    Account account = accounts.get(accountId);
    if (account == null) {
      return List.of();
    }
    Set<Assignment> assigned = assignmentsOf(user);
    return account.roles().stream()
        .filter(role -> assigned.contains(new Assignment(accountId, role.name())))
        .toList();
  }

  boolean isAssigned(String user, String accountId, String roleName) {
    return assignmentsOf(user).contains(new Assignment(accountId, roleName));
  }

  Optional<Role> role(String accountId, String roleName) {
    Account account = accounts.get(accountId);
    return account == null ? Optional.empty() : account.role(roleName);
  }

  void assign(String user, String accountId, String roleName) {
    assignmentsFor(user, accountId, roleName).add(new Assignment(accountId, roleName));
  }

  void unassign(String user, String accountId, String roleName) {
    assignmentsFor(user, accountId, roleName).remove(new Assignment(accountId, roleName));
  }

  private Set<Assignment> assignmentsOf(String user) {
    return assignments.getOrDefault(user, Set.of());
  }

  private Set<Assignment> assignmentsFor(String user, String accountId, String roleName) {
    Set<Assignment> set = assignments.get(user);
    if (set == null) {
      throw new IllegalArgumentException("The fixture has no user " + user);
    }
    if (role(accountId, roleName).isEmpty()) {
      throw new IllegalArgumentException(
          "The fixture has no role " + roleName + " in account " + accountId);
    }
    return set;
  }
}
