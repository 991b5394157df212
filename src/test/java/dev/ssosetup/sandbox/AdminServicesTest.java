package dev.ssosetup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.testkit.Await;
import dev.ssosetup.testkit.SandboxClients;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.SandboxLogin;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.identitystore.model.ConflictException;
import software.amazon.awssdk.services.identitystore.model.Email;
import software.amazon.awssdk.services.identitystore.model.ResourceNotFoundException;
import software.amazon.awssdk.services.identitystore.model.ResourceType;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccountNotFoundException;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.AccessDeniedException;
import software.amazon.awssdk.services.ssoadmin.model.AccountAssignmentOperationStatus;
import software.amazon.awssdk.services.ssoadmin.model.InstanceMetadata;
import software.amazon.awssdk.services.ssoadmin.model.PermissionSet;
import software.amazon.awssdk.services.ssoadmin.model.PrincipalType;
import software.amazon.awssdk.services.ssoadmin.model.ProvisionTargetType;
import software.amazon.awssdk.services.ssoadmin.model.StatusValues;
import software.amazon.awssdk.services.ssoadmin.model.TargetType;
import software.amazon.awssdk.services.ssoadmin.model.ThrottlingException;
import software.amazon.awssdk.services.ssoadmin.model.ValidationException;

/**
 * The administrator's services (sso-admin, identitystore, organizations, IAM GetPolicy) through the
 * real SDK clients: wire formats, errors, the home region, and assignments that show up in the
 * portal.
 */
class AdminServicesTest {
  private static final String HOME = "ap-northeast-1";
  private static final Duration WAIT = Duration.ofSeconds(10);

  @RegisterExtension final SandboxExtension extension = SandboxExtension.create();

  private AwsCredentialsProvider admin;
  private SsoAdminClient ssoAdmin;
  private IdentitystoreClient store;
  private String instanceArn;
  private String storeId;

  @BeforeEach
  void signInAsTheAdministrator() {
    admin = SandboxLogin.administrator(extension.get());
    ssoAdmin = SandboxClients.ssoAdmin(extension.get(), admin, HOME);
    store = SandboxClients.identityStore(extension.get(), admin, HOME);
    InstanceMetadata instance = ssoAdmin.listInstances(r -> {}).instances().get(0);
    instanceArn = instance.instanceArn();
    storeId = instance.identityStoreId();
  }

  @Test
  void listInstances_inTheHomeRegion_findsTheInstanceOfTheStartUrl() {
    InstanceMetadata instance = ssoAdmin.listInstances(r -> {}).instances().get(0);

    assertThat(instance.instanceArn()).matches("arn:aws:sso:::instance/ssoins-[0-9a-f]{16}");
    assertThat(instance.identityStoreId()).isEqualTo("d-9067a1b2c3");
    assertThat(instance.ownerAccountId()).isEqualTo("999988887777");
    assertThat(instance.statusAsString()).isEqualTo("ACTIVE");
    assertThat(instance.createdDate()).isNotNull();
  }

  @Test
  void inAnotherRegion_listInstancesFindsNothing_andOtherCallsAreRefused() {
    try (SsoAdminClient elsewhere = SandboxClients.ssoAdmin(extension.get(), admin, "eu-west-1");
        IdentitystoreClient storeElsewhere =
            SandboxClients.identityStore(extension.get(), admin, "eu-west-1")) {
      assertThat(elsewhere.listInstances(r -> {}).instances()).isEmpty();
      assertThatThrownBy(() -> elsewhere.listPermissionSets(r -> r.instanceArn(instanceArn)))
          .isInstanceOf(
              software.amazon.awssdk.services.ssoadmin.model.ResourceNotFoundException.class);
      assertThatThrownBy(() -> storeElsewhere.listUsers(r -> r.identityStoreId(storeId)))
          .isInstanceOfSatisfying(
              ResourceNotFoundException.class,
              e -> {
                assertThat(e.resourceType()).isEqualTo(ResourceType.IDENTITY_STORE);
                assertThat(e.getMessage()).contains("IdentityStore not present");
              });
    }
  }

