package dev.ssosetup.populate;

import static dev.ssosetup.populate.PopulateOptionsTest.options;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.aws.Account;
import dev.ssosetup.common.Text;
import dev.ssosetup.config.AwsConfigDocument;
import dev.ssosetup.config.SectionId;
import dev.ssosetup.populate.PopulateReport.Clash;
import dev.ssosetup.populate.PopulateReport.Skip;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plan alone: what the portal listed plus the file as it is, to edits and a report. */
class PopulatePlanTest {
  static final Account PROD = new Account("111122223333", "Production", "prod@example.com");
  static final Account PROD_EU = new Account("222233334444", "Production", "prod-eu@example.com");
  static final Account DEV = new Account("333344445555", "Sandbox [dev] team", "dev@example.com");
  static final Account LOGS = new Account("444455556666", "Log Archive", "logs@example.com");

  @Test
  void intoAnEmptyFile_writesOneProfilePerAccountAndRole_sortedByAccountNameThenRole() {
    Listing listing = listing(Map.of(DEV, List.of("ReadOnly", "Admin"), LOGS, List.of("ReadOnly")));

    String text = populate("", listing, options().build());

    assertThat(text)
        .isEqualTo(
            "[profile Log-Archive.ReadOnly]\n"
                + "sso_session = corp\n"
                + "sso_account_id = 444455556666\n"
                + "sso_role_name = ReadOnly\n"
                + "sso_setup_populated = corp\n"
                + "\n"
                + "[profile Sandbox-dev-team.Admin]\n"
                + "sso_session = corp\n"
                + "sso_account_id = 333344445555\n"
                + "sso_role_name = Admin\n"
                + "sso_setup_populated = corp\n"
                + "\n"
                + "[profile Sandbox-dev-team.ReadOnly]\n"
                + "sso_session = corp\n"
                + "sso_account_id = 333344445555\n"
                + "sso_role_name = ReadOnly\n"
                + "sso_setup_populated = corp\n");
  }

  @Test
  void regionAndOutput_areWrittenWhenGiven() {
    AwsConfigDocument document = AwsConfigDocument.empty();

    plan(
        document,
        listing(Map.of(PROD, List.of("Admin"))),
        options().region("eu-west-1").output("yaml").build());

    assertThat(document.properties(SectionId.profile("Production.Admin")))
        .containsExactly(
            Map.entry("sso_session", "corp"),
            Map.entry("sso_account_id", "111122223333"),
            Map.entry("sso_role_name", "Admin"),
            Map.entry("region", "eu-west-1"),
            Map.entry("output", "yaml"),
            Map.entry("sso_setup_populated", "corp"));
  }

  @Test
  void twoAccountsWithOneName_clash_theSecondByIdGetsTheAccountIdSuffix_andItIsReported() {
    AwsConfigDocument document = AwsConfigDocument.empty();

    PopulateReport report =
        plan(
            document,
            listing(Map.of(PROD_EU, List.of("Admin"), PROD, List.of("Admin"))),
            options().build());

    assertThat(report.added()).containsExactly("Production.Admin", "Production.Admin-222233334444");
    assertThat(document.get(SectionId.profile("Production.Admin"), "sso_account_id"))
        .contains("111122223333");
    assertThat(report.clashes())
        .containsExactly(
            new Clash(
                "Production.Admin",
                "Production.Admin-222233334444",
                "222233334444",
                "Admin",
                Text.of("populate.holder.pair", "111122223333", "Admin")));
  }

  @Test
  void aTemplateWithoutTheRole_numbersTheRolesOfOneAccount() {
    AwsConfigDocument document = AwsConfigDocument.empty();

    PopulateReport report =
        plan(
            document,
            listing(Map.of(PROD, List.of("A", "B", "C"))),
            options().template("{account_name}").build());

    assertThat(report.added())
        .containsExactly("Production", "Production-111122223333", "Production-111122223333-2");
    assertThat(report.clashes()).hasSize(2);
  }

