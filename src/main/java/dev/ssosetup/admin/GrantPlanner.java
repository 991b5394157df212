package dev.ssosetup.admin;

import dev.ssosetup.admin.GrantPlan.AccountPlan;
import dev.ssosetup.admin.GrantPlan.GroupPlan;
import dev.ssosetup.admin.GrantPlan.PermissionSetPlan;
import dev.ssosetup.admin.GrantPlan.UserPlan;
import dev.ssosetup.aws.AdminClients;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.identitystore.model.AlternateIdentifier;
import software.amazon.awssdk.services.identitystore.model.ResourceNotFoundException;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AccountNotFoundException;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.AccountAssignment;
import software.amazon.awssdk.services.ssoadmin.model.AttachedManagedPolicy;
import software.amazon.awssdk.services.ssoadmin.model.PermissionSet;

/**
 * Reads everything {@code admin grant} needs and checks what only AWS can tell (the policies exist,
 * the accounts exist, the user has an email when created), making no change: the plan.
 */
public final class GrantPlanner {
  private final AdminClients clients;

  public GrantPlanner(AdminClients clients) {
    this.clients = clients;
  }

  /** The plan for a request already checked by {@link GrantInputs#check}. */
  public GrantPlan plan(Instance instance, GrantRequest request) {
    IdentitystoreClient store = clients.identityStore(instance.region());
    SsoAdminClient admin = clients.ssoAdmin(instance.region());
    request.managedPolicies().forEach(this::requirePolicy);
    List<Account> accounts = resolveAccounts(request.accounts());
    UserPlan user = user(store, instance, request);
    GroupPlan group = group(store, instance, request.group(), user);
    PermissionSetPlan set = permissionSet(admin, instance, request);
    String principal = group != null ? group.id() : user.id();
    List<AccountPlan> accountPlans = new ArrayList<>();
    for (Account account : accounts) {
      boolean assigned =
          principal != null
              && set.exists()
              && assigned(admin, instance, account.id(), set.arn(), principal);
      accountPlans.add(new AccountPlan(account.id(), account.name(), assigned));
    }
    return new GrantPlan(instance, user, group, set, accountPlans);
  }

  /** The user id of a user name, or null when the store has no such user. */
  public static String userId(IdentitystoreClient store, Instance instance, String userName) {
    return read(
        "admin.read.user",
        () ->
            nullWhenMissing(
                () ->
                    store
                        .getUserId(
                            r ->
                                r.identityStoreId(instance.identityStoreId())
                                    .alternateIdentifier(unique("userName", userName)))
                        .userId()));
  }

  /**
   * Finds a user or group by an attribute the identity store keeps unique ({@code userName}, a
   * group's {@code displayName}).
   */
  private static Consumer<AlternateIdentifier.Builder> unique(String path, String value) {
    return a ->
        a.uniqueAttribute(u -> u.attributePath(path).attributeValue(Document.fromString(value)));
  }

  /** The identity store's answer, or null when it has no such user, group or membership. */
  private static <T> T nullWhenMissing(Supplier<T> call) {
    try {
      return call.get();
    } catch (ResourceNotFoundException e) {
      return null;
    }
  }

  private UserPlan user(IdentitystoreClient store, Instance instance, GrantRequest request) {
    String id = userId(store, instance, request.user());
    if (id != null) {
      return new UserPlan(request.user(), id, request.email(), null, null, null);
    }
    if (request.email() == null) {
      throw AdminProblem.input("admin.grant.emailNeeded", request.user());
    }
    String given = request.givenName() != null ? request.givenName() : request.user();
    String family = request.familyName() != null ? request.familyName() : request.user();
    String display =
        request.displayName() != null
            ? request.displayName()
            : request.givenName() != null && request.familyName() != null
                ? request.givenName() + " " + request.familyName()
                : request.user();
    return new UserPlan(request.user(), null, request.email(), given, family, display);
  }

  private GroupPlan group(
      IdentitystoreClient store, Instance instance, String name, UserPlan user) {
    if (name == null) {
      return null;
    }
    String id =
        read(
            "admin.read.group",
            () ->
                nullWhenMissing(
                    () ->
                        store
                            .getGroupId(
                                r ->
                                    r.identityStoreId(instance.identityStoreId())
                                        .alternateIdentifier(unique("displayName", name)))
                            .groupId()));
    boolean member =
        id != null
            && user.exists()
            && read(
                "admin.read.group",
                () ->
                    nullWhenMissing(
                            () ->
                                store.getGroupMembershipId(
                                    r ->
                                        r.identityStoreId(instance.identityStoreId())
                                            .groupId(id)
                                            .memberId(m -> m.userId(user.id()))))
                        != null);
    return new GroupPlan(name, id, member);
  }

