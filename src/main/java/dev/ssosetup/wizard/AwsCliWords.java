package dev.ssosetup.wizard;

import java.util.List;

/**
 * The AWS CLI v2's own words that sso-setup repeats word for word (docs/spec.md §2, §4): the
 * prompts of {@code aws configure sso}, the lines it prints around the account and role and at the
 * end, and the last line of {@code aws sso login}. They stay English in every language: the team
 * guide and the AWS documentation show them so, and a reader compares the screen with theirs. What
 * sso-setup adds around them (hints, results, errors) comes from the message bundles.
 */
public final class AwsCliWords {
  public static final String SESSION_NAME = "SSO session name (Recommended)";
  public static final String START_URL = "SSO start URL";
  public static final String SSO_REGION = "SSO region";
  public static final String SCOPES = "SSO registration scopes";
  public static final String REGION = "Default client Region";
  public static final String OUTPUT = "CLI default output format (json if not specified)";
  public static final String PROFILE = "Profile name";

  /** What a prompt shows in its brackets when it has no default. */
  public static final String NONE = "None";

  /** The warning before a legacy profile, two lines. */
  static final List<String> LEGACY_WARNING =
      List.of(
          "WARNING: Configuring using legacy format (e.g. without an SSO session).",
          "Consider re-running \"configure sso\" command and providing a session name.");

  private AwsCliWords() {}

  static String onlyAccount(String id) {
    return "The only AWS account available to you is: " + id;
  }

  static String accounts(int count) {
    return "There are " + count + " AWS accounts available to you.";
  }

  static String usingAccount(String id) {
    return "Using the account ID " + id;
  }

  static String onlyRole(String role) {
    return "The only role available to you is: " + role;
  }

  static String roles(int count) {
    return "There are " + count + " roles available to you.";
  }

  static String usingRole(String role) {
    return "Using the role name \"" + role + "\"";
  }

  /** The closing words after the profile is written (since 2.24.13). */
  static List<String> closingWords(String profile) {
    if (profile.equals("default")) {
      return List.of(
          "The AWS CLI is now configured to use the default profile.",
          "Run the following command to verify your configuration:",
          "",
          "aws sts get-caller-identity");
    }
    return List.of(
        "To use this profile, specify the profile name using --profile, as shown:",
        "",
        "aws sts get-caller-identity --profile " + profile);
  }

  /** {@code aws sso login}'s last line after a new login. */
  public static String loggedIn(String startUrl) {
    return "Successfully logged into Start URL: " + startUrl;
  }
}
