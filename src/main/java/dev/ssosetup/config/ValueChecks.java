package dev.ssosetup.config;

import dev.ssosetup.aws.PortalNames;
import dev.ssosetup.common.QuotedValue;
import dev.ssosetup.common.Text;
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
 * one. Each check returns null when the value is fine, else a short reason a user can act on, to be
 * rendered in the reader's language.
 */
public final class ValueChecks {
  /**
   * The output formats of the AWS CLI v2 (its {@code CLI_OUTPUT_FORMATS}), compared as written: the
   * CLI stops on {@code JSON} with "Unknown output type", so values are written in lower case.
   */
  public static final List<String> OUTPUT_FORMATS =
      List.of("json", "text", "table", "yaml", "yaml-stream", "off");

  public static final String DEFAULT_SCOPES = "sso:account:access";

  /** The shape of an AWS access portal URL, shown in reasons. */
  private static final String EXAMPLE_START_URL = "https://d-xxxxxxxxxx.awsapps.com/start";

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

  public static Text accountIdProblem(String accountId) {
    if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
      return Text.of("config.check.accountId", printable(accountId));
    }
    return null;
  }

  public static Text startUrlProblem(String startUrl) {
    if (startUrl == null || startUrl.isBlank()) {
      return Text.of("config.check.startUrlNeeded", EXAMPLE_START_URL);
    }
    Text problem = Text.of("config.check.startUrl", EXAMPLE_START_URL, printable(startUrl));
    if (startUrl.chars().anyMatch(Character::isWhitespace)) {
      return problem;
    }
    try {
      URI uri = new URI(startUrl);
      String host = uri.getHost();
      if (!"https".equalsIgnoreCase(uri.getScheme())
          || host == null
          || !HOST.matcher(host).matches()
          || uri.getUserInfo() != null) {
        return problem;
      }
    } catch (URISyntaxException e) {
      return problem;
    }
    return null;
  }

  /**
   * Null for a region the SDK knows or one shaped like a region (then see {@link #isKnownRegion}).
   */
  public static Text regionProblem(String region) {
    if (region == null || region.isBlank()) {
      return Text.of("config.check.regionNeeded");
    }
    if (!REGION_SHAPE.matcher(region).matches()) {
      return Text.of("config.check.region", printable(region));
    }
    return null;
  }

  public static boolean isKnownRegion(String region) {
    return Region.regions().stream().anyMatch(known -> known.id().equals(region));
  }

  /** Registration scopes: comma-separated, none empty, no whitespace inside a scope. */
  public static Text scopesProblem(String scopes) {
    if (scopes == null || scopes.isBlank()) {
      return Text.of("config.check.scopesNeeded", DEFAULT_SCOPES);
    }
    for (String scope : scopes.split(",", -1)) {
      String trimmed = scope.strip();
      if (trimmed.isEmpty()) {
        return Text.of("config.check.scopesEmptyEntry", scopes);
      }
      if (trimmed.chars().anyMatch(Character::isWhitespace)) {
        return Text.of("config.check.scopeSpace", trimmed);
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

  public static Text outputProblem(String output) {
    if (output == null || !OUTPUT_FORMATS.contains(output.toLowerCase(Locale.ROOT))) {
      return Text.of("config.check.output", printable(output), String.join(", ", OUTPUT_FORMATS));
    }
    return null;
  }

  /** A role name as IAM and IAM Identity Center allow it (see {@link PortalNames}). */
  public static Text roleNameProblem(String name) {
    Text problem = PortalNames.roleNameProblem(name);
    return problem == null ? null : Text.of("config.check.roleName", QuotedValue.of(name), problem);
  }

  public static Text profileNameProblem(String name) {
    Text problem = ProfileNames.problem(name);
    return problem == null ? null : Text.of("config.check.profileName", printable(name), problem);
  }

  public static Text sessionNameProblem(String name) {
    Text problem = ProfileNames.problem(name);
    return problem == null ? null : Text.of("config.check.sessionName", printable(name), problem);
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
