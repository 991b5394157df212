package dev.ssosetup.sandbox;

import dev.ssosetup.sandbox.Directory.AccountAssignment;
import dev.ssosetup.sandbox.Directory.Instance;
import dev.ssosetup.sandbox.Pages.Page;
import dev.ssosetup.sandbox.PermissionSets.PermissionSet;
import dev.ssosetup.sandbox.Provisioning.Job;
import dev.ssosetup.sandbox.Provisioning.Kind;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IAM Identity Center's admin API ({@code sso-admin}, JSON 1.1, target {@code SWBExternalService}):
 * the instance, permission sets with AWS managed policies, their provisioning, and account
 * assignments, asynchronous as the service's are. It lives in the fixture's region only: elsewhere
 * ListInstances finds nothing and every other call is refused.
 */
final class SsoAdminService extends JsonService {
  static final String INSTANCE_ARN =
      "arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}";
  static final String PERMISSION_SET_ARN =
      "arn:aws(-[a-z]{1,5}){0,3}:sso:::permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16}";
  static final String NAME = "[\\w+=,.@-]+";
  static final String DESCRIPTION = "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*";
  static final String DURATION =
      "(-?)P(?=\\d|T\\d)(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)([DW]))?"
          + "(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?";
  static final String POLICY_ARN =
      "arn:aws(-[a-z]{1,5}){0,3}:iam::aws:policy((/[A-Za-z0-9\\.,\\+@=_-]+)*)/([A-Za-z0-9\\.,\\+=@_-]+)";
  static final String ACCOUNT_ID = "\\d{12}";
  static final String PRINCIPAL_ID =
      "([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}";
  static final String UUID =
      "\\b[0-9a-f]{8}\\b-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-\\b[0-9a-f]{12}\\b";

  private final Switches switches;

  SsoAdminService(SigV4Verifier verifier, Directory directory, Switches switches) {
    super("sso-admin", "SWBExternalService", "sso", null, "sso", verifier, directory);
    this.switches = switches;
  }

  @Override
  Response call(String operation, Input input, String region) {
    boolean home = directory.fixture().region().equals(region);
    if (operation.equals("ListInstances")) {
      return listInstances(input, home);
    }
    PermissionSets sets = directory.permissionSets();
    String instanceArn = input.required("InstanceArn", INSTANCE_ARN, 10, 1224);
    if (!home || !instanceArn.equals(directory.instance().arn())) {
      throw failure(
          "ResourceNotFoundException",
          "Could not find the instance " + instanceArn + " in this region.");
    }
    return switch (operation) {
      case "CreatePermissionSet" -> createPermissionSet(input);
      case "DescribePermissionSet" -> ok("PermissionSet", describe(permissionSet(input)));
      case "ListPermissionSets" -> listPermissionSets(input);
      case "UpdatePermissionSet" -> updatePermissionSet(input);
      case "AttachManagedPolicyToPermissionSet" -> attach(input);
      case "DetachManagedPolicyFromPermissionSet" -> detach(input);
      case "ListManagedPoliciesInPermissionSet" -> listPolicies(input, sets);
      case "ProvisionPermissionSet" -> provision(input);
      case "DescribePermissionSetProvisioningStatus" ->
          ok(
              "PermissionSetProvisioningStatus",
              status(
                  job(input, "ProvisionPermissionSetRequestId", Kind.PERMISSION_SET_PROVISIONING)));
      case "ListAccountsForProvisionedPermissionSet" -> listProvisionedAccounts(input);
      case "CreateAccountAssignment" -> createAssignment(input);
      case "DescribeAccountAssignmentCreationStatus" ->
          ok(
              "AccountAssignmentCreationStatus",
              status(job(input, "AccountAssignmentCreationRequestId", Kind.ASSIGNMENT_CREATION)));
      case "ListAccountAssignments" -> listAssignments(input);
      default ->
          throw failure(
              "UnknownOperationException", "The sandbox does not serve " + operation + ".");
    };
  }

  private Response listInstances(Input input, boolean home) {
    List<Map<String, Object>> instances = new ArrayList<>();
    if (home) {
      Instance instance = directory.instance();
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("InstanceArn", instance.arn());
      json.put("IdentityStoreId", instance.identityStoreId());
      json.put("OwnerAccountId", instance.ownerAccountId());
      json.put("CreatedDate", epochSeconds(instance.created()));
      json.put("Status", "ACTIVE");
      instances.add(json);
    }
    Page<Map<String, Object>> page =
        Pages.of(
            instances,
            input.integer("MaxResults"),
            input.optional("NextToken"),
            "instances",
            100,
            100,
            this);
    return Pages.response("Instances", page);
  }