  @Test
  void theNameDefault_isNeverGenerated_evenWhenNoDefaultProfileExists() {
    AwsConfigDocument document = AwsConfigDocument.empty();
    Account named = new Account("111122223333", "default", "x@example.com");

    PopulateReport report =
        plan(
            document,
            listing(Map.of(named, List.of("Admin"))),
            options().template("{account_name}").build());

    assertThat(report.added()).containsExactly("default-111122223333");
    assertThat(report.clashes())
        .extracting(clash -> clash.takenBy().toString())
        .containsExactly("the default profile's name");
    assertThat(document.contains(SectionId.profile("default"))).isFalse();
  }

  @Test
  void aHandMadeProfileWithTheGeneratedName_isLeftAlone_andTheAssignmentSkipped() {
    String handMade =
        "[profile Production.Admin]\n"
            + "sso_session = corp\n"
            + "sso_account_id = 111122223333\n"
            + "sso_role_name = Admin\n"
            + "region = us-east-1 # mine\n";
    AwsConfigDocument document = AwsConfigDocument.parse(handMade);

    PopulateReport report =
        plan(
            document,
            listing(Map.of(PROD, List.of("Admin", "ReadOnly"))),
            options().region("eu-west-1").build());

    assertThat(report.skipped())
        .containsExactly(new Skip("Production.Admin", "111122223333", "Admin"));
    assertThat(report.added()).containsExactly("Production.ReadOnly");
    assertThat(document.render()).startsWith(handMade + "\n[profile Production.ReadOnly]\n");
  }

  @Test
  void anotherSessionsGeneratedProfile_isAClash_notOverwritten() {
    String other =
        "[profile Production.Admin]\n"
            + "sso_session = other\n"
            + "sso_account_id = 999988887777\n"
            + "sso_role_name = Admin\n"
            + "sso_setup_populated = other\n";
    AwsConfigDocument document = AwsConfigDocument.parse(other);

    PopulateReport report =
        plan(document, listing(Map.of(PROD, List.of("Admin"))), options().prune().build());

    assertThat(report.added()).containsExactly("Production.Admin-111122223333");
    assertThat(report.clashes())
        .extracting(clash -> clash.takenBy().toString())
        .containsExactly("a profile generated for sso-session other");
    assertThat(report.pruned()).isEmpty();
    assertThat(document.render()).startsWith(other);
  }

  @Test
  void aSecondRunWithNothingChanged_changesNothing() {
    Listing listing =
        listing(Map.of(PROD, List.of("Admin"), PROD_EU, List.of("Admin"), DEV, List.of("X")));
    PopulateOptions options = options().region("eu-west-1").build();
    String once = populate("# mine\n", listing, options);

    AwsConfigDocument document = AwsConfigDocument.parse(once);
    PopulateReport again = plan(document, listing, options);

    assertThat(document.render()).isEqualTo(once);
    assertThat(again.changes()).isFalse();
    assertThat(again.unchanged()).isEqualTo(3);
    assertThat(again.clashes()).isEmpty();
  }

  @Test
  void namesNeverMoveToAnotherAccount_whenAClashingAccountAppearsLater() {
    String before = populate("", listing(Map.of(PROD_EU, List.of("Admin"))), options().build());

    // PROD sorts first, but PROD_EU already has the plain name and keeps it.
    AwsConfigDocument document = AwsConfigDocument.parse(before);
    PopulateReport report =
        plan(
            document,
            listing(Map.of(PROD, List.of("Admin"), PROD_EU, List.of("Admin"))),
            options().build());

    assertThat(report.added()).containsExactly("Production.Admin-111122223333");
    assertThat(report.unchanged()).isEqualTo(1);
    assertThat(document.get(SectionId.profile("Production.Admin"), "sso_account_id"))
        .contains("222233334444");
  }

  @Test
  void keysTheUserAdded_survive_andOnlyManagedKeysChange() {
    String before =
        populate(
            "", listing(Map.of(PROD, List.of("Admin"))), options().region("eu-west-1").build());
    String edited =
        before.replace(
            "sso_setup_populated = corp\n",
            "sso_setup_populated = corp\ncli_pager =\ncredential_process = my-tool ; mine\n");

    AwsConfigDocument document = AwsConfigDocument.parse(edited);
    PopulateReport report =
        plan(
            document,
            listing(Map.of(PROD, List.of("Admin"))),
            options().region("us-west-2").build());

    assertThat(report.updated()).containsExactly("Production.Admin");
    assertThat(document.render()).isEqualTo(edited.replace("eu-west-1", "us-west-2"));
  }

