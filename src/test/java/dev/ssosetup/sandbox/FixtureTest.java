package dev.ssosetup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.sandbox.Fixture.Account;
import dev.ssosetup.sandbox.Fixture.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixtureTest {
  @TempDir Path tmp;

  @Test
  void small_isTheTeamGuideScenario() {
    Fixture small = Fixture.small();

    assertThat(small.startUrl()).isEqualTo("https://d-9067a1b2c3.awsapps.com/start");
    assertThat(small.region()).isEqualTo("ap-northeast-1");
    assertThat(small.signedInUser()).isEqualTo("workday_worker");
    assertThat(small.accounts()).hasSize(2);
    Account account = small.accounts().get(0);
    assertThat(account.roles()).extracting(Role::name).containsExactly("S3DynamoDBAccess");
    assertThat(account.roles().get(0).buckets()).isNotEmpty();
    assertThat(small.users().get(0).assignments())
        .containsExactly(new Fixture.Assignment(account.id(), "S3DynamoDBAccess"));
    assertThat(small.permissionSets())
        .filteredOn(set -> set.name().equals("S3DynamoDBAccess"))
        .singleElement()
        .satisfies(
            set ->
                assertThat(set.managedPolicies())
                    .containsExactly("AmazonS3FullAccess", "AmazonDynamoDBFullAccess"));
  }

  @Test
  void small_hasAnAdministratorWithAdministratorAccessOnTheManagementAccount() {
    Fixture small = Fixture.small();

    assertThat(small.managementAccount()).isEqualTo("999988887777");
    assertThat(small.user("admin").orElseThrow().assignments())
        .containsExactly(new Fixture.Assignment("999988887777", "AdministratorAccess"));
  }

  @Test
  void guide_isTheOrganisationBeforeTheAdministratorsHalf() {
    Fixture guide = Fixture.guide();

    assertThat(guide.signedInUser()).isEqualTo("admin");
    assertThat(guide.user("workday_worker")).isEmpty();
    assertThat(guide.account("111122223333").orElseThrow().roles()).isEmpty();
    assertThat(guide.account("111122223333").orElseThrow().buckets()).hasSize(2);
  }

  @Test
  void fromJson_withAManagementAccountThatIsNoAccount_isRejected() {
    String json =
        "{\"startUrl\": \"https://d-9067a1b2c3.awsapps.com/start\", \"region\": \"us-east-1\","
            + " \"managementAccount\": \"000000000000\", \"accounts\": [],"
            + " \"users\": [{\"name\": \"u\", \"assignments\": []}]}";

    assertThatThrownBy(() -> Fixture.fromJson(json, "test.json"))
        .hasMessageContaining("management account 000000000000");
  }

  @Test
  void medium_hasAwkwardNamesARoleWithoutS3AndAnAccountOfAnotherUser() {
    Fixture medium = Fixture.medium();

    assertThat(medium.accounts()).extracting(Account::name).contains("Sandbox [dev] team");
    assertThat(medium.accounts())
        .flatExtracting(Account::roles)
        .anySatisfy(role -> assertThat(role.s3Access()).isFalse());
    assertThat(medium.users()).hasSizeGreaterThan(1);
    assertThat(medium.accounts()).hasSize(5);
    assertThat(medium.roleCount()).isEqualTo(10);
    assertThat(medium.signedInUser()).isEqualTo("workday_worker");
  }

  @Test
  void generated_isDeterministicAndAssignsEveryRoleToTheSignedInUser() {
    Fixture first = Fixture.generated(1000, 3);
    Fixture second = Fixture.generated(1000, 3);

    assertThat(first).isEqualTo(second);
    assertThat(first.accounts()).hasSize(1000);
    assertThat(first.accounts().get(0).id()).isEqualTo("100000000001");
    assertThat(first.accounts().get(0).name()).isEqualTo("Workload 0001 (prod)");
    assertThat(first.accounts().get(999).name()).isEqualTo("Workload 1000 (sandbox)");
    assertThat(first.accounts().get(0).roles())
        .extracting(Role::name)
        .containsExactly("AdministratorAccess", "ReadOnlyAccess", "S3DynamoDBAccess");
    assertThat(first.users().get(0).assignments()).hasSize(3000);
  }

  @Test
  void generated_withManyRoles_namesTheExtraOnesAndHasARoleWithoutS3() {
    Fixture fixture = Fixture.generated(1, 12);

    assertThat(fixture.accounts().get(0).roles())
        .extracting(Role::name)
        .contains("BillingAccess", "CustomRole11", "CustomRole12");
    assertThat(fixture.accounts().get(0).role("BillingAccess").orElseThrow().s3Access()).isFalse();
  }

  @Test
  void generated_withZeroAccounts_isRejected() {
    assertThatThrownBy(() -> Fixture.generated(0, 3)).hasMessageContaining("accounts must be");
  }

  @Test
  void fromJson_readsAFile() throws Exception {
    Path file = tmp.resolve("org.json");
    Files.writeString(
        file,
        "{\"startUrl\":\"https://d-1234567890.awsapps.com/start\",\"region\":\"eu-west-1\","
            + "\"accounts\":[{\"id\":\"123456789012\",\"name\":\"Dev\",\"roles\":["
            + "{\"name\":\"Admin\",\"buckets\":[{\"name\":\"dev-bucket\","
            + "\"creationDate\":\"2024-01-02T03:04:05Z\"}]},{\"name\":\"Billing\",\"s3Access\":false}]}],"
            + "\"users\":[{\"name\":\"me\",\"assignments\":[{\"accountId\":\"123456789012\","
            + "\"roleName\":\"Admin\"}]}]}");

    Fixture fixture = Fixture.fromJson(file);

    assertThat(fixture.region()).isEqualTo("eu-west-1");
    Account account = fixture.account("123456789012").orElseThrow();
    assertThat(account.email()).isEmpty();
    assertThat(account.role("Admin").orElseThrow().buckets().get(0).creationDate())
        .isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
    assertThat(account.role("Billing").orElseThrow().s3Access()).isFalse();
  }

  @Test
  void fromJson_withAnUnknownKey_namesWhereItIs() {
    String json = smallJsonWith("\"name\": \"S3DynamoDBAccess\"", "\"nmae\": \"S3DynamoDBAccess\"");

    assertThatThrownBy(() -> Fixture.fromJson(json, "org.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid fixture org.json: accounts[0].roles[0].nmae: unknown key");
  }

  @Test
  void fromJson_withAWrongType_saysWhatItFound() {
    String json = smallJsonWith("\"id\": \"111122223333\"", "\"id\": 111122223333");

    assertThatThrownBy(() -> Fixture.fromJson(json, "org.json"))
        .hasMessage(
            "Invalid fixture org.json: accounts[0].id: expected a string but found a number");
  }

  @Test
  void fromJson_withAnAssignmentOfAMissingRole_isRejected() {
    String json =
        smallJsonWith(
            "{\"accountId\": \"111122223333\", \"roleName\": \"S3DynamoDBAccess\"}",
            "{\"accountId\": \"111122223333\", \"roleName\": \"Nope\"}");

    assertThatThrownBy(() -> Fixture.fromJson(json, "org.json"))
        .hasMessageContaining(
            "assigned Nope in account 111122223333, which the fixture does not have");
  }

  @Test
  void fromJson_withAnInvalidAccountId_namesTheAccount() {
    String json = smallJsonWith("\"id\": \"111122223333\"", "\"id\": \"1111\"");

    assertThatThrownBy(() -> Fixture.fromJson(json, "org.json"))
        .hasMessage("Invalid fixture org.json: accounts[0]: account id must be 12 digits: 1111");
  }

  @Test
  void fromJson_withBrokenJson_givesTheParsersPosition() {
    assertThatThrownBy(() -> Fixture.fromJson("{\"startUrl\": }", "org.json"))
        .hasMessageStartingWith("Invalid fixture org.json: Invalid JSON at line 1, column 14");
  }

  @Test
  void fromJson_missingFile_saysWhichFile() {
    Path missing = tmp.resolve("missing.json");

    assertThatThrownBy(() -> Fixture.fromJson(missing)).hasMessageContaining(missing.toString());
  }

  private static String smallJsonWith(String original, String replacement) {
    try (InputStream in = Fixture.class.getResourceAsStream("small.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(json).contains(original);
      return json.replace(original, replacement);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
