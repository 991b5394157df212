package dev.ssosetup.aws;

import dev.ssosetup.common.Text;
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
  public static Text roleNameProblem(String name) {
    if (name == null || name.isEmpty()) {
      return Text.of("aws.roleName.empty");
    }
    if (name.length() > MAX_ROLE_NAME) {
      return Text.of("aws.roleName.tooLong", MAX_ROLE_NAME);
    }
    if (!ROLE_NAME.matcher(name).matches()) {
      return Text.of("aws.roleName.characters");
    }
    return null;
  }

  /** Null for a valid account ID, else a short reason. */
  public static Text accountIdProblem(String id) {
    if (id == null || !ACCOUNT_ID.matcher(id).matches()) {
      return Text.of("aws.accountId.digits");
    }
    return null;
  }
}