  private PermissionSetPlan permissionSet(
      SsoAdminClient admin, Instance instance, GrantRequest request) {
    PermissionSet existing = findPermissionSet(admin, instance, request.permissionSet());
    List<String> wanted = request.managedPolicies();
    if (existing == null) {
      return new PermissionSetPlan(
          request.permissionSet(),
          null,
          request.sessionDuration() != null ? request.sessionDuration() : "PT1H",
          null,
          List.of(),
          wanted,
          wanted,
          List.of(),
          List.of());
    }
    List<String> current = new ArrayList<>();
    read(
        "admin.read.permissionSet",
        () -> {
          for (AttachedManagedPolicy policy :
              admin
                  .listManagedPoliciesInPermissionSetPaginator(
                      r ->
                          r.instanceArn(instance.instanceArn())
                              .permissionSetArn(existing.permissionSetArn()))
                  .attachedManagedPolicies()) {
            current.add(policy.arn());
          }
          return null;
        });
    List<String> provisioned =
        read(
            "admin.read.permissionSet",
            () ->
                listOf(
                    admin
                        .listAccountsForProvisionedPermissionSetPaginator(
                            r ->
                                r.instanceArn(instance.instanceArn())
                                    .permissionSetArn(existing.permissionSetArn()))
                        .accountIds()));
    // No policies asked for: keep the set's own; else make it exactly the ones asked for.
    List<String> target = wanted.isEmpty() ? current : wanted;
    Set<String> attach = new LinkedHashSet<>(target);
    attach.removeAll(current);
    Set<String> detach = new LinkedHashSet<>(current);
    target.forEach(detach::remove);
    return new PermissionSetPlan(
        existing.name(),
        existing.permissionSetArn(),
        request.sessionDuration(),
        existing.sessionDuration() != null ? existing.sessionDuration() : "PT1H",
        current,
        target,
        List.copyOf(attach),
        List.copyOf(detach),
        provisioned);
  }

  /** The permission set of this name (as the service compares names), or null. */
  public static PermissionSet findPermissionSet(
      SsoAdminClient admin, Instance instance, String name) {
    return read(
        "admin.read.permissionSet",
        () ->
            permissionSets(admin, instance)
                .filter(set -> set.name().equalsIgnoreCase(name))
                .findFirst()
                .orElse(null));
  }

  /**
   * The instance's permission sets, each described as the stream reaches it (a search that stops
   * early describes no more); call it inside {@link #read}.
   */
  static Stream<PermissionSet> permissionSets(SsoAdminClient admin, Instance instance) {
    return admin
        .listPermissionSetsPaginator(r -> r.instanceArn(instance.instanceArn()))
        .permissionSets()
        .stream()
        .map(
            arn ->
                admin
                    .describePermissionSet(
                        r -> r.instanceArn(instance.instanceArn()).permissionSetArn(arn))
                    .permissionSet());
  }

  private static boolean assigned(
      SsoAdminClient admin, Instance instance, String accountId, String setArn, String principal) {
    return read(
        "admin.read.assignments",
        () -> {
          for (AccountAssignment assignment :
              admin
                  .listAccountAssignmentsPaginator(
                      r ->
                          r.instanceArn(instance.instanceArn())
                              .accountId(accountId)
                              .permissionSetArn(setArn))
                  .accountAssignments()) {
            if (principal.equals(assignment.principalId())) {
              return true;
            }
          }
          return false;
        });
  }

  private void requirePolicy(String arn) {
    read(
        "admin.read.policy",
        () -> {
          try {
            return clients.iam().getPolicy(r -> r.policyArn(arn)).policy();
          } catch (NoSuchEntityException e) {
            throw AdminProblem.input("admin.grant.noPolicy", arn);
          }
        });
  }

  /** The accounts by id (checked with DescribeAccount) or by name (unique in ListAccounts). */
  private List<Account> resolveAccounts(List<String> wanted) {
    List<Account> result = new ArrayList<>();
    List<Account> all = null;
    for (String account : wanted) {
      Account found;
      if (GrantInputs.isAccountId(account)) {
        found = describeAccount(account);
      } else {
        if (all == null) {
          all = read("admin.read.accounts", this::listAccounts);
        }
        List<Account> named = all.stream().filter(a -> account.equalsIgnoreCase(a.name())).toList();
        if (named.isEmpty()) {
          throw AdminProblem.input("admin.grant.noAccountName", account);
        }
        if (named.size() > 1) {
          throw AdminProblem.input(
              "admin.grant.ambiguousAccount",
              account,
              String.join(", ", named.stream().map(Account::id).toList()));
        }
        found = named.get(0);
      }
      if (result.stream().noneMatch(a -> a.id().equals(found.id()))) {
        result.add(found);
      }
    }
    return result;
  }

  private Account describeAccount(String id) {
    return read(
        "admin.read.accounts",
        () -> {
          try {
            return clients.organizations().describeAccount(r -> r.accountId(id)).account();
          } catch (AccountNotFoundException e) {
            throw AdminProblem.input("admin.grant.noAccount", id);
          } catch (AwsOrganizationsNotInUseException e) {
            // A standalone account with an account instance: its own id is all there is.
            return Account.builder().id(id).name(id).build();
          }
        });
  }

  /** Every account of the organisation (for names and the picker). */
  public List<Account> listAccounts() {
    List<Account> accounts = new ArrayList<>();
    clients
        .organizations()
        .listAccountsPaginator(r -> {})
        .forEach(page -> accounts.addAll(page.accounts()));
    return accounts;
  }

  static <T> List<T> listOf(Iterable<T> items) {
    List<T> list = new ArrayList<>();
    items.forEach(list::add);
    return list;
  }

  /** Runs a read; an SDK error becomes a failure naming what was being read. */
  static <T> T read(String what, Supplier<T> call) {
    try {
      return call.get();
    } catch (SdkException e) {
      throw AdminProblem.failure(e, "admin.error.read", what, InstanceChoice.errorText(e));
    }
  }
}
