package dev.ssosetup.sandbox;

import dev.ssosetup.sandbox.IdentityStore.Group;
import dev.ssosetup.sandbox.IdentityStore.User;
import dev.ssosetup.sandbox.Pages.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The identity store API ({@code identitystore}, JSON 1.1, target {@code AWSIdentityStore}): users,
 * groups and memberships, looked up by name through GetUserId and GetGroupId. It answers for the
 * instance's store in its region only; elsewhere the store is "not present", as the service says.
 */
final class IdentityStoreService extends JsonService {
  static final String USER_NAME = "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+";
  static final String TEXT = "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \\u00a0\\u3000]+";
  static final String GROUP_NAME = "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \\u00a0]+";
  static final String STORE_ID =
      "d-[0-9a-f]{10}$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
  // Reserved by the service for its own use; no user or group may take them.
  private static final Set<String> RESERVED = Set.of("administrator", "awsadministrators");

  IdentityStoreService(SigV4Verifier verifier, Directory directory) {
    super(
        "identitystore",
        "AWSIdentityStore",
        "identitystore",
        "com.amazonaws.identitystore",
        "identitystore",
        verifier,
        directory);
  }

  @Override
  Response call(String operation, Input input, String region) {
    String storeId = input.required("IdentityStoreId", STORE_ID, 1, 36);
    IdentityStore store = directory.store();
    if (!directory.fixture().region().equals(region) || !storeId.equals(store.id())) {
      throw failure(
          "ResourceNotFoundException",
          "IdentityStore not present for IdentityStoreId: " + storeId,
          Map.of("ResourceType", "IDENTITY_STORE", "ResourceId", storeId));
    }
    return switch (operation) {
      case "GetUserId" -> getUserId(input, store);
      case "DescribeUser" -> Response.json11(200, user(user(input.required("UserId"), store)));
      case "CreateUser" -> createUser(input, store);
      case "ListUsers" -> listUsers(input, store);
      case "GetGroupId" -> getGroupId(input, store);
      case "DescribeGroup" -> Response.json11(200, group(group(input.required("GroupId"), store)));
      case "CreateGroup" -> createGroup(input, store);
      case "ListGroups" -> listGroups(input, store);
      case "GetGroupMembershipId" -> getMembershipId(input, store);
      case "CreateGroupMembership" -> createMembership(input, store);
      default ->
          throw failure(
              "UnknownOperationException", "The sandbox does not serve " + operation + ".");
    };
  }

  private Response getUserId(Input input, IdentityStore store) {
    String userName = uniqueAttribute(input, "username");
    User user = userName == null ? null : store.userByName(userName);
    if (user == null) {
      throw notFound("USER", "USER not found.");
    }
    return Response.json11(200, Map.of("UserId", user.id(), "IdentityStoreId", store.id()));
  }

  private Response createUser(Input input, IdentityStore store) {
    String userName = input.required("UserName", USER_NAME, 1, 128);
    String displayName = input.required("DisplayName", TEXT, 1, 1024);
    Map<String, Object> name = input.object("Name");
    String given = name == null ? null : text(name.get("GivenName"), "name.givenName");
    String family = name == null ? null : text(name.get("FamilyName"), "name.familyName");
    if (given == null || family == null) {
      throw failure("ValidationException", "The user's given name and family name are required.");
    }
    String email = email(input.list("Emails"));
    if (RESERVED.contains(userName.toLowerCase(Locale.ROOT))) {
      throw failure("ValidationException", "The user name " + userName + " is reserved.");
    }
    User user =
        store.createUser(userName, displayName, given, family, email, directory.clock().instant());
    if (user == null) {
      throw failure(
          "ConflictException",
          "Duplicate UserName",
          Map.of("Reason", "UNIQUENESS_CONSTRAINT_VIOLATION"));
    }
    return Response.json11(200, Map.of("UserId", user.id(), "IdentityStoreId", store.id()));
  }

  private Response listUsers(Input input, IdentityStore store) {
    List<Map<String, Object>> users = new ArrayList<>();
    String only = filter(input, "username");
    for (User user : store.users()) {
      if (only == null || user.userName().equalsIgnoreCase(only)) {
        users.add(user(user));
      }
    }
    return Pages.response("Users", page(input, users, "users"));
  }

  private Response getGroupId(Input input, IdentityStore store) {
    String displayName = uniqueAttribute(input, "displayname");
    Group group = displayName == null ? null : store.groupByName(displayName);
    if (group == null) {
      throw notFound("GROUP", "GROUP not found.");
    }
    return Response.json11(200, Map.of("GroupId", group.id(), "IdentityStoreId", store.id()));
  }

  private Response createGroup(Input input, IdentityStore store) {
    String displayName = input.required("DisplayName", GROUP_NAME, 1, 1024);
    String description = input.optional("Description", TEXT, 1, 1024);
    if (RESERVED.contains(displayName.toLowerCase(Locale.ROOT))) {
      throw failure("ValidationException", "The group name " + displayName + " is reserved.");
    }
    Group group = store.createGroup(displayName, description, directory.clock().instant());
    if (group == null) {
      throw failure(
          "ConflictException",
          "Duplicate GroupDisplayName",
          Map.of("Reason", "UNIQUENESS_CONSTRAINT_VIOLATION"));
    }
    return Response.json11(200, Map.of("GroupId", group.id(), "IdentityStoreId", store.id()));
  }

