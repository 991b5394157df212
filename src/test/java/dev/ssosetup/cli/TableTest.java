package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.common.DisplayWidth;
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
  void render_japaneseCells_lineUpByTerminalColumns() {
    Table table = new Table("ACCOUNT", "NAME", "ROLE");
    table.add("111122223333", "本番環境", "S3DynamoDBAccess");
    table.add("444455556666", "検証環境 (チーム A)", "ReadOnlyAccess");
    table.add("777788889999", "shared-services", "ReadOnlyAccess");

    assertThat(table.render())
        .isEqualTo(
            "ACCOUNT       NAME                 ROLE\n"
                + "111122223333  本番環境             S3DynamoDBAccess\n"
                + "444455556666  検証環境 (チーム A)  ReadOnlyAccess\n"
                + "777788889999  shared-services      ReadOnlyAccess\n");
    // Each ROLE cell starts at the same terminal column.
    for (String line : table.render().split("\n")) {
      int role = line.lastIndexOf("  ") + 2;
      assertThat(DisplayWidth.of(line.substring(0, role))).as(line).isEqualTo(35);
    }
  }

  @Test
  void add_wrongNumberOfCells_isRefused() {
    assertThatThrownBy(() -> new Table("A", "B").add("x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
