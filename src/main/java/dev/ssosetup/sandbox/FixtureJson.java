package dev.ssosetup.sandbox;

import dev.ssosetup.common.Json;
import dev.ssosetup.sandbox.Fixture.Account;
import dev.ssosetup.sandbox.Fixture.Assignment;
import dev.ssosetup.sandbox.Fixture.Bucket;
import dev.ssosetup.sandbox.Fixture.PermissionSetSpec;
import dev.ssosetup.sandbox.Fixture.Role;
import dev.ssosetup.sandbox.Fixture.User;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads a {@link Fixture} from JSON, strictly (unknown keys are errors, to catch typos), naming the
 * place of every problem, e.g. {@code accounts[1].roles[0].name}.
 */
final class FixtureJson {
  private FixtureJson() {}

  static Fixture read(String json, String source) {
    FixtureJson reader = new FixtureJson();
    try {
      return reader.fixture(Json.parseObject(json));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid fixture " + source + ": " + e.getMessage(), e);
    }
  }

  private Fixture fixture(Map<String, Object> json) {
    keys(
        json,
        "",
        Set.of("startUrl", "region", "accounts", "users", "managementAccount", "permissionSets"));
    return new Fixture(
        string(json, "", "startUrl"),
        string(json, "", "region"),
        list(json, "", "accounts", this::account),
        list(json, "", "users", this::user),
        optionalString(json, "", "managementAccount"),
        json.containsKey("permissionSets")
            ? list(json, "", "permissionSets", this::permissionSet)
            : List.of());
  }

  private PermissionSetSpec permissionSet(Map<String, Object> json, String at) {
    keys(json, at, Set.of("name", "managedPolicies", "sessionDuration", "description"));
    List<String> policies = new ArrayList<>();
    Object value = json.get("managedPolicies");
    if (value != null) {
      if (!(value instanceof List<?> items)) {
        throw invalid(at + ".managedPolicies", "expected an array of strings");
      }
      for (Object item : items) {
        if (!(item instanceof String text)) {
          throw invalid(at + ".managedPolicies", "expected an array of strings");
        }
        policies.add(text);
      }
    }
    return new PermissionSetSpec(
        string(json, at, "name"),
        policies,
        optionalString(json, at, "sessionDuration"),
        optionalString(json, at, "description"));
  }

  private Account account(Map<String, Object> json, String at) {
    keys(json, at, Set.of("id", "name", "email", "roles", "buckets"));
    return new Account(
        string(json, at, "id"),
        string(json, at, "name"),
        optionalString(json, at, "email"),
        list(json, at, "roles", this::role),
        json.containsKey("buckets") ? list(json, at, "buckets", this::bucket) : List.of());
  }

  private Role role(Map<String, Object> json, String at) {
    keys(json, at, Set.of("name", "s3Access", "buckets"));
    Object s3Access = json.getOrDefault("s3Access", Boolean.TRUE);
    if (!(s3Access instanceof Boolean)) {
      throw invalid(at + ".s3Access", "expected true or false but found " + Json.kind(s3Access));
    }
    return new Role(
        string(json, at, "name"),
        (Boolean) s3Access,
        json.containsKey("buckets") ? list(json, at, "buckets", this::bucket) : List.of());
  }

  private Bucket bucket(Map<String, Object> json, String at) {
    keys(json, at, Set.of("name", "creationDate"));
    String date = string(json, at, "creationDate");
    try {
      return new Bucket(string(json, at, "name"), Instant.parse(date));
    } catch (DateTimeParseException e) {
      throw invalid(at + ".creationDate", "expected a UTC time like 2024-04-01T09:30:00Z: " + date);
    }
  }

  private User user(Map<String, Object> json, String at) {
    keys(json, at, Set.of("name", "email", "assignments"));
    return new User(
        string(json, at, "name"),
        optionalString(json, at, "email"),
        list(json, at, "assignments", this::assignment));
  }

  private Assignment assignment(Map<String, Object> json, String at) {
    keys(json, at, Set.of("accountId", "roleName"));
    return new Assignment(string(json, at, "accountId"), string(json, at, "roleName"));
  }

  private void keys(Map<String, Object> json, String at, Set<String> allowed) {
    for (String key : json.keySet()) {
      if (!allowed.contains(key)) {
        throw invalid(join(at, key), "unknown key (expected one of " + allowed + ")");
      }
    }
  }

  private String string(Map<String, Object> json, String at, String key) {
    Object value = json.get(key);
    if (!(value instanceof String text)) {
      throw invalid(
          join(at, key),
          value == null && !json.containsKey(key)
              ? "missing"
              : "expected a string but found " + Json.kind(value));
    }
    return text;
  }

  private String optionalString(Map<String, Object> json, String at, String key) {
    return json.containsKey(key) ? string(json, at, key) : null;
  }

  @SuppressWarnings("unchecked")
  private <T> List<T> list(
      Map<String, Object> json,
      String at,
      String key,
      BiFunction<Map<String, Object>, String, T> element) {
    Object value = json.get(key);
    String here = join(at, key);
    if (!(value instanceof List<?> items)) {
      throw invalid(
          here, value == null ? "missing" : "expected an array but found " + Json.kind(value));
    }
    List<T> result = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      String itemAt = here + "[" + i + "]";
      if (!(item instanceof Map)) {
        throw invalid(itemAt, "expected an object but found " + Json.kind(item));
      }
      try {
        result.add(element.apply((Map<String, Object>) item, itemAt));
      } catch (FixtureProblem e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw invalid(itemAt, e.getMessage());
      }
    }
    return result;
  }

  private FixtureProblem invalid(String at, String problem) {
    return new FixtureProblem(at + ": " + problem);
  }

  private static String join(String at, String key) {
    return at.isEmpty() ? key : at + "." + key;
  }

  /** A problem already placed in the document, passed up unchanged. */
  private static final class FixtureProblem extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    FixtureProblem(String message) {
      super(message);
    }
  }
}
