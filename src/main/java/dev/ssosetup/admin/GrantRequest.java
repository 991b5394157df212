package dev.ssosetup.admin;

import java.util.List;

/**
 * What {@code admin grant} was asked to do, as given (flags or answers): a user (created when
 * missing), optionally a group that becomes the principal, a permission set with AWS managed
 * policies, and the accounts to assign it in. Null means not given.
 */
public record GrantRequest(
    String user,
    String email,
    String givenName,
    String familyName,
    String displayName,
    String group,
    String permissionSet,
    List<String> managedPolicies,
    String sessionDuration,
    List<String> accounts) {

  public GrantRequest {
    managedPolicies = managedPolicies == null ? List.of() : List.copyOf(managedPolicies);
    accounts = accounts == null ? List.of() : List.copyOf(accounts);
  }

  GrantRequest withUser(String value) {
    return new GrantRequest(
        value,
        email,
        givenName,
        familyName,
        displayName,
        group,
        permissionSet,
        managedPolicies,
        sessionDuration,
        accounts);
  }

  GrantRequest withNewUserDetails(String mail, String given, String family, String display) {
    return new GrantRequest(
        user,
        mail,
        given,
        family,
        display,
        group,
        permissionSet,
        managedPolicies,
        sessionDuration,
        accounts);
  }

  GrantRequest withGroup(String value) {
    return new GrantRequest(
        user,
        email,
        givenName,
        familyName,
        displayName,
        value,
        permissionSet,
        managedPolicies,
        sessionDuration,
        accounts);
  }

  GrantRequest withPermissionSet(String value, List<String> policies, String duration) {
    return new GrantRequest(
        user,
        email,
        givenName,
        familyName,
        displayName,
        group,
        value,
        policies,
        duration,
        accounts);
  }

  GrantRequest withAccounts(List<String> value) {
    return new GrantRequest(
        user,
        email,
        givenName,
        familyName,
        displayName,
        group,
        permissionSet,
        managedPolicies,
        sessionDuration,
        value);
  }
}
