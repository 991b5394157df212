package dev.ssosetup.populate;

import dev.ssosetup.aws.RateLimiter;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.config.ValueChecks;
import java.util.Locale;

/**
 * What one populate run is asked to do, as the user typed it, checked when made, so that bad input
 * fails (exit 2, naming the flag) before any login or network call.
 *
 * @param template the profile name template; null for {@value ProfileNameTemplate#DEFAULT}
 * @param region the {@code region} to write into every generated profile; null or blank: none
 * @param output the {@code output} to write (json, text, table, yaml, yaml-stream); null or blank:
 *     none
 * @param includeAccounts only accounts whose name or ID this regular expression finds; null: all
 * @param excludeAccounts not the accounts whose name or ID it finds; null: none excluded
 * @param includeRoles only roles whose name it finds; null: all
 * @param excludeRoles not the roles whose name it finds; null: none excluded
 * @param prune remove this session's generated profiles whose account or role is no longer assigned
 * @param dryRun print the change; write nothing
 * @param maxRps portal calls per second at most (the portal throttles at about 20), from 0.1 to
 *     1000
 */
public record PopulateOptions(
    String template,
    String region,
    String output,
    String includeAccounts,
    String excludeAccounts,
    String includeRoles,
    String excludeRoles,
    boolean prune,
    boolean dryRun,
    double maxRps) {

  /** The rate the Identity Center portal allows before it throttles. */
  public static final double DEFAULT_MAX_RPS = RateLimiter.PORTAL_RATE;

  public static final String DEFAULT_TEMPLATE = ProfileNameTemplate.DEFAULT;

  /**
   * @throws UserFacingException (exit 2) naming the flag whose value is invalid
   */
  public PopulateOptions {
    template = template == null ? DEFAULT_TEMPLATE : template;
    ProfileNameTemplate.parse(template);
    region = blankToNull(region);
    if (region != null) {
      Text problem = ValueChecks.regionProblem(region);
      if (problem != null) {
        throw UserFacingException.usage(
            Text.of("populate.invalidValue", "--region", problem), null);
      }
    }
    output = blankToNull(output);
    if (output != null) {
      Text problem = ValueChecks.outputProblem(output);
      if (problem != null) {
        throw UserFacingException.usage(
            Text.of("populate.invalidValue", "--output", problem), null);
      }
      output = output.toLowerCase(Locale.ROOT);
    }
    Filters.compile(includeAccounts, excludeAccounts, includeRoles, excludeRoles);
    RateLimiter.requireValidRate("--max-rps", maxRps);
  }

  /** Every setting at its default: all accounts and roles, no region or output, write, no prune. */
  public static PopulateOptions defaults() {
    return builder().build();
  }

  /** Settings by name, each at its default unless set; checked by {@link Builder#build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Sets the options one by one, by name, instead of ten values in a row. */
  public static final class Builder {
    private String template;
    private String region;
    private String output;
    private String includeAccounts;
    private String excludeAccounts;
    private String includeRoles;
    private String excludeRoles;
    private boolean prune;
    private boolean dryRun;
    private double maxRps = DEFAULT_MAX_RPS;

    private Builder() {}

    public Builder template(String value) {
      this.template = value;
      return this;
    }

    public Builder region(String value) {
      this.region = value;
      return this;
    }

    public Builder output(String value) {
      this.output = value;
      return this;
    }

    public Builder includeAccounts(String value) {
      this.includeAccounts = value;
      return this;
    }

    public Builder excludeAccounts(String value) {
      this.excludeAccounts = value;
      return this;
    }

    public Builder includeRoles(String value) {
      this.includeRoles = value;
      return this;
    }

    public Builder excludeRoles(String value) {
      this.excludeRoles = value;
      return this;
    }

    public Builder prune(boolean value) {
      this.prune = value;
      return this;
    }

    public Builder dryRun(boolean value) {
      this.dryRun = value;
      return this;
    }

    public Builder maxRps(double value) {
      this.maxRps = value;
      return this;
    }

    /**
     * @throws UserFacingException (exit 2) naming the flag whose value is invalid
     */
    public PopulateOptions build() {
      return new PopulateOptions(
          template,
          region,
          output,
          includeAccounts,
          excludeAccounts,
          includeRoles,
          excludeRoles,
          prune,
          dryRun,
          maxRps);
    }
  }

  ProfileNameTemplate nameTemplate() {
    return ProfileNameTemplate.parse(template);
  }

  Filters filters() {
    return Filters.compile(includeAccounts, excludeAccounts, includeRoles, excludeRoles);
  }

  /** Whether the SDK knows the region; an unknown one shaped like a region is written anyway. */
  boolean regionUnknown() {
    return region != null && !ValueChecks.isKnownRegion(region);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
