package dev.ssosetup.populate;

import dev.ssosetup.aws.Account;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the portal said: every account of the user, the roles of those whose roles were listed (the
 * accounts the filters let through), the accounts whose roles it refused ("No access": an account
 * unassigned while we listed), and how many calls and retries that took.
 *
 * @param accounts every account, in the portal's order
 * @param roles every role of each account whose roles were listed, keyed by account ID
 * @param accountsWithoutAccess IDs of listed accounts whose roles the portal refused (403)
 * @param requests portal calls made, retries included
 * @param retries calls made again after throttling or a server error
 */
public record Listing(
    List<Account> accounts,
    Map<String, List<String>> roles,
    Set<String> accountsWithoutAccess,
    int requests,
    int retries) {

  public Listing {
    accounts = List.copyOf(accounts);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    roles.forEach((id, names) -> copy.put(id, List.copyOf(names)));
    roles = Collections.unmodifiableMap(copy);
    accountsWithoutAccess = Collections.unmodifiableSet(new LinkedHashSet<>(accountsWithoutAccess));
  }

  /** A listing made without the portal, every account's roles listed: for plans built in tests. */
  public static Listing of(Map<Account, List<String>> rolesByAccount) {
    Map<String, List<String>> roles = new LinkedHashMap<>();
    rolesByAccount.forEach((account, names) -> roles.put(account.id(), new ArrayList<>(names)));
    return new Listing(List.copyOf(rolesByAccount.keySet()), roles, Set.of(), 0, 0);
  }
}