  private Response listGroups(Input input, IdentityStore store) {
    List<Map<String, Object>> groups = new ArrayList<>();
    String only = filter(input, "displayname");
    for (Group group : store.groups()) {
      if (only == null || group.displayName().equalsIgnoreCase(only)) {
        groups.add(group(group));
      }
    }
    return Pages.response("Groups", page(input, groups, "groups"));
  }

  private Response getMembershipId(Input input, IdentityStore store) {
    Group group = group(input.required("GroupId"), store);
    User user = user(memberId(input), store);
    String membership = store.membership(group.id(), user.id());
    if (membership == null) {
      throw notFound("GROUP_MEMBERSHIP", "GROUP_MEMBERSHIP not found.");
    }
    return Response.json11(200, Map.of("MembershipId", membership, "IdentityStoreId", store.id()));
  }

  private Response createMembership(Input input, IdentityStore store) {
    Group group = group(input.required("GroupId"), store);
    User user = user(memberId(input), store);
    String membership = store.addMember(group.id(), user.id());
    if (membership == null) {
      throw failure(
          "ConflictException",
          "Member is already in the group.",
          Map.of("Reason", "UNIQUENESS_CONSTRAINT_VIOLATION"));
    }
    return Response.json11(200, Map.of("MembershipId", membership, "IdentityStoreId", store.id()));
  }

  /** The value of {@code AlternateIdentifier.UniqueAttribute} when its path is the one given. */
  private String uniqueAttribute(Input input, String path) {
    Map<String, Object> alternate = input.object("AlternateIdentifier");
    Object unique = alternate == null ? null : alternate.get("UniqueAttribute");
    if (!(unique instanceof Map<?, ?> attribute)
        || !(attribute.get("AttributePath") instanceof String attributePath)) {
      throw failure(
          "ValidationException", "AlternateIdentifier.UniqueAttribute.AttributePath is required.");
    }
    if (!attributePath.toLowerCase(Locale.ROOT).equals(path)) {
      throw failure("ValidationException", "Unsupported AttributePath " + attributePath + ".");
    }
    return attribute.get("AttributeValue") instanceof String value ? value : null;
  }

  /** The value of a (deprecated) {@code Filters} entry on the given path, or null. */
  private String filter(Input input, String path) {
    List<Object> filters = input.list("Filters");
    if (filters == null || filters.isEmpty()) {
      return null;
    }
    if (filters.get(0) instanceof Map<?, ?> filter
        && filter.get("AttributePath") instanceof String attributePath
        && attributePath.toLowerCase(Locale.ROOT).equals(path)
        && filter.get("AttributeValue") instanceof String value) {
      return value;
    }
    throw failure("ValidationException", "Unsupported filter.");
  }

  private String memberId(Input input) {
    Map<String, Object> member = input.object("MemberId");
    if (member == null || !(member.get("UserId") instanceof String userId)) {
      throw failure("ValidationException", "MemberId.UserId is required.");
    }
    return userId;
  }

  private User user(String userId, IdentityStore store) {
    User user = store.user(userId);
    if (user == null) {
      throw notFound("USER", "USER not found.");
    }
    return user;
  }

  private Group group(String groupId, IdentityStore store) {
    Group group = store.group(groupId);
    if (group == null) {
      throw notFound("GROUP", "GROUP not found.");
    }
    return group;
  }

  private Map<String, Object> user(User user) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("IdentityStoreId", directory.store().id());
    json.put("UserId", user.id());
    json.put("UserName", user.userName());
    json.put("Name", Map.of("GivenName", user.givenName(), "FamilyName", user.familyName()));
    json.put("DisplayName", user.displayName());
    if (!user.email().isEmpty()) {
      json.put("Emails", List.of(Map.of("Value", user.email(), "Type", "work", "Primary", true)));
    }
    return json;
  }

  private Map<String, Object> group(Group group) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("GroupId", group.id());
    json.put("DisplayName", group.displayName());
    if (group.description() != null) {
      json.put("Description", group.description());
    }
    json.put("IdentityStoreId", directory.store().id());
    return json;
  }

  private String email(List<Object> emails) {
    if (emails == null || emails.isEmpty()) {
      return "";
    }
    if (emails.size() > 1 || !(emails.get(0) instanceof Map<?, ?> email)) {
      throw failure("ValidationException", "Emails must hold exactly one email.");
    }
    String value = text(email.get("Value"), "emails.value");
    if (value == null) {
      throw failure("ValidationException", "An email needs a Value.");
    }
    return value;
  }

  private String text(Object value, String member) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)
        || text.isEmpty()
        || text.length() > 1024
        || !text.matches(TEXT)) {
      throw failure(
          "ValidationException",
          "1 validation error detected: Value at '" + member + "' failed to satisfy constraint");
    }
    return text;
  }

  private HttpFailure notFound(String type, String message) {
    return failure("ResourceNotFoundException", message, Map.of("ResourceType", type));
  }

  private <T> Page<T> page(Input input, List<T> items, String listName) {
    return Pages.of(
        items, input.integer("MaxResults"), input.optional("NextToken"), listName, 100, 100, this);
  }
}
