package dev.ssosetup.prompt;

import dev.ssosetup.common.Text;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A choice of one item from a list, shown as a picker on a terminal.
 *
 * @param what the kind of item in words, e.g. {@code account}
 * @param flag the command-line flag that chooses without a prompt
 * @param items the items, already in display order
 * @param label how an item reads in the list, e.g. {@code Name, email (id)}
 * @param searchText the text typing filters on: every word typed must be in it, in any order,
 *     ignoring case
 * @param value what the flag takes for an item, e.g. the account ID
 * @param keptEnd the end of an item's label that stays in view when a row is too narrow for the
 *     whole label (e.g. {@code (id)}); the rest is shortened in the middle. Null: the row is cut.
 * @param hint a line under the list at a terminal, in the reader's language (null: none)
 */
public record Choice<T>(
    String what,
    String flag,
    List<T> items,
    Function<T, String> label,
    Function<T, String> searchText,
    Function<T, String> value,
    Function<T, String> keptEnd,
    Text hint) {

  /** A choice without a hint. */
  public Choice(
      String what,
      String flag,
      List<T> items,
      Function<T, String> label,
      Function<T, String> searchText,
      Function<T, String> value,
      Function<T, String> keptEnd) {
    this(what, flag, items, label, searchText, value, keptEnd, null);
  }

  public Choice {
    Objects.requireNonNull(what, "what");
    items = List.copyOf(items);
    Objects.requireNonNull(label, "label");
    searchText = searchText == null ? label : searchText;
    value = value == null ? label : value;
    keptEnd = keptEnd == null ? item -> "" : keptEnd;
  }

  /** A choice whose rows are simply cut when they are too long. */
  public Choice(
      String what,
      String flag,
      List<T> items,
      Function<T, String> label,
      Function<T, String> searchText,
      Function<T, String> value) {
    this(what, flag, items, label, searchText, value, null, null);
  }

  /** This choice with a hint under the list. */
  public Choice<T> withHint(Text newHint) {
    return new Choice<>(what, flag, items, label, searchText, value, keptEnd, newHint);
  }

  /**
   * Whether an item's search text holds every word of the filter (split on whitespace), in any
   * order, ignoring case: {@code 015 prod} finds {@code Production ... (123456015678)}. A filter of
   * no words matches everything.
   */
  public static boolean matches(String searchText, String filter) {
    String text = searchText.toLowerCase(Locale.ROOT);
    for (String word : filter.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
      if (!word.isEmpty() && !text.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