  @Test
  void theUsersOwnCredentials_mayNotAdminister() {
    String token = SandboxLogin.deviceCode(extension.get()).accessToken();
    AwsCredentialsProvider user =
        SandboxLogin.roleCredentials(extension.get(), token, "111122223333", "S3DynamoDBAccess");
    try (SsoAdminClient client = SandboxClients.ssoAdmin(extension.get(), user, HOME)) {
      assertThatThrownBy(() -> client.listInstances(r -> {}))
          .isInstanceOfSatisfying(
              AccessDeniedException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.getMessage()).contains("is not authorized to perform: sso:");
              });
    }
  }

  @Test
  void users_areCreatedOnce_foundByName_andDescribed() {
    String userId =
        store
            .createUser(
                r ->
                    r.identityStoreId(storeId)
                        .userName("new_user")
                        .displayName("New User")
                        .name(n -> n.givenName("New").familyName("User"))
                        .emails(
                            Email.builder()
                                .value("new@example.com")
                                .type("work")
                                .primary(true)
                                .build()))
            .userId();

    assertThat(userId).matches("9067a1b2c3-[0-9a-f-]{36}");
    assertThat(
            store
                .getUserId(
                    r ->
                        r.identityStoreId(storeId)
                            .alternateIdentifier(
                                a ->
                                    a.uniqueAttribute(
                                        u ->
                                            u.attributePath("userName")
                                                .attributeValue(
                                                    software.amazon.awssdk.core.document.Document
                                                        .fromString("new_user")))))
                .userId())
        .isEqualTo(userId);
    var user = store.describeUser(r -> r.identityStoreId(storeId).userId(userId));
    assertThat(user.userName()).isEqualTo("new_user");
    assertThat(user.emails().get(0).value()).isEqualTo("new@example.com");
    assertThatThrownBy(
            () ->
                store.createUser(
                    r ->
                        r.identityStoreId(storeId)
                            .userName("NEW_USER")
                            .displayName("x")
                            .name(n -> n.givenName("x").familyName("y"))))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void createUser_withoutADisplayName_isRefused() {
    assertThatThrownBy(() -> store.createUser(r -> r.identityStoreId(storeId).userName("x")))
        .isInstanceOf(
            software.amazon.awssdk.services.identitystore.model.ValidationException.class);
  }

  @Test
  void groupMemberships_areMadeOnce() {
    String userId = store.listUsers(r -> r.identityStoreId(storeId)).users().get(0).userId();
    String groupId =
        store.createGroup(r -> r.identityStoreId(storeId).displayName("workers")).groupId();

    store.createGroupMembership(
        r -> r.identityStoreId(storeId).groupId(groupId).memberId(m -> m.userId(userId)));

    assertThat(
            store
                .getGroupMembershipId(
                    r ->
                        r.identityStoreId(storeId).groupId(groupId).memberId(m -> m.userId(userId)))
                .membershipId())
        .isNotBlank();
    assertThatThrownBy(
            () ->
                store.createGroupMembership(
                    r ->
                        r.identityStoreId(storeId)
                            .groupId(groupId)
                            .memberId(m -> m.userId(userId))))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void permissionSets_takeManagedPolicies_once() {
    PermissionSet set =
        ssoAdmin
            .createPermissionSet(
                r -> r.instanceArn(instanceArn).name("DataReader").sessionDuration("PT8H"))
            .permissionSet();
    ssoAdmin.attachManagedPolicyToPermissionSet(
        r ->
            r.instanceArn(instanceArn)
                .permissionSetArn(set.permissionSetArn())
                .managedPolicyArn("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"));

    assertThat(set.sessionDuration()).isEqualTo("PT8H");
    assertThat(
            ssoAdmin
                .listManagedPoliciesInPermissionSet(
                    r -> r.instanceArn(instanceArn).permissionSetArn(set.permissionSetArn()))
                .attachedManagedPolicies())
        .singleElement()
        .satisfies(p -> assertThat(p.name()).isEqualTo("AmazonS3ReadOnlyAccess"));
    assertThatThrownBy(
            () -> ssoAdmin.createPermissionSet(r -> r.instanceArn(instanceArn).name("DataReader")))
        .isInstanceOf(software.amazon.awssdk.services.ssoadmin.model.ConflictException.class);
    assertThatThrownBy(
            () ->
                ssoAdmin.createPermissionSet(
                    r -> r.instanceArn(instanceArn).name("Long").sessionDuration("PT13H")))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void anAssignment_isInProgressThenSucceeds_andShowsInThePortal() {
    PermissionSet set = s3ReaderSet();
    String userId = newUser("reader");

    AccountAssignmentOperationStatus created = assign(set, userId);

    assertThat(created.status()).isEqualTo(StatusValues.IN_PROGRESS);
    Await.until(
        WAIT, () -> status(created.requestId()).status() == StatusValues.SUCCEEDED, () -> "");
    assertThat(
            ssoAdmin
                .listAccountAssignments(
                    r ->
                        r.instanceArn(instanceArn)
                            .accountId("111122223333")
                            .permissionSetArn(set.permissionSetArn()))
                .accountAssignments())
        .anySatisfy(a -> assertThat(a.principalId()).isEqualTo(userId));
    extension.get().signInAs("reader");
    String token = SandboxLogin.deviceCode(extension.get()).accessToken();
    try (SsoClient portal = SandboxClients.portal(extension.get())) {
      assertThat(
              portal
                  .listAccountRoles(r -> r.accessToken(token).accountId("111122223333"))
                  .roleList())
          .singleElement()
          .satisfies(role -> assertThat(role.roleName()).isEqualTo("DataReader"));
    }
    AwsCredentialsProvider role =
        SandboxLogin.roleCredentials(extension.get(), token, "111122223333", "DataReader");
    try (var s3 = SandboxClients.s3(extension.get(), role)) {
      assertThat(s3.listBuckets().buckets()).isNotEmpty();
    }
  }

  @Test
  void aFailingProvisioning_endsFailedWithTheReason_andAssignsNothing() {
    PermissionSet set = s3ReaderSet();
    String userId = newUser("unlucky");
    extension.get().failProvisioning("Received a 404 status error: Not supported policy.");

    AccountAssignmentOperationStatus created = assign(set, userId);

    Await.until(WAIT, () -> status(created.requestId()).status() == StatusValues.FAILED, () -> "");
    assertThat(status(created.requestId()).failureReason()).contains("Not supported policy");
    assertThat(
            ssoAdmin
                .listAccountAssignments(
                    r ->
                        r.instanceArn(instanceArn)
                            .accountId("111122223333")
                            .permissionSetArn(set.permissionSetArn()))
                .accountAssignments())
        .isEmpty();
  }

  @Test
  void aChangedPermissionSet_isNotLatestUntilProvisionedAgain() {
    PermissionSet set = s3ReaderSet();
    AccountAssignmentOperationStatus created = assign(set, newUser("drifter"));
    Await.until(
        WAIT, () -> status(created.requestId()).status() == StatusValues.SUCCEEDED, () -> "");

    ssoAdmin.attachManagedPolicyToPermissionSet(
        r ->
            r.instanceArn(instanceArn)
                .permissionSetArn(set.permissionSetArn())
                .managedPolicyArn("arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess"));
    assertThat(outdatedAccounts(set)).containsExactly("111122223333");
    String requestId =
        ssoAdmin
            .provisionPermissionSet(
                r ->
                    r.instanceArn(instanceArn)
                        .permissionSetArn(set.permissionSetArn())
                        .targetType(ProvisionTargetType.ALL_PROVISIONED_ACCOUNTS))
            .permissionSetProvisioningStatus()
            .requestId();
    Await.until(
        WAIT,
        () ->
            ssoAdmin
                    .describePermissionSetProvisioningStatus(
                        r -> r.instanceArn(instanceArn).provisionPermissionSetRequestId(requestId))
                    .permissionSetProvisioningStatus()
                    .status()
                == StatusValues.SUCCEEDED,
        () -> "");

    assertThat(outdatedAccounts(set)).isEmpty();
  }

  @Test
  void organizations_listsAndDescribesTheAccounts() {
    try (OrganizationsClient organizations = SandboxClients.organizations(extension.get(), admin)) {
      assertThat(organizations.listAccounts(r -> {}).accounts())
          .extracting(a -> a.id() + " " + a.name())
          .containsExactly("111122223333 workday-production", "999988887777 management");
      assertThat(organizations.describeAccount(r -> r.accountId("111122223333")).account().arn())
          .matches("arn:aws:organizations::999988887777:account/o-[0-9a-f]{10}/111122223333");
      assertThatThrownBy(() -> organizations.describeAccount(r -> r.accountId("000000000000")))
          .isInstanceOf(AccountNotFoundException.class);
    }
  }

  @Test
  void iamGetPolicy_knowsAwsManagedPolicies_andNoOthers() {
    try (IamClient iam = SandboxClients.iam(extension.get(), admin)) {
      Policy policy =
          iam.getPolicy(r -> r.policyArn("arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess"))
              .policy();
      assertThat(policy.policyName()).isEqualTo("AmazonDynamoDBFullAccess");
      assertThat(policy.policyId()).matches("ANPA[0-9A-Z]{17}");
      assertThat(policy.isAttachable()).isTrue();
      assertThatThrownBy(
              () -> iam.getPolicy(r -> r.policyArn("arn:aws:iam::aws:policy/AmazonS3FulAccess")))
          .isInstanceOfSatisfying(
              NoSuchEntityException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }
  }

  @Test
  void aboveTheThrottle_theServiceAnswersThrottlingException429() {
    extension.get().setThrottleRps(1);
    ssoAdmin.listInstances(r -> {});

    assertThatThrownBy(() -> ssoAdmin.listInstances(r -> {}))
        .isInstanceOfSatisfying(
            ThrottlingException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(429);
              assertThat(e.isThrottlingException()).isTrue();
            });
  }

  private PermissionSet s3ReaderSet() {
    PermissionSet set =
        ssoAdmin
            .createPermissionSet(r -> r.instanceArn(instanceArn).name("DataReader"))
            .permissionSet();
    ssoAdmin.attachManagedPolicyToPermissionSet(
        r ->
            r.instanceArn(instanceArn)
                .permissionSetArn(set.permissionSetArn())
                .managedPolicyArn("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"));
    return set;
  }

  private String newUser(String name) {
    return store
        .createUser(
            r ->
                r.identityStoreId(storeId)
                    .userName(name)
                    .displayName(name)
                    .name(n -> n.givenName(name).familyName(name)))
        .userId();
  }

  private AccountAssignmentOperationStatus assign(PermissionSet set, String userId) {
    return ssoAdmin
        .createAccountAssignment(
            r ->
                r.instanceArn(instanceArn)
                    .targetId("111122223333")
                    .targetType(TargetType.AWS_ACCOUNT)
                    .permissionSetArn(set.permissionSetArn())
                    .principalType(PrincipalType.USER)
                    .principalId(userId))
        .accountAssignmentCreationStatus();
  }

  private AccountAssignmentOperationStatus status(String requestId) {
    return ssoAdmin
        .describeAccountAssignmentCreationStatus(
            r -> r.instanceArn(instanceArn).accountAssignmentCreationRequestId(requestId))
        .accountAssignmentCreationStatus();
  }

  private List<String> outdatedAccounts(PermissionSet set) {
    return ssoAdmin
        .listAccountsForProvisionedPermissionSet(
            r ->
                r.instanceArn(instanceArn)
                    .permissionSetArn(set.permissionSetArn())
                    .provisioningStatus("LATEST_PERMISSION_SET_NOT_PROVISIONED"))
        .accountIds();
  }
}