  @Test
  void withoutARegionFlag_anExistingRegionIsKept() {
    String before =
        populate(
            "", listing(Map.of(PROD, List.of("Admin"))), options().region("eu-west-1").build());

    AwsConfigDocument document = AwsConfigDocument.parse(before);
    PopulateReport report =
        plan(document, listing(Map.of(PROD, List.of("Admin"))), options().build());

    assertThat(report.changes()).isFalse();
    assertThat(document.render()).isEqualTo(before);
  }

  @Test
  void prune_removesThisSessionsProfilesWhoseAccountOrRoleIsGone() {
    String before =
        populate(
            "[profile mine]\nregion = eu-west-1\n",
            listing(Map.of(PROD, List.of("Admin", "ReadOnly"), DEV, List.of("Admin"))),
            options().build());

    AwsConfigDocument document = AwsConfigDocument.parse(before);
    PopulateReport report =
        plan(document, listing(Map.of(PROD, List.of("Admin"))), options().prune().build());

    assertThat(report.pruned())
        .containsExactlyInAnyOrder("Production.ReadOnly", "Sandbox-dev-team.Admin");
    assertThat(document.profileNames()).containsExactly("mine", "Production.Admin");
  }

  @Test
  void withoutPrune_profilesNoLongerAssignedAreReported_andKept() {
    String before =
        populate("", listing(Map.of(PROD, List.of("Admin", "ReadOnly"))), options().build());

    AwsConfigDocument document = AwsConfigDocument.parse(before);
    PopulateReport report =
        plan(document, listing(Map.of(PROD, List.of("Admin"))), options().build());

    assertThat(report.pruned()).isEmpty();
    assertThat(report.noLongerAssigned()).containsExactly("Production.ReadOnly");
    assertThat(document.render()).isEqualTo(before);
  }

  @Test
  void prune_keepsProfilesMerelyOutsideTheFilters() {
    Listing all = listing(Map.of(PROD, List.of("Admin", "ReadOnly"), DEV, List.of("Admin")));
    String before = populate("", all, options().build());

    AwsConfigDocument document = AwsConfigDocument.parse(before);
    PopulateReport report =
        plan(
            document,
            // DEV's roles are not listed when it is excluded: nothing is known of them.
            new Listing(
                all.accounts(), Map.of(PROD.id(), List.of("Admin", "ReadOnly")), Set.of(), 0, 0),
            options()
                .filter("--exclude-accounts", "dev")
                .filter("--exclude-roles", "ReadOnly")
                .prune()
                .build());

    assertThat(report.pruned()).isEmpty();
    assertThat(report.noLongerAssigned()).isEmpty();
    assertThat(report.unchanged()).isEqualTo(1);
    assertThat(document.render()).isEqualTo(before);
  }

  @Test
  void prune_keepsTheProfilesOfAnAccountWhoseRolesThePortalRefused() {
    String before = populate("", listing(Map.of(PROD, List.of("Admin"))), options().build());

    AwsConfigDocument document = AwsConfigDocument.parse(before);
    PopulateReport report =
        plan(
            document,
            new Listing(List.of(PROD), Map.of(), Set.of(PROD.id()), 0, 0),
            options().prune().build());

    assertThat(report.pruned()).isEmpty();
    assertThat(report.accountsWithoutAccess()).containsExactly("111122223333 (Production)");
    assertThat(document.render()).isEqualTo(before);
  }

  @Test
  void prune_neverRemovesHandMadeProfilesOrAnotherSessions() {
    String text =
        "[profile hand]\nsso_session = corp\nsso_account_id = 999999999999\nsso_role_name = X\n"
            + "\n[profile theirs]\nsso_session = other\nsso_account_id = 999999999999\n"
            + "sso_role_name = X\nsso_setup_populated = other\n";
    AwsConfigDocument document = AwsConfigDocument.parse(text);

    PopulateReport report =
        plan(document, listing(Map.of(PROD, List.of("Admin"))), options().prune().build());

    assertThat(report.pruned()).isEmpty();
    assertThat(document.render()).startsWith(text);
  }

