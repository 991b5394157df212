package dev.ssosetup.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.DisplayWidth;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the cells of a printed table start, in terminal columns (East Asian wide characters take
 * two): a cell starts at the beginning of a line or after a run of two spaces or more.
 */
public final class Columns {
  private Columns() {}

  /** The terminal column at which each cell of the line starts. */
  public static List<Integer> starts(String line) {
    List<Integer> starts = new ArrayList<>();
    int spaces = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        spaces++;
        continue;
      }
      if (i == 0 || spaces >= 2) {
        starts.add(DisplayWidth.of(line.substring(0, i)));
      }
      spaces = 0;
    }
    return starts;
  }

  /**
   * Fails unless every line of the table (its header first) has as many cells as the header, each
   * starting at the header's column for it.
   */
  public static void assertLinedUp(List<String> table) {
    assertThat(table).as("a table with a header and rows").hasSizeGreaterThan(1);
    List<Integer> header = starts(table.get(0));
    for (String row : table) {
      assertThat(starts(row)).as("the cells of %s under %s", row, table.get(0)).isEqualTo(header);
    }
  }
}
