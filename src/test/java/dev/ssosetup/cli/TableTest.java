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
  void add_lineBreaksInACell_becomeSpaces() {
    assertThat(new Table("A", "B").add("x\ny", "z").render()).isEqualTo("A    B\nx y  z\n");
  }

  @Test
  void add_wrongNumberOfCells_isRefused() {
    assertThatThrownBy(() -> new Table("A", "B").add("x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
