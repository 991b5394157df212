package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableTest {
  @Test
  void render_padsColumnsToTheWidestCellTwoSpacesApart_withoutTrailingSpaces() {
    Table table = new Table("NAME", "ACCOUNT", "DETAIL").add("a", "111122223333", "ok");
    table.add("longer-name", null, "");

    assertThat(table.render())
        .isEqualTo(
            "NAME         ACCOUNT       DETAIL\n"
                + "a            111122223333  ok\n"
                + "longer-name  -             -\n");
  }

  @Test
  void add_controlCharactersInACell_areShownEscaped_onTheCellsLine() {
    assertThat(new Table("A", "B").add("x\ny\t\u001b]0;t\u0007", "z").render())
        .isEqualTo("A                 B\nx\\ny\\t\\e]0;t\\x07  z\n");
  }

  @Test
  void add_wrongNumberOfCells_isRefused() {
    assertThatThrownBy(() -> new Table("A", "B").add("x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
