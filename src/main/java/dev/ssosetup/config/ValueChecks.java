package dev.ssosetup.config;

import dev.ssosetup.aws.PortalNames;
import dev.ssosetup.common.QuotedValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awssdk.regions.Region;

/**
 * What a valid value of each config setting is (account ID, start URL, region, scopes, output
 * format, role, profile and sso-session names), shared by every command that asks for one or reads
 * one. Each check returns null when the value is fine, else a short reason a user can act on.
 */
public final class ValueChecks {
  /**
   * The output formats of the AWS CLI v2 (its {@code CLI_OUTPUT_FORMATS}), compared as written: the
   * CLI stops on {@code JSON} with "Unknown output type", so values are written in lower case.
   */
  public static final List<String> OUTPUT_FORMATS =
      List.of("json", "text", "table", "yaml", "yaml-stream", "off");

  public static final String DEFAULT_SCOPES = "sso:account:access";

  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
  private static final Pattern REGION_SHAPE = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
  private static final Pattern HOST =
      Pattern.compile(
          "(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

  private ValueChecks() {}

  /** Every region the SDK knows, sorted, for completion. */
  public static List<String> knownRegions() {
    return Region.regions().stream()
        .filter(region -> !region.isGlobalRegion())
        .map(Region::id)
        .sorted()
        .collect(Collectors.toList());
  }

  public static String accountIdProblem(String accountId) {
    if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
      return "an AWS account ID is exactly 12 digits, got '" + printable(accountId) + "'";
    }
    return null;
  }

  public static String startUrlProblem(String startUrl) {
    if (startUrl == null || startUrl.isBlank()) {
      return "the start URL is needed: the AWS access portal URL, such as"
          + " https://d-xxxxxxxxxx.awsapps.com/start";
    }
    String problem =
        "the start URL must be an https:// URL such as https://d-xxxxxxxxxx.awsapps.com/start";
    if (startUrl == null
        || startUrl.isBlank()
        || startUrl.chars().anyMatch(Character::isWhitespace)) {
      return problem + ", got '" + printable(startUrl) + "'";
    }
    try {
      URI uri = new URI(startUrl);
      String host = uri.getHost();
      if (!"https".equalsIgnoreCase(uri.getScheme())
          || host == null
          || !HOST.matcher(host).matches()
          || uri.getUserInfo() != null) {
        return problem + ", got '" + startUrl + "'";
      }
    } catch (URISyntaxException e) {
      return problem + ", got '" + startUrl + "'";
    }
    return null;
  }

  /**
   * Null for a region the SDK knows or one shaped like a region (then see {@link #isKnownRegion}).
   */
  public static String regionProblem(String region) {
    if (region == null || region.isBlank()) {
      return "a region is needed (for example us-east-1 or ap-northeast-1)";
    }
    if (!REGION_SHAPE.matcher(region).matches()) {
      return "'"
          + printable(region)
          + "' is not an AWS region (for example us-east-1 or ap-northeast-1)";
    }
    return null;
  }

  public static boolean isKnownRegion(String region) {
    return Region.regions().stream().anyMatch(known -> known.id().equals(region));
  }

  /** Registration scopes: comma-separated, none empty, no whitespace inside a scope. */
  public static String scopesProblem(String scopes) {
    if (scopes == null || scopes.isBlank()) {
      return "name at least one registration scope, for example " + DEFAULT_SCOPES;
    }
    for (String scope : scopes.split(",", -1)) {
      String trimmed = scope.strip();
      if (trimmed.isEmpty()) {
        return "the registration scopes '" + scopes + "' have an empty entry";
      }
      if (trimmed.chars().anyMatch(Character::isWhitespace)) {
        return "the registration scope '"
            + trimmed
            + "' contains whitespace; separate scopes with commas";
      }
    }
    return null;
  }

  /** The scopes as written to the config: comma-separated with no spaces. */
  public static String normalizeScopes(String scopes) {
    List<String> parts = new ArrayList<>();
    for (String scope : scopes.split(",")) {
      parts.add(scope.strip());
    }
    return String.join(",", parts);
  }

  /** The output format as the AWS CLI reads it (lower case), or null. */
  public static String normalizeOutput(String output) {
    return output == null ? null : output.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The first AWS CLI version that reads this output format, when the AWS CLI v1 does not (it knows
   * only json, text and table): {@code 2.0.0} for yaml and yaml-stream, {@code 2.34.0} for off.
   * Null for a format every version reads.
   */
  public static String awsCliVersionNeeded(String output) {
    return switch (normalizeOutput(output) == null ? "" : normalizeOutput(output)) {
      case "yaml", "yaml-stream" -> "2.0.0";
      case "off" -> "2.34.0";
      default -> null;
    };
  }

  public static String outputProblem(String output) {
    if (output == null || !OUTPUT_FORMATS.contains(output.toLowerCase(Locale.ROOT))) {
      return "'"
          + printable(output)
          + "' is not an output format; use one of "
          + String.join(", ", OUTPUT_FORMATS);
    }
    return null;
  }

  /** A role name as IAM and IAM Identity Center allow it (see {@link PortalNames}). */
  public static String roleNameProblem(String name) {
    String problem = PortalNames.roleNameProblem(name);
    return problem == null ? null : QuotedValue.of(name) + " is not a role name: " + problem;
  }

  public static String profileNameProblem(String name) {
    String problem = ProfileNames.problem(name);
    return problem == null
        ? null
        : "the profile name '" + printable(name) + "' is not valid: " + problem;
  }

  public static String sessionNameProblem(String name) {
    String problem = ProfileNames.problem(name);
    return problem == null
        ? null
        : "the sso-session name '" + printable(name) + "' is not valid: " + problem;
  }

  /** The set of output formats, for completion. */
  public static Set<String> outputFormats() {
    return Set.copyOf(OUTPUT_FORMATS);
  }

  private static String printable(String value) {
    if (value == null) {
      return "";
    }
    return value.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
  }
}
