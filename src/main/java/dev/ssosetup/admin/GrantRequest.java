package dev.ssosetup.admin;

import java.util.List;

/**
 * What {@code admin grant} was asked to do, as given (flags or answers): a user (created when
 * missing), optionally a group that becomes the principal, a permission set with AWS managed
 * policies, and the accounts to assign it in. Null means not given. Made with {@link #builder()}
 * (ten values, most of them strings, are too easy to put in the wrong place by position); the
 * {@code with…} methods give a copy with one answer filled in.
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

  /** A request with nothing given yet. */
  public static Builder builder() {
    return new Builder();
  }

  Builder toBuilder() {
    return builder()
        .user(user)
        .newUserDetails(email, givenName, familyName, displayName)
        .group(group)
        .permissionSet(permissionSet, managedPolicies, sessionDuration)
        .accounts(accounts);
  }

  GrantRequest withUser(String value) {
    return toBuilder().user(value).build();
  }

  GrantRequest withNewUserDetails(String mail, String given, String family, String display) {
    return toBuilder().newUserDetails(mail, given, family, display).build();
  }

  GrantRequest withGroup(String value) {
    return toBuilder().group(value).build();
  }

  GrantRequest withPermissionSet(String value, List<String> policies, String duration) {
    return toBuilder().permissionSet(value, policies, duration).build();
  }

  GrantRequest withAccounts(List<String> value) {
    return toBuilder().accounts(value).build();
  }

  /** Collects a request's values by name; anything not set stays null (or an empty list). */
  public static final class Builder {
    private String user;
    private String email;
    private String givenName;
    private String familyName;
    private String displayName;
    private String group;
    private String permissionSet;
    private List<String> managedPolicies;
    private String sessionDuration;
    private List<String> accounts;

    private Builder() {}

    /** The user's name in the identity store. */
    public Builder user(String value) {
      this.user = value;
      return this;
    }

    /** What a user created by the grant is given: e-mail, given, family and display name. */
    public Builder newUserDetails(String mail, String given, String family, String display) {
      this.email = mail;
      this.givenName = given;
      this.familyName = family;
      this.displayName = display;
      return this;
    }

    /** The group that becomes the principal (the user is added to it). */
    public Builder group(String value) {
      this.group = value;
      return this;
    }

    /** The permission set's name, its AWS managed policies and its session duration. */
    public Builder permissionSet(String name, List<String> policies, String duration) {
      this.permissionSet = name;
      this.managedPolicies = policies;
      this.sessionDuration = duration;
      return this;
    }

    /** The accounts (IDs or names) to assign the permission set in. */
    public Builder accounts(List<String> value) {
      this.accounts = value;
      return this;
    }

    public GrantRequest build() {
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
          accounts);
    }
  }
}
