package dev.ssosetup.credentials;

import dev.ssosetup.credentials.CredentialsException.Problem;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The AWS partitions a console link can be made for, with their sign-in and console hosts. The
 * sign-in (federation) host is regional: {@code <region>.signin.<domain>}, except in the region
 * whose host has no prefix (us-east-1, us-gov-west-1, cn-north-1); the console is {@code
 * <region>.console.aws.amazon.com} in the aws partition and one host in the others.
 */
public enum Partition {
  AWS("aws.amazon.com", "us-east-1", true),
  AWS_US_GOV("amazonaws-us-gov.com", "us-gov-west-1", false),
  AWS_CN("amazonaws.cn", "cn-north-1", false);

  /** A region name as AWS makes them: {@code ap-northeast-1}, {@code us-gov-west-1}. */
  private static final Pattern REGION = Pattern.compile("[a-z]{2,4}(-[a-z]+)+-[0-9]{1,2}");

  private final String domain;
  private final String unprefixedRegion;
  private final boolean regionalConsole;

  Partition(String domain, String unprefixedRegion, boolean regionalConsole) {
    this.domain = domain;
    this.unprefixedRegion = unprefixedRegion;
    this.regionalConsole = regionalConsole;
  }

  /**
   * The partition of a region.
   *
   * @throws CredentialsException ({@code UNSUPPORTED_REGION}) for a malformed region, or one of a
   *     partition without a public console (the ISO partitions, the European Sovereign Cloud)
   */
  public static Partition of(String region) {
    if (region == null || !REGION.matcher(region).matches()) {
      throw new CredentialsException(Problem.UNSUPPORTED_REGION, String.valueOf(region), null);
    }
    String lower = region.toLowerCase(Locale.ROOT);
    if (lower.startsWith("us-gov-")) {
      return AWS_US_GOV;
    }
    if (lower.startsWith("cn-")) {
      return AWS_CN;
    }
    if (lower.matches("[a-z]+-iso[a-z]?-.*") || lower.startsWith("eusc-")) {
      throw new CredentialsException(Problem.UNSUPPORTED_REGION, region, null);
    }
    return AWS;
  }

  /** The sign-in host for credentials from this region ({@code signin.aws.amazon.com}, ...). */
  public String signinHost(String region) {
    return region.equals(unprefixedRegion) ? "signin." + domain : region + ".signin." + domain;
  }

  /** The console host for a region ({@code ap-northeast-1.console.aws.amazon.com}, ...). */
  public String consoleHost(String region) {
    return regionalConsole ? region + ".console." + domain : "console." + domain;
  }

  /** Whether a host is one of this partition's consoles: {@code console.<domain>} or below it. */
  public boolean isConsoleHost(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    return lower.equals("console." + domain) || lower.endsWith(".console." + domain);
  }
}
