package dev.ssosetup.populate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.aws.Account;
import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input fails when the options are made, before any network call, naming the flag. */
class PopulateOptionsTest {
  private static final Account PROD = new Account("111122223333", "Production", "p@example.com");

  @ParameterizedTest
  @ValueSource(
      strings = {"--include-accounts", "--exclude-accounts", "--include-roles", "--exclude-roles"})
  void anInvalidRegex_isExit2NamingTheFlag(String flag) {
    assertThatThrownBy(() -> options().filter(flag, "prod(").build())
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
              assertThat(e.getMessage())
                  .startsWith(flag + " is not a valid regular expression: Unclosed group")
                  .contains("'prod('")
                  .doesNotContain("\n");
              assertThat(e.hint()).contains("(?i)");
            });
  }

  @Test
  void anUnknownTemplateField_isExit2NamingTheFieldAndListingTheKnownOnes() {
    assertThatThrownBy(() -> options().template("{account_name}.{role}").build())
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
              assertThat(e.getMessage()).isEqualTo("--template names an unknown field {role}.");
              assertThat(e.hint())
                  .contains(
                      "{account_name}",
                      "{account_id}",
                      "{account_email}",
                      "{role_name}",
                      "{sso_session}");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{account_name", "account_name}.{role_name}", "prod", "{a{b}"})
  void aMalformedTemplate_isExit2(String template) {
    assertThatThrownBy(() -> options().template(template).build())
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
              assertThat(e.getMessage()).startsWith("--template ");
            });
  }

  @Test
  void everyTemplateField_rendersItsValue() {
    ProfileNameTemplate template =
        ProfileNameTemplate.parse(
            "{sso_session}/{account_id}/{account_name}/{account_email}/{role_name}");

    assertThat(template.render(PROD, "Admin", "corp"))
        .isEqualTo("corp/111122223333/Production/p@example.com/Admin");
  }

  @Test
  void badRegionOutputAndRate_areExit2NamingTheFlag() {
    assertThatThrownBy(() -> options().region("Tokyo").build())
        .hasMessageStartingWith("--region: ");
    assertThatThrownBy(() -> options().output("xml").build()).hasMessageStartingWith("--output: ");
    for (double rate :
        new double[] {0, -1, Double.NaN, 1e-300, 0.09, 1001, 1e9, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> options().maxRps(rate).build())
          .as("--max-rps %s", rate)
          .isInstanceOfSatisfying(
              UserFacingException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
          .hasMessageStartingWith("--max-rps must be from 0.1 to 1000 requests per second, not ");
    }
    assertThat(options().maxRps(0.1).build().maxRps()).isEqualTo(0.1);
    assertThat(options().maxRps(1000).build().maxRps()).isEqualTo(1000);
  }

  @Test
  void defaults_areTheDocumentedOnes_andBlankRegionOrOutputMeansNone() {
    PopulateOptions defaults = PopulateOptions.defaults();
    assertThat(defaults.template()).isEqualTo("{account_name}.{role_name}");
    assertThat(defaults.maxRps()).isEqualTo(20);

    PopulateOptions blank = options().region(" ").output("").build();
    assertThat(blank.region()).isNull();
    assertThat(blank.output()).isNull();
    assertThat(options().output("JSON").build().output()).isEqualTo("json");
  }

  @Test
  void accountFilters_matchNameOrIdAnywhere_caseSensitivelyUnlessAskedOtherwise() {
    Filters byName = options().filter("--include-accounts", "duct").build().filters();
    Filters byId = options().filter("--include-accounts", "^1111").build().filters();
    Filters wrongCase = options().filter("--include-accounts", "production").build().filters();
    Filters ignoringCase =
        options().filter("--include-accounts", "(?i)production").build().filters();
    Filters excluded = options().filter("--exclude-accounts", "3333$").build().filters();

    assertThat(byName.acceptsAccount(PROD)).isTrue();
    assertThat(byId.acceptsAccount(PROD)).isTrue();
    assertThat(wrongCase.acceptsAccount(PROD)).isFalse();
    assertThat(ignoringCase.acceptsAccount(PROD)).isTrue();
    assertThat(excluded.acceptsAccount(PROD)).isFalse();
  }

  @Test
  void roleFilters_includeThenExclude() {
    Filters filters =
        options()
            .filter("--include-roles", "Access$")
            .filter("--exclude-roles", "^Admin")
            .build()
            .filters();

    assertThat(filters.acceptsRole("ReadOnlyAccess")).isTrue();
    assertThat(filters.acceptsRole("AdministratorAccess")).isFalse();
    assertThat(filters.acceptsRole("SecurityAudit")).isFalse();
  }

  static Options options() {
    return new Options();
  }

  /**
   * The real builder, with the shorthands tests use: a filter by its flag, and the two switches
   * without a value.
   */
  static final class Options {
    private final PopulateOptions.Builder builder = PopulateOptions.builder();

    Options template(String template) {
      builder.template(template);
      return this;
    }

    Options region(String region) {
      builder.region(region);
      return this;
    }

    Options output(String output) {
      builder.output(output);
      return this;
    }

    Options filter(String flag, String regex) {
      switch (flag) {
        case "--include-accounts" -> builder.includeAccounts(regex);
        case "--exclude-accounts" -> builder.excludeAccounts(regex);
        case "--include-roles" -> builder.includeRoles(regex);
        case "--exclude-roles" -> builder.excludeRoles(regex);
        default -> throw new IllegalArgumentException(flag);
      }
      return this;
    }

    Options prune() {
      builder.prune(true);
      return this;
    }

    Options dryRun() {
      builder.dryRun(true);
      return this;
    }

    Options maxRps(double maxRps) {
      builder.maxRps(maxRps);
      return this;
    }

    PopulateOptions build() {
      return builder.build();
    }
  }
}
