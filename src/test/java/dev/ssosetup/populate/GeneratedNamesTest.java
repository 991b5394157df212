package dev.ssosetup.populate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.aws.Account;
import dev.ssosetup.config.ProfileNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeneratedNamesTest {
  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "Production.Admin           | Production.Admin",
        "Sandbox [dev] team.Admin   | Sandbox-dev-team.Admin",
        "Prod #1; core.Admin        | Prod-1-core.Admin",
        "`Bob's \"lab\".Admin`      | Bob-s-lab-.Admin",
        "`  spaced\tout  .Admin`    | spaced-out-.Admin",
        "Zürich Ops.Admin           | Z-rich-Ops.Admin",
        "東京.Admin                  | .Admin",
        "Dev (team!), a.ReadOnly    | Dev-team-a.ReadOnly",
        "Audit & Security (shared).X | Audit-Security-shared-.X",
        "---a---b---                | a-b",
        "keep/these.%@_:+chars      | keep/these.%@_:+chars",
        "a😀b                        | a-b",
        "`[]#;'\"`                  | ``",
      })
  void sanitize_replacesEverythingOutsideTheSdkIdentifierSetWithOneDash(String raw, String name) {
    String sanitized = GeneratedNames.sanitize(raw);

    assertThat(sanitized).isEqualTo(name);
    if (!sanitized.isEmpty()) {
      assertThat(ProfileNames.problem(sanitized)).isNull();
    }
  }

  @Test
  void base_fallsBackToAccountIdAndRole_whenNothingValidIsLeft() {
    assertThat(GeneratedNames.base("東京", "111122223333", "Admin")).isEqualTo("111122223333.Admin");
    assertThat(GeneratedNames.base("東京", "111122223333", "管理者")).isEqualTo("111122223333");
    assertThat(GeneratedNames.base("東京.管理者", "111122223333", "管理者")).isEqualTo("111122223333");
    assertThat(GeneratedNames.base("東京.Admin", "111122223333", "Admin")).isEqualTo("Admin");
    assertThat(GeneratedNames.base("Admin.東京", "111122223333", "Admin")).isEqualTo("Admin");
  }

  @Test
  void candidates_areTheBaseThenTheAccountIdSuffixThenNumbers() {
    assertThat(GeneratedNames.candidate("Prod.Admin", "111122223333", 0)).isEqualTo("Prod.Admin");
    assertThat(GeneratedNames.candidate("Prod.Admin", "111122223333", 1))
        .isEqualTo("Prod.Admin-111122223333");
    assertThat(GeneratedNames.candidate("Prod.Admin", "111122223333", 2))
        .isEqualTo("Prod.Admin-111122223333-2");
  }

  @Test
  void candidateIndex_recognisesOnlyTheChoicesOfThatBaseAndAccount() {
    String id = "111122223333";
    assertThat(GeneratedNames.candidateIndex("Prod.Admin", "Prod.Admin", id)).isZero();
    assertThat(GeneratedNames.candidateIndex("Prod.Admin-111122223333", "Prod.Admin", id))
        .isEqualTo(1);
    assertThat(GeneratedNames.candidateIndex("Prod.Admin-111122223333-7", "Prod.Admin", id))
        .isEqualTo(7);
    assertThat(GeneratedNames.candidateIndex("Prod.Admin-222233334444", "Prod.Admin", id))
        .isEqualTo(-1);
    assertThat(GeneratedNames.candidateIndex("Prod.Admin-111122223333-1", "Prod.Admin", id))
        .isEqualTo(-1);
    assertThat(GeneratedNames.candidateIndex("Prod.Admin-111122223333-02", "Prod.Admin", id))
        .isEqualTo(-1);
    assertThat(GeneratedNames.candidateIndex("Prod.Admins", "Prod.Admin", id)).isEqualTo(-1);
  }

  @Test
  void anAccountNameThatWouldLoseMostOfItsLetters_isReplacedByTheAccountId() {
    String id = "111122223333";
    assertThat(GeneratedNames.accountName("本番環境", id)).isEqualTo(id);
    assertThat(GeneratedNames.accountName("検証環境 (チーム A)", id)).isEqualTo(id);
    assertThat(GeneratedNames.accountName("Workload 0001 (prod)", id))
        .isEqualTo("Workload 0001 (prod)");
    assertThat(GeneratedNames.accountName("Café", id)).isEqualTo("Café");
    assertThat(GeneratedNames.accountName("Ünïcödé", id)).isEqualTo(id);

    ProfileNameTemplate template = ProfileNameTemplate.parse(ProfileNameTemplate.DEFAULT);
    String rendered =
        template.render(new Account(id, "本番環境", "a@example.com"), "ReadOnlyAccess", "corp");
    assertThat(GeneratedNames.base(rendered, id, "ReadOnlyAccess"))
        .isEqualTo("111122223333.ReadOnlyAccess");
  }

  @Test
  void template_makesEachFieldValidOnItsOwn_soNoDashIsLeftBesideTheDot() {
    ProfileNameTemplate template = ProfileNameTemplate.parse(ProfileNameTemplate.DEFAULT);
    Account account = new Account("111122223333", "Workload 0001 (prod)", "w@example.com");

    String rendered = template.render(account, "[Admin]", "corp");

    assertThat(GeneratedNames.base(rendered, account.id(), "[Admin]"))
        .isEqualTo("Workload-0001-prod.Admin");
  }
}
