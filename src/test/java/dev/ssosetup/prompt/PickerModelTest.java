package dev.ssosetup.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.prompt.Accounts.Account;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The picker's filter without a terminal: every word typed must match, in any order. */
class PickerModelTest {
  static final Account PROD_015 = new Account("123456015678", "Production", "aws-prod@example.com");
  static final Account DEV_015 = new Account("987654015321", "Development", "aws-dev@example.com");
  static final Account PROD_OTHER =
      new Account("111122223333", "Production EU", "aws-prod-eu@example.com");

  private static PickerModel<Account> model() {
    return new PickerModel<>(Accounts.accounts(List.of(PROD_015, DEV_015, PROD_OTHER)), 10);
  }

  private static List<Account> matching(String filter) {
    PickerModel<Account> model = model();
    model.type(filter);
    List<Account> found = new java.util.ArrayList<>();
    model.home();
    for (int i = 0; i < model.matchCount(); i++) {
      found.add(model.selected());
      model.down();
    }
    return found;
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"015 prod", "prod 015", "PROD 015", "  015   prod ", "015 aws-prod@"})
  void everyWordMustMatch_inAnyOrder_caseInsensitive_acrossNameEmailAndId(String filter) {
    assertThat(matching(filter)).containsExactly(PROD_015);
  }

  @Test
  void oneWord_stillMatchesAsASubstring() {
    assertThat(matching("015")).containsExactly(PROD_015, DEV_015);
    assertThat(matching("prod")).containsExactly(PROD_015, PROD_OTHER);
  }

  @Test
  void aWordThatMatchesNothing_leavesNoMatch() {
    assertThat(matching("015 staging")).isEmpty();
  }

  @Test
  void onlySpaces_matchesEverything() {
    assertThat(matching("   ")).hasSize(3);
  }
}
