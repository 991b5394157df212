package dev.ssosetup.common;

/**
 * How many terminal columns text takes, as terminals draw it: East Asian wide and fullwidth
 * characters (Japanese kana and kanji, fullwidth forms, most emoji) take two, combining marks and
 * other zero-width characters none, everything else one. Tables and the progress line line up by
 * this, so that columns stay straight with Japanese account names and messages; the terminal
 * prompts measure with JLine, which counts the same way. Text is measured after it has been made
 * terminal-safe ({@link TerminalText#safe}): a control character is then no longer in it.
 */
public final class DisplayWidth {
  /**
   * The wide ranges, first and last code point of each, in order: the ones JLine draws the prompts
   * by (Markus Kuhn's table of East Asian wide characters, and the emoji planes).
   */
  private static final int[] WIDE = {
    0x1100, 0x115f, // Hangul Jamo initial consonants
    0x2329, 0x232a, // angle brackets
    0x2e80, 0x3029, // CJK radicals, punctuation (、。「」), ideographic space
    0x3030, 0x303e,
    0x3040, 0x3098, // hiragana
    0x309b, 0xa4cf, // katakana, CJK symbols, kanji, Yi
    0xac00, 0xd7a3, // Hangul syllables
    0xf900, 0xfaff, // CJK compatibility ideographs
    0xfe10, 0xfe19, // vertical forms
    0xfe30, 0xfe6f, // CJK compatibility and small forms
    0xff00, 0xff60, // fullwidth forms (Ａ, ！, （）)
    0xffe0, 0xffe6, // fullwidth signs (￥)
    0x1f000, 0x1f3fa, // game symbols, enclosed forms, pictographs
    0x1f400, 0x1feee, // pictographs, emoticons, emoji
    0x20000, 0x2fffd, // CJK extensions B to F
    0x30000, 0x3fffd, // CJK extension G and on
  };

  private DisplayWidth() {}

  /** The columns of one code point: 0, 1 or 2. */
  public static int of(int codePoint) {
    if (codePoint == 0x00ad) {
      return 1; // the soft hyphen is drawn
    }
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || (codePoint >= 0x1160 && codePoint <= 0x11ff) // Hangul medial vowels, final consonants
        || codePoint == 0x200b) {
      return 0;
    }
    return isWide(codePoint) ? 2 : 1;
  }

  /** The columns the text takes on a terminal. */
  public static int of(CharSequence text) {
    int columns = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = Character.codePointAt(text, i);
      columns += of(codePoint);
      i += Character.charCount(codePoint);
    }
    return columns;
  }

  /** The text followed by spaces up to {@code columns} columns (as it is when already wider). */
  public static String padRight(String text, int columns) {
    int missing = columns - of(text);
    return missing <= 0 ? text : text + " ".repeat(missing);
  }

  /**
   * The longest start of the text that fits in {@code columns}, never cut inside a character: a
   * wide character that would take the last column and one more is left out whole, and a combining
   * mark stays with the character before it.
   */
  public static String start(String text, int columns) {
    int used = 0;
    int end = 0;
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      int width = of(codePoint);
      if (used + width > columns) {
        break;
      }
      used += width;
      end += Character.charCount(codePoint);
    }
    return text.substring(0, end);
  }

  private static boolean isWide(int codePoint) {
    if (codePoint < WIDE[0]) {
      return false;
    }
    int low = 0;
    int high = WIDE.length / 2 - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (codePoint < WIDE[2 * middle]) {
        high = middle - 1;
      } else if (codePoint > WIDE[2 * middle + 1]) {
        low = middle + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
