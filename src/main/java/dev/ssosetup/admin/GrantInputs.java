package dev.ssosetup.admin;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks {@code admin grant} makes on its input before any AWS call, with the service's own
 * limits (names, lengths, patterns, the 1 to 12 hour session), so that invalid input is refused
 * with exit 2 and nothing changes anywhere.
 */
public final class GrantInputs {
  static final String AWS_MANAGED_PREFIX = "arn:aws:iam::aws:policy/";
  private static final Pattern USER_NAME =
      Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]{1,128}");
  private static final Pattern PERMISSION_SET = Pattern.compile("[\\w+=,.@-]{1,32}");
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
  private static final Pattern POLICY_ARN =
      Pattern.compile(
          "arn:aws(-[a-z]{1,5}){0,3}:iam::aws:policy((/[A-Za-z0-9.,+@=_-]+)*)/[A-Za-z0-9.,+=@_-]+");
  private static final Pattern POLICY_NAME =
      Pattern.compile("([A-Za-z0-9.,+@=_-]+/)*[A-Za-z0-9.,+=@_-]+");
  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
  private static final Set<String> RESERVED = Set.of("administrator", "awsadministrators");

  private GrantInputs() {}

  /** A user name the identity store accepts (printable, no spaces, 1 to 128, not reserved). */
  public static String userProblem(String name) {
    if (name == null || !USER_NAME.matcher(name).matches()) {
      return "admin.grant.badUser";
    }
    return RESERVED.contains(name.toLowerCase(Locale.ROOT)) ? "admin.grant.reservedName" : null;
  }

  public static String emailProblem(String email) {
    return email != null && email.length() <= 128 && EMAIL.matcher(email).matches()
        ? null
        : "admin.grant.badEmail";
  }

  /** A given, family or display name: 1 to 1024 characters, no control characters. */
  public static String nameProblem(String name) {
    return name != null && !name.isBlank() && name.length() <= 1024 && printable(name)
        ? null
        : "admin.grant.badName";
  }

  public static String groupProblem(String name) {
    if (name == null || name.isBlank() || name.length() > 1024 || !printable(name)) {
      return "admin.grant.badGroup";
    }
    return RESERVED.contains(name.toLowerCase(Locale.ROOT)) ? "admin.grant.reservedName" : null;
  }

  public static String permissionSetProblem(String name) {
    return name != null && PERMISSION_SET.matcher(name).matches()
        ? null
        : "admin.grant.badPermissionSet";
  }

  /**
   * The session duration as the service takes it, or a problem key (not ISO-8601, or out of range).
   */
  public static String durationProblem(String value) {
    Duration duration;
    try {
      duration = Duration.parse(value);
    } catch (DateTimeParseException | NullPointerException e) {
      return "admin.grant.badDuration";
    }
    return duration.compareTo(Duration.ofHours(1)) < 0
            || duration.compareTo(Duration.ofHours(12)) > 0
        ? "admin.grant.durationRange"
        : null;
  }

  /**
   * A managed policy as an ARN: a bare name or {@code path/name} means an AWS managed policy
   * ({@code arn:aws:iam::aws:policy/NAME}); only AWS managed policies can be attached this way.
   */
  public static String policyArn(String policy) {
    if (policy == null || policy.isBlank()) {
      throw AdminProblem.input("admin.grant.badPolicy", String.valueOf(policy));
    }
    String arn = policy.startsWith("arn:") ? policy : AWS_MANAGED_PREFIX + policy;
    if (policy.startsWith("arn:") && policy.matches("arn:[^:]*:iam::\\d{12}:policy/.*")) {
      throw AdminProblem.input("admin.grant.customerPolicy", policy);
    }
    if (!(policy.startsWith("arn:") || POLICY_NAME.matcher(policy).matches())
        || !POLICY_ARN.matcher(arn).matches()) {
      throw AdminProblem.input("admin.grant.badPolicy", policy);
    }
    return arn;
  }

  public static boolean isAccountId(String account) {
    return account != null && ACCOUNT_ID.matcher(account).matches();
  }

  /**
   * Checks every given value and the ones a run needs; returns the request with policies as ARNs,
   * without duplicates, and the session duration in its normal form.
   *
   * @throws AdminProblem (exit 2) naming the first problem
   */
  public static GrantRequest check(GrantRequest request) {
    require(request.user(), "--user");
    require(request.permissionSet(), "--permission-set");
    if (request.accounts().isEmpty()) {
      throw AdminProblem.input("admin.grant.missing", "--account");
    }
    return checkGiven(request);
  }

  /**
   * Checks the values that were given, leaving out the ones still to be asked for; returns the
   * request in the normal form of {@link #check}.
   */
  public static GrantRequest checkGiven(GrantRequest request) {
    if (request.user() != null) {
      check(userProblem(request.user()), request.user());
    }
    if (request.email() != null) {
      check(emailProblem(request.email()), request.email());
    }
    for (String name :
        new String[] {request.givenName(), request.familyName(), request.displayName()}) {
      if (name != null) {
        check(nameProblem(name), name);
      }
    }
    if (request.group() != null) {
      check(groupProblem(request.group()), request.group());
    }
    if (request.permissionSet() != null) {
      check(permissionSetProblem(request.permissionSet()), request.permissionSet());
    }
    Set<String> policies = new LinkedHashSet<>();
    request.managedPolicies().forEach(policy -> policies.add(policyArn(policy)));
    String duration = null;
    if (request.sessionDuration() != null) {
      check(durationProblem(request.sessionDuration()), request.sessionDuration());
      duration = Duration.parse(request.sessionDuration()).toString();
    }
    for (String account : request.accounts()) {
      if (account == null || account.isBlank() || !printable(account)) {
        throw AdminProblem.input("admin.grant.badAccount", String.valueOf(account));
      }
    }
    return request.withPermissionSet(request.permissionSet(), new ArrayList<>(policies), duration);
  }

  private static void require(String value, String flag) {
    if (value == null) {
      throw AdminProblem.input("admin.grant.missing", flag);
    }
  }

  private static void check(String problem, String value) {
    if (problem != null) {
      throw AdminProblem.input(problem, value);
    }
  }

  /** No control characters (C0, DEL, C1) and no line or paragraph separators. */
  static boolean printable(String text) {
    return text.codePoints()
        .noneMatch(
            c ->
                Character.isISOControl(c)
                    || c == 0x2028
                    || c == 0x2029
                    || Character.getType(c) == Character.FORMAT);
  }
}
