package dev.ssosetup.cli;

import dev.ssosetup.common.DisplayWidth;
import dev.ssosetup.common.TerminalText;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: a header row and left-aligned columns two spaces apart, with no trailing
 * spaces, so that it reads well in a terminal and splits with {@code awk}. Columns are measured in
 * terminal columns ({@link DisplayWidth}), so they stay straight with Japanese names. Cells are one
 * line, and terminal-safe: they hold names from servers and files.
 */
public final class Table {
  private static final String GAP = "  ";

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  public Table(String... headers) {
    this.headers = List.of(headers);
  }

  /**
   * Adds a row; a null cell prints as {@code -}, and control characters (line breaks, tabs,
   * escapes) are shown escaped ({@link TerminalText#safe}).
   */
  public Table add(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "a row has " + headers.size() + " cells, not " + cells.length);
    }
    List<String> row = new ArrayList<>(cells.length);
    for (String value : cells) {
      row.add(cell(value));
    }
    rows.add(row);
    return this;
  }

  /** The rendered table, each line ending with {@code \n}. */
  public String render() {
    int[] widths = new int[headers.size()];
    for (List<String> row : allRows()) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : allRows()) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.size(); c++) {
        if (c > 0) {
          line.append(GAP);
        }
        line.append(c < row.size() - 1 ? DisplayWidth.padRight(row.get(c), widths[c]) : row.get(c));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  private List<List<String>> allRows() {
    List<List<String>> all = new ArrayList<>(rows.size() + 1);
    all.add(headers);
    all.addAll(rows);
    return all;
  }

  private static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "-";
    }
    return TerminalText.safe(value);
  }
}
