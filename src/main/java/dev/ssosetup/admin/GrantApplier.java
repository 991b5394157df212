package dev.ssosetup.admin;

import dev.ssosetup.admin.GrantPlan.AccountPlan;
import dev.ssosetup.admin.GrantPlan.GroupPlan;
import dev.ssosetup.admin.GrantPlan.PermissionSetPlan;
import dev.ssosetup.admin.GrantPlan.UserPlan;
import dev.ssosetup.admin.StatusWaiter.Status;
import dev.ssosetup.aws.AdminClients;
import dev.ssosetup.common.Messages;
import dev.ssosetup.prompt.Prompter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.identitystore.model.Email;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.AccountAssignmentOperationStatus;
import software.amazon.awssdk.services.ssoadmin.model.PermissionSetProvisioningStatus;
import software.amazon.awssdk.services.ssoadmin.model.PrincipalType;
import software.amazon.awssdk.services.ssoadmin.model.ProvisionTargetType;
import software.amazon.awssdk.services.ssoadmin.model.TargetType;

/**
 * Makes the changes of a plan, and only those: the user, the group and membership, the permission
 * set and its policies (an existing set only when it drifted and the run may change it), the
 * missing assignments, waited for, and a re-provisioning of a changed set to its accounts.
 */
public final class GrantApplier {
  private final AdminClients clients;
  private final StatusWaiter waiter;
  private final Prompter prompter;
  private final Messages messages;

  public GrantApplier(
      AdminClients clients, StatusWaiter waiter, Prompter prompter, Messages messages) {
    this.clients = clients;
    this.waiter = waiter;
    this.prompter = prompter;
    this.messages = messages;
  }

  /**
   * Applies the plan; reports each change to {@code progress} as it is made, and returns them.
   *
   * @param changeDrift whether an existing permission set that differs may be changed
   */
  public List<Change> apply(GrantPlan plan, boolean changeDrift, Consumer<Change> progress) {
    List<Change> made = new ArrayList<>();
    Consumer<Change> record =
        change -> {
          made.add(change);
          progress.accept(change);
        };
    Instance instance = plan.instance();
    IdentitystoreClient store = clients.identityStore(instance.region());
    SsoAdminClient admin = clients.ssoAdmin(instance.region());
    String userId = user(store, instance, plan.user(), record);
    String principal = userId;
    PrincipalType principalType = PrincipalType.USER;
    if (plan.group() != null) {
      principal = group(store, instance, plan.group(), plan.user().name(), userId, record);
      principalType = PrincipalType.GROUP;
    }
    PermissionSetPlan set = plan.permissionSet();
    String setArn = permissionSet(admin, instance, set, changeDrift, record);
    for (AccountPlan account : plan.accountsToAssign()) {
      assign(admin, instance, setArn, account, principalType, principal);
      record.accept(Change.of("admin.change.assigned", set.name(), account.id(), account.name()));
    }
    if (set.exists() && set.drifted() && changeDrift && !set.provisionedAccounts().isEmpty()) {
      reprovision(admin, instance, set);
      record.accept(
          Change.of("admin.change.reprovisioned", set.name(), set.provisionedAccounts().size()));
    }
    return made;
  }

  private String user(
      IdentitystoreClient store, Instance instance, UserPlan user, Consumer<Change> record) {
    if (user.exists()) {
      return user.id();
    }
    String id =
        write(
            "admin.write.user",
            () ->
                store
                    .createUser(
                        r ->
                            r.identityStoreId(instance.identityStoreId())
                                .userName(user.name())
                                .displayName(user.displayName())
                                .name(
                                    n ->
                                        n.givenName(user.givenName()).familyName(user.familyName()))
                                .emails(
                                    Email.builder()
                                        .value(user.email())
                                        .type("work")
                                        .primary(true)
                                        .build()))
                    .userId());
    record.accept(Change.of("admin.change.userCreated", user.name(), user.email()));
    return id;
  }

  private String group(
      IdentitystoreClient store,
      Instance instance,
      GroupPlan group,
      String userName,
      String userId,
      Consumer<Change> record) {
    String groupId = group.id();
    if (groupId == null) {
      groupId =
          write(
              "admin.write.group",
              () ->
                  store
                      .createGroup(
                          r ->
                              r.identityStoreId(instance.identityStoreId())
                                  .displayName(group.name()))
                      .groupId());
      record.accept(Change.of("admin.change.groupCreated", group.name()));
    }
    if (!group.member()) {
      String id = groupId;
      write(
          "admin.write.membership",
          () ->
              store.createGroupMembership(
                  r ->
                      r.identityStoreId(instance.identityStoreId())
                          .groupId(id)
                          .memberId(m -> m.userId(userId))));
      record.accept(Change.of("admin.change.memberAdded", userName, group.name()));
    }
    return groupId;
  }