  private Response createPermissionSet(Input input) {
    String name = input.required("Name", NAME, 1, 32);
    String description = input.optional("Description", DESCRIPTION, 1, 700);
    String duration = sessionDuration(input);
    PermissionSet set =
        directory.permissionSets().create(name, description, duration, directory.clock().instant());
    if (set == null) {
      throw failure("ConflictException", "PermissionSet with name " + name + " already exists.");
    }
    return ok("PermissionSet", describe(set));
  }

  private Response listPermissionSets(Input input) {
    List<String> arns = new ArrayList<>();
    directory.permissionSets().all().forEach(set -> arns.add(set.arn));
    return Pages.response("PermissionSets", page(input, arns, "permission-sets"));
  }

  private Response updatePermissionSet(Input input) {
    PermissionSet set = permissionSet(input);
    String description = input.optional("Description", DESCRIPTION, 1, 700);
    directory.permissionSets().update(set, description, sessionDuration(input));
    return Response.json11(200, Map.of());
  }

  private Response attach(Input input) {
    PermissionSet set = permissionSet(input);
    String policyArn = input.required("ManagedPolicyArn", POLICY_ARN, 20, 2048);
    if (ManagedPolicies.byArn(policyArn).isEmpty()) {
      throw failure(
          "ValidationException",
          "The managed policy " + policyArn + " does not exist or is not attachable.");
    }
    if (!directory.permissionSets().attach(set, policyArn)) {
      throw failure(
          "ConflictException", "The managed policy is already attached to the permission set.");
    }
    return Response.json11(200, Map.of());
  }

  private Response detach(Input input) {
    PermissionSet set = permissionSet(input);
    String policyArn = input.required("ManagedPolicyArn", POLICY_ARN, 20, 2048);
    if (!directory.permissionSets().detach(set, policyArn)) {
      throw failure(
          "ResourceNotFoundException", "The managed policy is not attached to the permission set.");
    }
    return Response.json11(200, Map.of());
  }

