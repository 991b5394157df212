package dev.ssosetup.prompt;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A choice of one item from a list, shown as a picker on a terminal.
 *
 * @param what the kind of item in words, e.g. {@code account}
 * @param flag the command-line flag that chooses without a prompt
 * @param items the items, already in display order
 * @param label how an item reads in the list, e.g. {@code Name, email (id)}
 * @param searchText the text typing filters on (case-insensitive substring)
 * @param value what the flag takes for an item, e.g. the account ID
 */
public record Choice<T>(
    String what,
    String flag,
    List<T> items,
    Function<T, String> label,
    Function<T, String> searchText,
    Function<T, String> value) {

  public Choice {
    Objects.requireNonNull(what, "what");
    items = List.copyOf(items);
    Objects.requireNonNull(label, "label");
    searchText = searchText == null ? label : searchText;
    value = value == null ? label : value;
  }
}
