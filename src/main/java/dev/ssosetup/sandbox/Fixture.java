package dev.ssosetup.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The organisation a sandbox serves: the Identity Center instance (start URL, region), its accounts
 * with their roles (permission sets) and the buckets each role sees, and its users with their
 * assignments. The first user is the one who is signed in, whoever approves a login.
 *
 * <p>Built in: {@link #small()} (the team-guide scenario), {@link #medium()}, and {@link
 * #generated(int, int)} for large organisations; any other comes from JSON ({@link
 * #fromJson(Path)}, format as in {@code small.json} beside this class).
 */
public record Fixture(
    String startUrl,
    String region,
    List<Account> accounts,
    List<User> users,
    String managementAccount,
    List<PermissionSetSpec> permissionSets) {
  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
  private static final String GENERATED_START_URL = "https://d-9067a1b2c3.awsapps.com/start";
  private static final String GENERATED_REGION = "ap-northeast-1";
  private static final List<String> GENERATED_ROLES =
      List.of(
          "AdministratorAccess",
          "ReadOnlyAccess",
          "S3DynamoDBAccess",
          "PowerUserAccess",
          "BillingAccess",
          "ViewOnlyAccess",
          "DatabaseAdministrator",
          "NetworkAdministrator",
          "SecurityAudit",
          "DataScientist");
  // Roles of the generated organisation that see no S3 buckets (AccessDenied on ListBuckets).
  private static final Set<String> GENERATED_ROLES_WITHOUT_S3 = Set.of("BillingAccess");
  private static final List<String> ENVIRONMENTS = List.of("prod", "dev", "staging", "sandbox");

  /**
   * An AWS account in the organisation; {@code buckets} are those a permission set created later by
   * an administrator sees when its policies allow S3 (a fixture role keeps its own).
   */
  public record Account(
      String id, String name, String email, List<Role> roles, List<Bucket> buckets) {
    public Account {
      require(
          id != null && ACCOUNT_ID.matcher(id).matches(), "account id must be 12 digits: " + id);
      requireText(name, "account " + id + " needs a name");
      email = email == null ? "" : email;
      roles = List.copyOf(roles);
      buckets = List.copyOf(buckets);
      Set<String> names = new HashSet<>();
      for (Role role : roles) {
        require(names.add(role.name()), "account " + id + " has role " + role.name() + " twice");
      }
    }

    public Account(String id, String name, String email, List<Role> roles) {
      this(id, name, email, roles, List.of());
    }

    public Optional<Role> role(String roleName) {
      return roles.stream().filter(r -> r.name().equals(roleName)).findFirst();
    }
  }

  /**
   * A permission set assigned in an account; {@code s3Access} false makes ListBuckets answer
   * AccessDenied, as for a role whose policies do not allow {@code s3:ListAllMyBuckets}.
   */
  public record Role(String name, boolean s3Access, List<Bucket> buckets) {
    public Role {
      requireText(name, "a role needs a name");
      buckets = List.copyOf(buckets);
      require(s3Access || buckets.isEmpty(), "role " + name + " has buckets but no S3 access");
      Set<String> names = new HashSet<>();
      for (Bucket bucket : buckets) {
        require(
            names.add(bucket.name()), "role " + name + " has bucket " + bucket.name() + " twice");
      }
    }

    /** A role with S3 access that sees the given buckets. */
    public static Role withBuckets(String name, Bucket... buckets) {
      return new Role(name, true, List.of(buckets));
    }

    /** A role whose policies do not allow S3. */
    public static Role withoutS3(String name) {
      return new Role(name, false, List.of());
    }
  }

  /** An S3 bucket as ListBuckets shows it. */
  public record Bucket(String name, Instant creationDate) {
    public Bucket {
      require(name != null && BUCKET.matcher(name).matches(), "invalid S3 bucket name: " + name);
      Objects.requireNonNull(creationDate, "creationDate");
    }
  }

  /** A user of the Identity Center instance, their email and the roles assigned to them. */
  public record User(String name, String email, List<Assignment> assignments) {
    public User {
      requireText(name, "a user needs a name");
      email = email == null ? "" : email;
      assignments = List.copyOf(assignments);
    }

    public User(String name, List<Assignment> assignments) {
      this(name, "", assignments);
    }
  }

  /**
   * The managed policies, session duration and description of a fixture role's permission set (a
   * role without one has no policies and a one-hour session).
   */
  public record PermissionSetSpec(
      String name, List<String> managedPolicies, String sessionDuration, String description) {
    public PermissionSetSpec {
      requireText(name, "a permission set needs a name");
      managedPolicies = List.copyOf(managedPolicies);
      sessionDuration = sessionDuration == null ? "PT1H" : sessionDuration;
      description = description == null ? "" : description;
    }
  }

  /** A role of an account assigned to a user. */
  public record Assignment(String accountId, String roleName) {
    public Assignment {
      Objects.requireNonNull(accountId, "accountId");
      Objects.requireNonNull(roleName, "roleName");
    }
  }

  public Fixture {
    require(
        startUrl != null && isHttpsUrl(startUrl), "start URL must be an https:// URL: " + startUrl);
    require(region != null && REGION.matcher(region).matches(), "invalid region: " + region);
    accounts = List.copyOf(accounts);
    users = List.copyOf(users);
    permissionSets = List.copyOf(permissionSets);
    require(!users.isEmpty(), "a fixture needs at least one user (the first one signs in)");
    Map<String, Account> byId = new HashMap<>();
    for (Account account : accounts) {
      require(
          byId.put(account.id(), account) == null, "account " + account.id() + " appears twice");
    }
    if (managementAccount == null && !accounts.isEmpty()) {
      managementAccount = accounts.get(0).id();
    }
    require(
        managementAccount == null || byId.containsKey(managementAccount),
        "the management account " + managementAccount + " is not one of the accounts");
    Set<String> setNames = new HashSet<>();
    for (PermissionSetSpec set : permissionSets) {
      require(setNames.add(set.name()), "permission set " + set.name() + " appears twice");
    }
    Set<String> userNames = new HashSet<>();
    for (User user : users) {
      require(userNames.add(user.name()), "user " + user.name() + " appears twice");
      for (Assignment assignment : user.assignments()) {
        Account account = byId.get(assignment.accountId());
        require(
            account != null && account.role(assignment.roleName()).isPresent(),
            "user "
                + user.name()
                + " is assigned "
                + assignment.roleName()
                + " in account "
                + assignment.accountId()
                + ", which the fixture does not have");
      }
    }
  }

  /** An organisation whose management account is its first, with no permission set details. */
  public Fixture(String startUrl, String region, List<Account> accounts, List<User> users) {
    this(startUrl, region, accounts, users, null, List.of());
  }

  /**
   * The team-guide scenario: user {@code workday_worker} with permission set {@code
   * S3DynamoDBAccess} on one account that has buckets, and an administrator ({@code admin}, with
   * {@code AdministratorAccess} on the management account) who may use the admin APIs.
   */
  public static Fixture small() {
    return fromResource("small");
  }

  /**
   * Several accounts and roles: names with spaces and brackets ({@code Sandbox [dev] team}), a role
   * without S3, an account with no buckets, and an account assigned only to another user.
   */
  public static Fixture medium() {
    return fromResource("medium");
  }

  /**
   * Accounts named in Japanese ({@code 本番環境}, {@code 検証環境 (チーム A)}) next to an ASCII one, for
   * checking that tables and the picker line up by display width.
   */
  public static Fixture japanese() {
    return fromResource("japanese");
  }

  /**
   * A large organisation with deterministic names: {@code accounts} accounts ({@code Workload 0001
   * (prod)}, ids from 100000000001), each with the first {@code rolesPerAccount} of a list of
   * common permission sets, all assigned to {@code workday_worker}.
   */
  public static Fixture generated(int accounts, int rolesPerAccount) {
    require(accounts >= 1 && accounts <= 100_000, "accounts must be 1 to 100000: " + accounts);
    require(
        rolesPerAccount >= 1 && rolesPerAccount <= 100,
        "roles per account must be 1 to 100: " + rolesPerAccount);
    Instant epoch = Instant.parse("2024-01-01T09:00:00Z");
    List<Account> accountList = new ArrayList<>(accounts);
    List<Assignment> assignments = new ArrayList<>(accounts * rolesPerAccount);
    for (int i = 1; i <= accounts; i++) {
      String id = String.format(Locale.ROOT, "%012d", 100_000_000_000L + i);
      String number = String.format(Locale.ROOT, "%04d", i);
      String environment = ENVIRONMENTS.get((i - 1) % ENVIRONMENTS.size());
      String bucketStem = "workload-" + number + "-" + environment;
      Instant created = epoch.plus(Duration.ofHours(i));
      List<Role> roles = new ArrayList<>(rolesPerAccount);
      for (int r = 0; r < rolesPerAccount; r++) {
        String roleName =
            r < GENERATED_ROLES.size()
                ? GENERATED_ROLES.get(r)
                : String.format(Locale.ROOT, "CustomRole%02d", r + 1);
        roles.add(
            GENERATED_ROLES_WITHOUT_S3.contains(roleName)
                ? Role.withoutS3(roleName)
                : Role.withBuckets(
                    roleName,
                    new Bucket(bucketStem + "-data", created),
                    new Bucket(bucketStem + "-logs", created.plus(Duration.ofMinutes(5)))));
        assignments.add(new Assignment(id, roleName));
      }
      accountList.add(
          new Account(
              id,
              "Workload " + number + " (" + environment + ")",
              "aws+workload-" + number + "@example.com",
              roles));
    }
    return new Fixture(
        GENERATED_START_URL,
        GENERATED_REGION,
        accountList,
        List.of(new User("workday_worker", assignments)));
  }

  /** Reads a fixture from a JSON file in the format of the built-in ones. */
  public static Fixture fromJson(Path file) {
    try {
      return FixtureJson.read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the fixture " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a fixture from JSON text; {@code source} names it in error messages. */
  public static Fixture fromJson(String json, String source) {
    return FixtureJson.read(json, source);
  }

  /**
   * The start of the team guide: the organisation of {@link #small()} before the administrator's
   * half, where only {@code admin} exists; {@code workday_worker} and {@code S3DynamoDBAccess} are
   * what {@code sso-setup admin grant} creates. The administrator is the one who signs in.
   */
  public static Fixture guide() {
    return fromResource("guide");
  }

  private static Fixture fromResource(String name) {
    String resource = name + ".json";
    try (InputStream in = Fixture.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The built-in fixture " + resource + " is missing");
      }
      return FixtureJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The user who is signed in whenever a login is approved: the first one. */
  public String signedInUser() {
    return users.get(0).name();
  }

  public Optional<Account> account(String accountId) {
    return accounts.stream().filter(a -> a.id().equals(accountId)).findFirst();
  }

  public Optional<User> user(String name) {
    return users.stream().filter(u -> u.name().equals(name)).findFirst();
  }

  /** How many roles the accounts have between them (a role in two accounts counts twice). */
  public int roleCount() {
    return accounts.stream().mapToInt(a -> a.roles().size()).sum();
  }

  private static boolean isHttpsUrl(String url) {
    try {
      URI uri = new URI(url);
      return "https".equals(uri.getScheme()) && uri.getHost() != null;
    } catch (Exception e) {
      return false;
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  private static void requireText(String value, String message) {
    require(value != null && !value.isBlank(), message);
  }
}
