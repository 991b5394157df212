package dev.ssosetup.aws;

import java.util.regex.Pattern;

/**
 * What the AWS access portal may call an account or a role, as the services define them; anything
 * else (a line break, a terminal escape, a space) is refused before it can reach a file or a
 * terminal. See docs/security.md for the sources of the patterns.
 */
public final class PortalNames {
  /**
   * A role name: the pattern of an IAM role name ({@code RoleName} of IAM's {@code CreateRole}) and
   * of a permission set's name ({@code Name} of sso-admin's {@code CreatePermissionSet}), which is
   * what the portal lists as the role: letters, digits and {@code _ + = , . @ -}.
   */
  private static final Pattern ROLE_NAME = Pattern.compile("[A-Za-z0-9_+=,.@-]+");

  /** IAM's longest role name; a permission set's name is at most 32. */
  static final int MAX_ROLE_NAME = 64;

  private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");

  private PortalNames() {}

  /** Null for a valid role name, else a short reason. */
  public static String roleNameProblem(String name) {
    if (name == null || name.isEmpty()) {
      return "a role name cannot be empty";
    }
    if (name.length() > MAX_ROLE_NAME) {
      return "a role name has at most " + MAX_ROLE_NAME + " characters";
    }
    if (!ROLE_NAME.matcher(name).matches()) {
      return "a role name has only letters, digits and _ + = , . @ -";
    }
    return null;
  }

  /** Null for a valid account ID, else a short reason. */
  public static String accountIdProblem(String id) {
    if (id == null || !ACCOUNT_ID.matcher(id).matches()) {
      return "an AWS account ID is exactly 12 digits";
    }
    return null;
  }
}
