package dev.ssosetup.prompt;

import org.jline.utils.AttributedString;
import org.jline.utils.WCWidth;

/**
 * Fits a picker row's label into the columns there are, measured as the terminal draws them (a
 * Japanese character takes two columns): the end that identifies the item (the account ID) stays
 * whole, and the rest loses its middle to {@code ...}. ASCII dots, since a terminal may draw an
 * ellipsis character two columns wide.
 */
final class RowText {
  static final String ELLIPSIS = "...";

  private RowText() {}

  /** The label in at most {@code width} columns. */
  static String fit(String label, String keptEnd, int width) {
    if (columns(label) <= width) {
      return label;
    }
    int kept = columns(keptEnd);
    if (!keptEnd.isEmpty() && label.endsWith(keptEnd) && width - kept >= ELLIPSIS.length() + 2) {
      String head = label.substring(0, label.length() - keptEnd.length());
      return middle(head, width - kept) + keptEnd;
    }
    return left(label, width);
  }

  /** The text in at most {@code width} columns, its middle replaced by {@code ...}. */
  static String middle(String text, int width) {
    if (columns(text) <= width) {
      return text;
    }
    int room = width - ELLIPSIS.length();
    int leftColumns = (room + 1) / 2;
    String left = left(text, leftColumns);
    // A wide character that did not fit on the left leaves its column to the right.
    String right = right(text, room - columns(left));
    return left + ELLIPSIS + right;
  }

  /** The longest start of the text that fits in {@code width} columns. */
  static String left(String text, int width) {
    return new AttributedString(text).columnSubSequence(0, width).toString();
  }

  /** The longest end of the text that fits in {@code width} columns. */
  static String right(String text, int width) {
    int used = 0;
    int start = text.length();
    while (start > 0) {
      int codePoint = text.codePointBefore(start);
      int cell = Math.max(0, WCWidth.wcwidth(codePoint));
      if (used + cell > width) {
        break;
      }
      used += cell;
      start -= Character.charCount(codePoint);
    }
    return text.substring(start);
  }

  static int columns(String text) {
    return new AttributedString(text).columnLength();
  }
}
