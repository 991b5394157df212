package dev.ssosetup.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code admin grant} found and what it would change, read before any change: the instance,
 * the user, the optional group, the permission set with its policies, and each account.
 */
public record GrantPlan(
    Instance instance,
    UserPlan user,
    GroupPlan group,
    PermissionSetPlan permissionSet,
    List<AccountPlan> accounts) {

  /** The user: {@code id} null when it is to be created with these details. */
  public record UserPlan(
      String name,
      String id,
      String email,
      String givenName,
      String familyName,
      String displayName) {
    public boolean exists() {
      return id != null;
    }
  }

  /** The group: {@code id} null when it is to be created; whether the user is a member yet. */
  public record GroupPlan(String name, String id, boolean member) {
    public boolean exists() {
      return id != null;
    }
  }

  /**
   * The permission set: {@code arn} null when it is to be created. For an existing one, the
   * policies and session duration it has, what to attach and detach to match the request, and the
   * accounts it is provisioned to (re-provisioned when it changes).
   */
  public record PermissionSetPlan(
      String name,
      String arn,
      String sessionDuration,
      String currentSessionDuration,
      List<String> currentPolicies,
      List<String> wantedPolicies,
      List<String> toAttach,
      List<String> toDetach,
      List<String> provisionedAccounts) {
    public boolean exists() {
      return arn != null;
    }

    /** Whether an existing set differs from the request (changed only with --force). */
    public boolean drifted() {
      return exists() && (!toAttach.isEmpty() || !toDetach.isEmpty() || durationChanges());
    }

    public boolean durationChanges() {
      if (!exists() || sessionDuration == null) {
        return false;
      }
      try {
        return !java.time.Duration.parse(sessionDuration)
            .equals(java.time.Duration.parse(currentSessionDuration));
      } catch (java.time.format.DateTimeParseException e) {
        // A duration the service wrote in a form Java does not read: compare the text.
        return !sessionDuration.equals(currentSessionDuration);
      }
    }
  }

  /** An account by id and name, and whether the principal has the set there already. */
  public record AccountPlan(String id, String name, boolean assigned) {}

  /** Whether the assignments go to the group rather than the user. */
  public boolean groupIsPrincipal() {
    return group != null;
  }

  /** Whether the run changes nothing (the same request made again). */
  public boolean nothingToChange() {
    return user.exists()
        && (group == null || (group.exists() && group.member()))
        && permissionSet.exists()
        && !permissionSet.drifted()
        && accounts.stream().allMatch(AccountPlan::assigned);
  }

  /** The accounts still to assign. */
  public List<AccountPlan> accountsToAssign() {
    List<AccountPlan> result = new ArrayList<>();
    accounts.forEach(
        account -> {
          if (!account.assigned()) {
            result.add(account);
          }
        });
    return result;
  }
}
