package dev.ssosetup.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a picker shows, without a terminal: the filter, the items that match it, the highlighted one
 * and the window of rows in view. The cursor stays put at the ends of the list (no wrapping).
 */
final class PickerModel<T> {
  private final Choice<T> choice;
  private final List<String> labels = new ArrayList<>();
  private final List<String> keptEnds = new ArrayList<>();
  private final List<String> searchTexts = new ArrayList<>();
  private final StringBuilder filter = new StringBuilder();
  private List<Integer> matches = new ArrayList<>();
  private int pageSize;
  private int cursor;
  private int top;

  PickerModel(Choice<T> choice, int pageSize) {
    this.choice = choice;
    for (T item : choice.items()) {
      labels.add(String.valueOf(choice.label().apply(item)));
      keptEnds.add(String.valueOf(choice.keptEnd().apply(item)));
      searchTexts.add(String.valueOf(choice.searchText().apply(item)).toLowerCase(Locale.ROOT));
    }
    this.pageSize = Math.max(1, pageSize);
    refilter();
  }

  /** Changes how many rows are in view (the terminal was resized), keeping the cursor in view. */
  void pageSize(int rows) {
    pageSize = Math.max(1, rows);
    scrollToCursor();
  }

  int pageSize() {
    return pageSize;
  }

  void up() {
    moveTo(cursor - 1);
  }

  void down() {
    moveTo(cursor + 1);
  }

  void pageUp() {
    moveTo(cursor - pageSize);
  }

  void pageDown() {
    moveTo(cursor + pageSize);
  }

  void home() {
    moveTo(0);
  }

  void end() {
    moveTo(matches.size() - 1);
  }

  /**
   * Adds text to the filter; the highlighted item stays highlighted while it still matches, else
   * the highlight goes to the first match.
   */
  void type(String text) {
    filter.append(text);
    refilter();
  }

  /** Removes the last character of the filter; returns false when it was already empty. */
  boolean backspace() {
    if (filter.length() == 0) {
      return false;
    }
    filter.setLength(filter.offsetByCodePoints(filter.length(), -1));
    refilter();
    return true;
  }

  void clearFilter() {
    filter.setLength(0);
    refilter();
  }

  String filter() {
    return filter.toString();
  }

  int total() {
    return labels.size();
  }

  int matchCount() {
    return matches.size();
  }

  /** The highlighted item, or null when nothing matches the filter. */
  T selected() {
    return matches.isEmpty() ? null : choice.items().get(matches.get(cursor));
  }

  /** The labels of the rows in view, top to bottom. */
  List<String> visibleLabels() {
    List<String> rows = new ArrayList<>();
    for (int i = top; i < Math.min(matches.size(), top + pageSize); i++) {
      rows.add(labels.get(matches.get(i)));
    }
    return rows;
  }

  /** For each row of {@link #visibleLabels()}, the end of its label that must stay in view. */
  List<String> visibleKeptEnds() {
    List<String> rows = new ArrayList<>();
    for (int i = top; i < Math.min(matches.size(), top + pageSize); i++) {
      rows.add(keptEnds.get(matches.get(i)));
    }
    return rows;
  }

  /** Which of {@link #visibleLabels()} is highlighted, or -1 when none is. */
  int highlightedRow() {
    return matches.isEmpty() ? -1 : cursor - top;
  }

  private void refilter() {
    Integer highlighted = matches == null || matches.isEmpty() ? null : matches.get(cursor);
    String typed = filter.toString();
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < searchTexts.size(); i++) {
      if (Choice.matches(searchTexts.get(i), typed)) {
        found.add(i);
      }
    }
    matches = found;
    int kept = highlighted == null ? -1 : found.indexOf(highlighted);
    cursor = Math.max(0, kept);
    top = 0;
    scrollToCursor();
  }

  private void moveTo(int index) {
    if (matches.isEmpty()) {
      return;
    }
    cursor = Math.max(0, Math.min(matches.size() - 1, index));
    scrollToCursor();
  }

  private void scrollToCursor() {
    if (cursor < top) {
      top = cursor;
    } else if (cursor >= top + pageSize) {
      top = cursor - pageSize + 1;
    }
    top = Math.max(0, Math.min(top, Math.max(0, matches.size() - pageSize)));
  }
}