  private Response listPolicies(Input input, PermissionSets sets) {
    List<Map<String, Object>> policies = new ArrayList<>();
    for (String arn : sets.policies(permissionSet(input))) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("Name", arn.substring(arn.lastIndexOf('/') + 1));
      json.put("Arn", arn);
      policies.add(json);
    }
    return Pages.response("AttachedManagedPolicies", page(input, policies, "policies"));
  }

  private Response provision(Input input) {
    PermissionSet set = permissionSet(input);
    String targetType = input.required("TargetType");
    String targetId = input.optional("TargetId", ACCOUNT_ID, 12, 12);
    List<String> accounts;
    if (targetType.equals("AWS_ACCOUNT") && targetId != null) {
      requireAccount(targetId);
      accounts = List.of(targetId);
    } else if (targetType.equals("ALL_PROVISIONED_ACCOUNTS") && targetId == null) {
      accounts = directory.permissionSets().accounts(set, null);
    } else {
      throw failure(
          "ValidationException",
          "TargetType must be AWS_ACCOUNT with a TargetId, or ALL_PROVISIONED_ACCOUNTS without.");
    }
    Map<String, Object> details = new LinkedHashMap<>();
    if (targetId != null) {
      details.put("AccountId", targetId);
    }
    details.put("PermissionSetArn", set.arn);
    Job job =
        start(
            Kind.PERMISSION_SET_PROVISIONING,
            details,
            () -> accounts.forEach(account -> directory.permissionSets().provision(set, account)));
    return ok("PermissionSetProvisioningStatus", status(job));
  }

  private Response listProvisionedAccounts(Input input) {
    PermissionSet set = permissionSet(input);
    String filter = input.optional("ProvisioningStatus");
    Boolean latest = filter == null ? null : filter.equals("LATEST_PERMISSION_SET_PROVISIONED");
    directory.assignments(); // settles finished requests first
    List<String> accounts = directory.permissionSets().accounts(set, latest);
    return Pages.response("AccountIds", page(input, accounts, "accounts:" + set.arn));
  }

  private Response createAssignment(Input input) {
    String accountId = input.required("TargetId", ACCOUNT_ID, 12, 12);
    String targetType = input.required("TargetType");
    PermissionSet set = permissionSet(input);
    String principalType = input.required("PrincipalType");
    String principalId = input.required("PrincipalId", PRINCIPAL_ID, 1, 47);
    if (!targetType.equals("AWS_ACCOUNT")) {
      throw failure("ValidationException", "TargetType must be AWS_ACCOUNT.");
    }
    requireAccount(accountId);
    boolean known =
        switch (principalType) {
          case "USER" -> directory.store().user(principalId) != null;
          case "GROUP" -> directory.store().group(principalId) != null;
          default -> throw failure("ValidationException", "PrincipalType must be USER or GROUP.");
        };
    if (!known) {
      throw failure(
          "ResourceNotFoundException",
          "The principal " + principalId + " does not exist in the identity store.");
    }
    AccountAssignment assignment =
        new AccountAssignment(accountId, set.arn, principalType, principalId);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("TargetId", accountId);
    details.put("TargetType", targetType);
    details.put("PermissionSetArn", set.arn);
    details.put("PrincipalType", principalType);
    details.put("PrincipalId", principalId);
    Job job = start(Kind.ASSIGNMENT_CREATION, details, () -> directory.addAssignment(assignment));
    return ok("AccountAssignmentCreationStatus", status(job));
  }

  private Response listAssignments(Input input) {
    String accountId = input.required("AccountId", ACCOUNT_ID, 12, 12);
    PermissionSet set = permissionSet(input);
    List<Map<String, Object>> assignments = new ArrayList<>();
    for (AccountAssignment assignment : directory.assignments()) {
      if (assignment.accountId().equals(accountId)
          && assignment.permissionSetArn().equals(set.arn)) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("AccountId", accountId);
        json.put("PermissionSetArn", set.arn);
        json.put("PrincipalType", assignment.principalType());
        json.put("PrincipalId", assignment.principalId());
        assignments.add(json);
      }
    }
    return Pages.response(
        "AccountAssignments", page(input, assignments, "assignments:" + accountId + set.arn));
  }

  private Job start(Kind kind, Map<String, Object> details, Runnable effect) {
    return directory
        .provisioning()
        .start(kind, switches.provisioningDelay(), switches.provisioningFailure(), details, effect);
  }

  private Job job(Input input, String member, Kind kind) {
    String id = input.required(member, UUID, 36, 36);
    directory.assignments(); // settles finished requests first
    Job job = directory.provisioning().get(id, kind);
    if (job == null) {
      throw failure("ResourceNotFoundException", "No request has the id " + id + ".");
    }
    return job;
  }

  private Map<String, Object> status(Job job) {
    Map<String, Object> json = new LinkedHashMap<>();
    String status = job.status(directory.clock().instant());
    json.put("Status", status);
    json.put("RequestId", job.id);
    if (status.equals("FAILED")) {
      json.put("FailureReason", job.failureReason);
    }
    json.putAll(job.details);
    json.put("CreatedDate", epochSeconds(job.created));
    return json;
  }

  private PermissionSet permissionSet(Input input) {
    String arn = input.required("PermissionSetArn", PERMISSION_SET_ARN, 10, 1224);
    PermissionSet set = directory.permissionSets().get(arn);
    if (set == null) {
      throw failure("ResourceNotFoundException", "Could not find PermissionSet with ID " + arn);
    }
    return set;
  }

  private Map<String, Object> describe(PermissionSet set) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("Name", set.name);
    json.put("PermissionSetArn", set.arn);
    if (set.description != null) {
      json.put("Description", set.description);
    }
    json.put("CreatedDate", epochSeconds(set.created));
    json.put("SessionDuration", set.sessionDuration);
    return json;
  }

  /** The session duration if given: ISO-8601, from 1 to 12 hours as the service allows. */
  private String sessionDuration(Input input) {
    String value = input.optional("SessionDuration", DURATION, 1, 100);
    if (value == null) {
      return null;
    }
    Duration duration;
    try {
      duration = Duration.parse(value);
    } catch (DateTimeParseException e) {
      duration = null;
    }
    if (duration == null
        || duration.compareTo(Duration.ofHours(1)) < 0
        || duration.compareTo(Duration.ofHours(12)) > 0) {
      throw failure("ValidationException", "The session duration must be between 1 and 12 hours.");
    }
    return value;
  }

  private void requireAccount(String accountId) {
    if (directory.account(accountId).isEmpty()) {
      throw failure(
          "ValidationException",
          "The account " + accountId + " is not a member of the organization.");
    }
  }

  private <T> Page<T> page(Input input, List<T> items, String listName) {
    return Pages.of(
        items, input.integer("MaxResults"), input.optional("NextToken"), listName, 100, 100, this);
  }

  private static Response ok(String member, Object value) {
    return Response.json11(200, Map.of(member, value));
  }
}
