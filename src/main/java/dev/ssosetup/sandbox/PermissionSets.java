package dev.ssosetup.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The permission sets of the instance: name, description, session duration and AWS managed
 * policies, with a version that every change bumps, and the accounts each is provisioned to at
 * which version (so that an account whose copy is older is "not provisioned with the latest").
 * Thread-safe.
 */
final class PermissionSets {
  /** One permission set; its mutable parts change only under the owner's lock. */
  static final class PermissionSet {
    final String arn;
    final String name;
    final Instant created;
    String description;
    String sessionDuration;
    final Set<String> policies = new LinkedHashSet<>();
    int version = 1;

    PermissionSet(String arn, String name, Instant created) {
      this.arn = arn;
      this.name = name;
      this.created = created;
    }
  }

  private final String instanceId;
  private final Secrets ids;
  private final Map<String, PermissionSet> byArn = new LinkedHashMap<>();
  // permission set arn -> account id -> version provisioned there
  private final Map<String, Map<String, Integer>> provisioned = new LinkedHashMap<>();

  /**
   * @param instanceId the instance's id, {@code ssoins-} and 16 hex digits
   */
  PermissionSets(String instanceId, Secrets ids) {
    this.instanceId = instanceId;
    this.ids = ids;
  }

  /** Adds a permission set; null when the name is taken. */
  synchronized PermissionSet create(
      String name, String description, String sessionDuration, Instant now) {
    if (byName(name) != null) {
      return null;
    }
    String suffix = Crypto.sha256Hex(ids.requestId()).substring(0, 16);
    PermissionSet set =
        new PermissionSet("arn:aws:sso:::permissionSet/" + instanceId + "/ps-" + suffix, name, now);
    set.description = description;
    set.sessionDuration = sessionDuration == null ? "PT1H" : sessionDuration;
    byArn.put(set.arn, set);
    return set;
  }

  synchronized PermissionSet get(String arn) {
    return byArn.get(arn);
  }

  synchronized PermissionSet byName(String name) {
    for (PermissionSet set : byArn.values()) {
      if (set.name.equalsIgnoreCase(name)) {
        return set;
      }
    }
    return null;
  }

  synchronized List<PermissionSet> all() {
    return new ArrayList<>(byArn.values());
  }

  synchronized List<String> policies(PermissionSet set) {
    return new ArrayList<>(set.policies);
  }

  /** Attaches a policy; false when it is attached already. */
  synchronized boolean attach(PermissionSet set, String policyArn) {
    boolean added = set.policies.add(policyArn);
    if (added) {
      set.version++;
    }
    return added;
  }

  /** Detaches a policy; false when it was not attached. */
  synchronized boolean detach(PermissionSet set, String policyArn) {
    boolean removed = set.policies.remove(policyArn);
    if (removed) {
      set.version++;
    }
    return removed;
  }

  synchronized void update(PermissionSet set, String description, String sessionDuration) {
    if (description != null) {
      set.description = description;
    }
    if (sessionDuration != null) {
      set.sessionDuration = sessionDuration;
    }
    set.version++;
  }

  /** Records that the set, as it is now, is provisioned to the account. */
  synchronized void provision(PermissionSet set, String accountId) {
    provisioned.computeIfAbsent(set.arn, a -> new LinkedHashMap<>()).put(accountId, set.version);
  }

  synchronized boolean isProvisioned(PermissionSet set, String accountId) {
    return provisioned.getOrDefault(set.arn, Map.of()).containsKey(accountId);
  }

  /**
   * The accounts the set is provisioned to: all, or only those with the latest version ({@code
   * latest} true), or only those with an older one ({@code latest} false).
   */
  synchronized List<String> accounts(PermissionSet set, Boolean latest) {
    List<String> result = new ArrayList<>();
    provisioned
        .getOrDefault(set.arn, Map.of())
        .forEach(
            (account, version) -> {
              if (latest == null || latest == (version == set.version)) {
                result.add(account);
              }
            });
    return result;
  }
}