  private String permissionSet(
      SsoAdminClient admin,
      Instance instance,
      PermissionSetPlan set,
      boolean changeDrift,
      Consumer<Change> record) {
    String arn = set.arn();
    if (arn == null) {
      arn =
          write(
              "admin.write.permissionSet",
              () ->
                  admin
                      .createPermissionSet(
                          r ->
                              r.instanceArn(instance.instanceArn())
                                  .name(set.name())
                                  .sessionDuration(set.sessionDuration()))
                      .permissionSet()
                      .permissionSetArn());
      record.accept(
          Change.of("admin.change.permissionSetCreated", set.name(), set.sessionDuration()));
    } else if (!set.drifted() || !changeDrift) {
      return arn;
    }
    String setArn = arn;
    for (String policy : set.toAttach()) {
      write(
          "admin.write.policy",
          () ->
              admin.attachManagedPolicyToPermissionSet(
                  r ->
                      r.instanceArn(instance.instanceArn())
                          .permissionSetArn(setArn)
                          .managedPolicyArn(policy)));
      record.accept(Change.of("admin.change.policyAttached", policyName(policy), set.name()));
    }
    for (String policy : set.toDetach()) {
      write(
          "admin.write.policy",
          () ->
              admin.detachManagedPolicyFromPermissionSet(
                  r ->
                      r.instanceArn(instance.instanceArn())
                          .permissionSetArn(setArn)
                          .managedPolicyArn(policy)));
      record.accept(Change.of("admin.change.policyDetached", policyName(policy), set.name()));
    }
    if (set.durationChanges()) {
      write(
          "admin.write.permissionSet",
          () ->
              admin.updatePermissionSet(
                  r ->
                      r.instanceArn(instance.instanceArn())
                          .permissionSetArn(setArn)
                          .sessionDuration(set.sessionDuration())));
      record.accept(Change.of("admin.change.durationChanged", set.name(), set.sessionDuration()));
    }
    return setArn;
  }

  private void assign(
      SsoAdminClient admin,
      Instance instance,
      String setArn,
      AccountPlan account,
      PrincipalType principalType,
      String principal) {
    AccountAssignmentOperationStatus created =
        write(
            "admin.write.assignment",
            () ->
                admin
                    .createAccountAssignment(
                        r ->
                            r.instanceArn(instance.instanceArn())
                                .targetId(account.id())
                                .targetType(TargetType.AWS_ACCOUNT)
                                .permissionSetArn(setArn)
                                .principalType(principalType)
                                .principalId(principal))
                    .accountAssignmentCreationStatus());
    awaitSuccess(
        new Status(created.statusAsString(), created.failureReason()),
        () -> {
          AccountAssignmentOperationStatus now =
              admin
                  .describeAccountAssignmentCreationStatus(
                      r ->
                          r.instanceArn(instance.instanceArn())
                              .accountAssignmentCreationRequestId(created.requestId()))
                  .accountAssignmentCreationStatus();
          return new Status(now.statusAsString(), now.failureReason());
        },
        "admin.wait.assignment",
        "admin.grant.assignmentFailed",
        account.id());
  }

  private void reprovision(SsoAdminClient admin, Instance instance, PermissionSetPlan set) {
    PermissionSetProvisioningStatus started =
        write(
            "admin.write.provision",
            () ->
                admin
                    .provisionPermissionSet(
                        r ->
                            r.instanceArn(instance.instanceArn())
                                .permissionSetArn(set.arn())
                                .targetType(ProvisionTargetType.ALL_PROVISIONED_ACCOUNTS))
                    .permissionSetProvisioningStatus());
    awaitSuccess(
        new Status(started.statusAsString(), started.failureReason()),
        () -> {
          PermissionSetProvisioningStatus now =
              admin
                  .describePermissionSetProvisioningStatus(
                      r ->
                          r.instanceArn(instance.instanceArn())
                              .provisionPermissionSetRequestId(started.requestId()))
                  .permissionSetProvisioningStatus();
          return new Status(now.statusAsString(), now.failureReason());
        },
        "admin.wait.provisioning",
        "admin.grant.provisioningFailed",
        set.name());
  }

  /**
   * Waits for a request to leave {@code IN_PROGRESS} (polling with {@code poll}, the spinner saying
   * {@code waitKey}); anything but {@code SUCCEEDED} then fails with {@code failedKey}.
   */
  private void awaitSuccess(
      Status first, Supplier<Status> poll, String waitKey, String failedKey, String what) {
    Status status =
        waiter.await(
            first,
            () -> GrantPlanner.read("admin.read.status", poll),
            prompter,
            messages.get(waitKey, what),
            what);
    if (!"SUCCEEDED".equals(status.value())) {
      throw AdminProblem.failure(failedKey, what, String.valueOf(status.failureReason()));
    }
  }

  /** The name of a managed policy ARN, with its path: {@code job-function/ViewOnlyAccess}. */
  public static String policyName(String arn) {
    return arn.startsWith(GrantInputs.AWS_MANAGED_PREFIX)
        ? arn.substring(GrantInputs.AWS_MANAGED_PREFIX.length())
        : arn;
  }

  private static <T> T write(String what, Supplier<T> call) {
    try {
      return call.get();
    } catch (SdkException e) {
      throw AdminProblem.failure(e, "admin.error.write", what, InstanceChoice.errorText(e));
    }
  }
}