  @Test
  void aNewTemplate_addsProfilesUnderTheNewNames_andKeepsAndReportsTheOldOnes() {
    Listing listing = listing(Map.of(PROD, List.of("Admin")));
    String before = populate("", listing, options().build());

    AwsConfigDocument document = AwsConfigDocument.parse(before);
    PopulateReport report =
        plan(document, listing, options().template("{role_name}@{account_id}").prune().build());

    assertThat(report.added()).containsExactly("Admin@111122223333");
    assertThat(report.pruned()).isEmpty();
    assertThat(report.keptUnderOtherNames()).containsExactly("Production.Admin");
  }

  @Test
  void aProfileGeneratedEarlierForAnotherAccount_holdsItsName_evenWhilePruned() {
    // Production (PROD_EU) had the name; now only PROD is named Production.
    String before = populate("", listing(Map.of(PROD_EU, List.of("Admin"))), options().build());

    AwsConfigDocument document = AwsConfigDocument.parse(before);
    PopulateReport report =
        plan(document, listing(Map.of(PROD, List.of("Admin"))), options().prune().build());

    assertThat(report.pruned()).containsExactly("Production.Admin");
    assertThat(report.added()).containsExactly("Production.Admin-111122223333");
    assertThat(report.clashes())
        .extracting(clash -> clash.takenBy().toString())
        .containsExactly("a profile generated earlier for account 222233334444, role Admin");
  }

  @Test
  void theExistingFileIsKeptByteForByte_andNewProfilesGoAtTheEnd() {
    String existing =
        "# my settings\r\n[default]\r\nregion = eu-west-1 ; the usual\r\n\r\n"
            + "[services local]\r\ns3 =\r\n  endpoint_url = http://localhost:9000\r\n; trailing";

    String text = populate(existing, listing(Map.of(PROD, List.of("Admin"))), options().build());

    assertThat(text)
        .isEqualTo(
            existing
                + "\r\n\r\n[profile Production.Admin]\r\nsso_session = corp\r\n"
                + "sso_account_id = 111122223333\r\nsso_role_name = Admin\r\n"
                + "sso_setup_populated = corp");
  }

  @Test
  void invalidAccountIdsAndRoleNames_areLeftOutAndReported_andTheRestIsWritten() {
    Account hostile = new Account("12345\n[default]", "Hostile", "h@example.com");
    AwsConfigDocument document = AwsConfigDocument.empty();

    PopulateReport report =
        plan(
            document,
            listing(
                Map.of(
                    PROD,
                    List.of("Admin", "Evil\n[default]", "Power User", "管理者", "A".repeat(65)),
                    hostile,
                    List.of("Admin"))),
            options().build());

    assertThat(report.added()).containsExactly("Production.Admin");
    assertThat(report.rejected())
        .extracting(PopulateReport.Rejected::accountId, PopulateReport.Rejected::roleName)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("12345\n[default]", null),
            org.assertj.core.groups.Tuple.tuple("111122223333", "Evil\n[default]"),
            org.assertj.core.groups.Tuple.tuple("111122223333", "Power User"),
            org.assertj.core.groups.Tuple.tuple("111122223333", "管理者"),
            org.assertj.core.groups.Tuple.tuple("111122223333", "A".repeat(65)));
    assertThat(document.render()).doesNotContain("Evil").doesNotContain("[default]");
  }

  private static Listing listing(Map<Account, List<String>> roles) {
    // Sorted by ID, so that the portal's order is not the order of the result.
    Map<Account, List<String>> ordered = new LinkedHashMap<>();
    roles.keySet().stream()
        .sorted((a, b) -> b.id().compareTo(a.id()))
        .forEach(a -> ordered.put(a, roles.get(a)));
    return Listing.of(ordered);
  }

  private static PopulateReport plan(
      AwsConfigDocument document, Listing listing, PopulateOptions options) {
    PopulatePlan plan = PopulatePlan.create("corp", listing, options, document);
    plan.apply(document);
    return plan.report();
  }

  private static String populate(String text, Listing listing, PopulateOptions options) {
    AwsConfigDocument document = AwsConfigDocument.parse(text);
    plan(document, listing, options);
    return document.render();
  }
}
