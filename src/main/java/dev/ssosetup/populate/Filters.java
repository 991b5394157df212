package dev.ssosetup.populate;

import dev.ssosetup.aws.Account;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The account and role filters: Java regular expressions that match anywhere in the text ({@code
 * find}), case-sensitively unless they start with {@code (?i)}. An account filter matches the
 * account's name or its ID. A null pattern is no filter.
 */
record Filters(
    Pattern includeAccounts, Pattern excludeAccounts, Pattern includeRoles, Pattern excludeRoles) {

  static final Filters NONE = new Filters(null, null, null, null);

  /**
   * @throws UserFacingException (exit 2, naming the flag) for an invalid expression
   */
  static Filters compile(
      String includeAccounts, String excludeAccounts, String includeRoles, String excludeRoles) {
    return new Filters(
        compile("--include-accounts", includeAccounts),
        compile("--exclude-accounts", excludeAccounts),
        compile("--include-roles", includeRoles),
        compile("--exclude-roles", excludeRoles));
  }

  /** Whether the account's roles are listed and its profiles written. */
  boolean acceptsAccount(Account account) {
    return (includeAccounts == null || matchesAccount(includeAccounts, account))
        && (excludeAccounts == null || !matchesAccount(excludeAccounts, account));
  }

  boolean acceptsRole(String roleName) {
    return (includeRoles == null || includeRoles.matcher(roleName).find())
        && (excludeRoles == null || !excludeRoles.matcher(roleName).find());
  }

  boolean filtersAccounts() {
    return includeAccounts != null || excludeAccounts != null;
  }

  boolean filtersRoles() {
    return includeRoles != null || excludeRoles != null;
  }

  private static boolean matchesAccount(Pattern pattern, Account account) {
    return pattern.matcher(account.name()).find() || pattern.matcher(account.id()).find();
  }

  private static Pattern compile(String flag, String regex) {
    if (regex == null) {
      return null;
    }
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      Text problem =
          e.getIndex() >= 0
              ? Text.of("populate.badRegexAt", flag, e.getDescription(), regex, e.getIndex() + 1)
              : Text.of("populate.badRegex", flag, e.getDescription(), regex);
      throw UserFacingException.usage(problem, Text.of("populate.badRegexHint"));
    }
  }
}
