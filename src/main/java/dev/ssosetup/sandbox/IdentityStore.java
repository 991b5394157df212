package dev.ssosetup.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The identity store of the instance: its users, groups and group memberships, with ids in the
 * service's form ({@code <10 hex of the store>-<uuid>}). User names and group display names are
 * unique, compared without regard to case as the service does. Thread-safe.
 */
final class IdentityStore {
  /** A user as DescribeUser shows it. */
  record User(
      String id,
      String userName,
      String displayName,
      String givenName,
      String familyName,
      String email,
      Instant created) {}

  /** A group as DescribeGroup shows it. */
  record Group(String id, String displayName, String description, Instant created) {}

  private final String id;
  private final Map<String, User> users = new LinkedHashMap<>();
  private final Map<String, Group> groups = new LinkedHashMap<>();
  // group id -> member user id -> membership id
  private final Map<String, Map<String, String>> memberships = new ConcurrentHashMap<>();

  IdentityStore(String id) {
    this.id = id;
  }

  /** The store's id, {@code d-} and ten hex digits. */
  String id() {
    return id;
  }

  /** A new resource id of this store. */
  String newResourceId() {
    return id.substring(2) + "-" + UUID.randomUUID();
  }

  /** Adds a user; null when the user name is taken. */
  synchronized User createUser(
      String userName,
      String displayName,
      String givenName,
      String familyName,
      String email,
      Instant now) {
    if (userByName(userName) != null) {
      return null;
    }
    User user = new User(newResourceId(), userName, displayName, givenName, familyName, email, now);
    users.put(user.id(), user);
    return user;
  }

  synchronized User user(String userId) {
    return users.get(userId);
  }

  synchronized User userByName(String userName) {
    return byName(users, User::userName, userName);
  }

  synchronized List<User> users() {
    return new ArrayList<>(users.values());
  }

  /** Adds a group; null when the display name is taken. */
  synchronized Group createGroup(String displayName, String description, Instant now) {
    if (groupByName(displayName) != null) {
      return null;
    }
    Group group = new Group(newResourceId(), displayName, description, now);
    groups.put(group.id(), group);
    return group;
  }

  synchronized Group group(String groupId) {
    return groups.get(groupId);
  }

  synchronized Group groupByName(String displayName) {
    return byName(groups, Group::displayName, displayName);
  }

  synchronized List<Group> groups() {
    return new ArrayList<>(groups.values());
  }

  /** Puts a user in a group; null when they are already a member. */
  synchronized String addMember(String groupId, String userId) {
    Map<String, String> members = memberships.computeIfAbsent(groupId, g -> new LinkedHashMap<>());
    if (members.containsKey(userId)) {
      return null;
    }
    String membershipId = newResourceId();
    members.put(userId, membershipId);
    return membershipId;
  }

  /** The membership id of a user in a group, or null. */
  synchronized String membership(String groupId, String userId) {
    Map<String, String> members = memberships.get(groupId);
    return members == null ? null : members.get(userId);
  }

  /** The ids of the groups a user is in. */
  synchronized Set<String> groupsOf(String userId) {
    Set<String> result = new java.util.HashSet<>();
    memberships.forEach(
        (groupId, members) -> {
          if (members.containsKey(userId)) {
            result.add(groupId);
          }
        });
    return result;
  }

  /** The one whose unique name is {@code name}, compared without regard to case, or null. */
  private static <T> T byName(Map<String, T> byId, Function<T, String> unique, String name) {
    return byId.values().stream()
        .filter(item -> unique.apply(item).equalsIgnoreCase(name))
        .findFirst()
        .orElse(null);
  }
}
