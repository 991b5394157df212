package dev.ssosetup.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.Messages;
import dev.ssosetup.common.UserLanguage;
import dev.ssosetup.prompt.Accounts.Account;
import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/**
 * The picker's rows in a narrow terminal: the account ID stays in view and the name or email is
 * shortened in the middle, measured in terminal columns (a Japanese character takes two).
 */
class PickerLinesTest {
  static final Account TOKYO =
      new Account("123456789012", "東京本社の本番環境アカウント", "aws-tokyo-production@example.com");
  static final Account SHORT = new Account("444455556666", "dev", "d@example.com");

  private static List<String> rows(int columns, Account... accounts) {
    PickerModel<Account> model = new PickerModel<>(Accounts.accounts(List.of(accounts)), 10);
    return Picker.lines(model, "account", columns).stream()
        .map(AttributedString::toString)
        .map(line -> line.replace("\n", ""))
        .toList();
  }

  private static int width(String text) {
    return new AttributedString(text).columnLength();
  }

  @Test
  void narrowTerminal_keepsTheAccountIdInView_andShortensTheNameAndEmailInTheMiddle() {
    List<String> rows = rows(40, TOKYO, SHORT);

    String tokyo = rows.get(0);
    // 37 columns for the label: 10 (five wide characters) + "..." + 9 + " (123456789012)".
    assertThat(tokyo).isEqualTo("> 東京本社の...ample.com (123456789012)");
    assertThat(width(tokyo)).isEqualTo(39);
    assertThat(rows.get(1)).isEqualTo("  dev, d@example.com (444455556666)");
  }

  @Test
  void everyWidth_fitsOneColumnShortOfTheTerminal_withTheIdWhole() {
    for (int columns = 24; columns <= 80; columns++) {
      String row = rows(columns, TOKYO, SHORT).get(0);
      assertThat(width(row)).as("at %d columns: %s", columns, row).isLessThanOrEqualTo(columns - 1);
      assertThat(row).as("at %d columns", columns).endsWith("(123456789012)");
    }
  }

  @Test
  void wideEnoughTerminal_showsTheWholeLabel() {
    String row = rows(120, TOKYO, SHORT).get(0);

    assertThat(row).isEqualTo("> " + TOKYO.label());
  }

  @Test
  void everyWidth_neverCutsACharacter_theRowIsTheLabelsStartAndEnd() {
    String label = TOKYO.label();
    for (int columns = 24; columns <= 80; columns++) {
      String row = rows(columns, TOKYO, SHORT).get(0).substring(2);
      int dots = row.indexOf(RowText.ELLIPSIS);
      if (dots < 0) {
        assertThat(label).as("at %d columns", columns).isEqualTo(row);
        continue;
      }
      assertThat(label)
          .as("at %d columns: %s", columns, row)
          .startsWith(row.substring(0, dots))
          .endsWith(row.substring(dots + RowText.ELLIPSIS.length()));
    }
  }

  @Test
  void aJapaneseHint_isCutAtTheEdge_betweenCharacters() {
    String hint = "このプロファイルで使う AWS アカウントです。入力すると絞り込めます。";
    for (int columns = 20; columns <= 80; columns++) {
      PickerModel<Account> model = new PickerModel<>(Accounts.threeAccounts(), 10);
      List<AttributedString> lines =
          Picker.lines(model, "account", columns, new AttributedString(hint), Messages.english());
      String last = lines.get(lines.size() - 1).toString();

      assertThat(width(last)).as("at %d columns", columns).isLessThanOrEqualTo(columns - 1);
      assertThat(hint).as("at %d columns", columns).startsWith(last);
      assertThat(width(last))
          .as("at %d columns", columns)
          .isGreaterThanOrEqualTo(Math.min(width(hint), columns - 2));
    }
  }

  @Test
  void inJapanese_theCountLineAndNoMatchLineAreJapanese_andFitTheTerminal() {
    Messages japanese = Messages.of(UserLanguage.JAPANESE);
    PickerModel<Account> model = new PickerModel<>(Accounts.threeAccounts(), 10);
    List<String> all = text(Picker.lines(model, "アカウント", 80, null, japanese));
    assertThat(all.get(all.size() - 1)).isEqualTo("  3 / 3 件 (入力で絞り込み、Enter で選択、Esc でキャンセル)");

    model.type("zzz");
    List<String> none = text(Picker.lines(model, "アカウント", 30, null, japanese));
    assertThat(none.get(0)).isEqualTo("  「zzz」に一致する アカウン");
    assertThat(none.get(none.size() - 1)).isEqualTo("  0 / 3 件が「zzz」に一致");
    none.forEach(line -> assertThat(width(line)).as(line).isLessThanOrEqualTo(29));
  }

  private static List<String> text(List<AttributedString> lines) {
    return lines.stream().map(AttributedString::toString).map(l -> l.replace("\n", "")).toList();
  }

  @Test
  void tooNarrowForTheId_cutsTheRowAtTheEdge() {
    String row = rows(12, TOKYO, SHORT).get(0);

    assertThat(width(row)).isLessThanOrEqualTo(11);
  }
}
