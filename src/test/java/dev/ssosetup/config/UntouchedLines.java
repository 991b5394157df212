package dev.ssosetup.config;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that an edit of one section left every other line of a file byte for byte as it was, in
 * the same order, with new lines only where the edited section was or at the end.
 *
 * <p>Lines that belong to the edited section: its header and body lines. Allowed besides, because
 * the editor documents them: the file's last terminator (a line added after a last line without one
 * ends it, and a removal keeps a file without one that way); and for {@code removeSection}, the
 * comment lines right above a removed header and the blank lines before a removed last section.
 */
final class UntouchedLines {
  private UntouchedLines() {}

  static void assertOnlySectionChanged(
      String before, String after, SectionId edited, boolean removal, String context) {
    List<String> old = lines(before);
    List<String> now = lines(after);
    boolean[] mayChange = editableLines(old, edited, removal);

    int at = 0;
    int i = 0;
    while (i < old.size()) {
      if (mayChange[i]) {
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd < old.size() && !mayChange[runEnd]) {
        runEnd++;
      }
      List<String> run = old.subList(i, runEnd);
      int found = find(now, run, at, runEnd == old.size());
      if (found < 0 || (i == 0 && found != 0)) {
        fail(
            "%s%nLines %d-%d of the original (outside %s) are not unchanged in the result.%n"
                + "--- untouched run:%n%s%n--- before:%n%s%n--- after:%n%s",
            context,
            i + 1,
            runEnd,
            edited.header(),
            String.join("", run),
            show(before),
            show(after));
      }
      at = found + run.size();
      i = runEnd;
    }
  }

  /**
   * Finds the run in {@code lines} at or after {@code from}, line by line, bytes and all, except
   * for the terminator of the original's last line or of the result's last line.
   */
  private static int find(List<String> lines, List<String> run, int from, boolean endsOriginal) {
    for (int start = from; start + run.size() <= lines.size(); start++) {
      boolean match = true;
      for (int k = 0; k < run.size() && match; k++) {
        String expected = run.get(k);
        String actual = lines.get(start + k);
        boolean lastOfFile = endsOriginal && k == run.size() - 1 || start + k == lines.size() - 1;
        match =
            lastOfFile ? withoutEol(expected).equals(withoutEol(actual)) : expected.equals(actual);
      }
      if (match) {
        return start;
      }
    }
    return -1;
  }

  private static boolean[] editableLines(List<String> lines, SectionId edited, boolean removal) {
    boolean[] editable = new boolean[lines.size()];
    // Block k spans starts[k] up to starts[k + 1]; block 0 holds the lines before any header.
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < lines.size(); i++) {
      if (SdkSyntax.isHeader(lines.get(i))) {
        starts.add(i);
      }
    }
    starts.add(lines.size());
    int blocks = starts.size() - 1;
    boolean[] owned = new boolean[blocks];
    for (int b = 1; b < blocks; b++) {
      owned[b] = owned(lines.get(starts.get(b)), edited);
      if (!owned[b]) {
        continue;
      }
      for (int i = starts.get(b); i < starts.get(b + 1); i++) {
        editable[i] = true;
      }
      if (removal && b > 1) {
        for (int i = starts.get(b) - 1; i > starts.get(b - 1) && isComment(lines.get(i)); i--) {
          editable[i] = true;
        }
      }
    }
    int last = blocks - 1;
    while (last > 0 && owned[last]) {
      last--;
    }
    if (removal && last < blocks - 1) {
      // The comments right above the first removed header (allowed above), then blank lines.
      int i = starts.get(last + 1) - 1;
      while (last > 0 && i > starts.get(last) && isComment(lines.get(i))) {
        i--;
      }
      for (; i >= starts.get(last) && SdkSyntax.isBlank(withoutEol(lines.get(i))); i--) {
        editable[i] = true;
      }
    }
    return editable;
  }

  private static boolean owned(String line, SectionId edited) {
    if (!SdkSyntax.isHeader(line)) {
      return false;
    }
    try {
      return edited.equals(SdkSyntax.header(withoutEol(line)).id());
    } catch (SdkSyntax.SyntaxError e) {
      return false;
    }
  }

  private static boolean isComment(String line) {
    return SdkSyntax.isComment(withoutEol(line));
  }

  /** Lines with their terminators, split where the SDK splits: "\r\n", "\n" or "\r". */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  static String withoutEol(String line) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
      end--;
    }
    return line.substring(0, end);
  }

  /** The text with line ends made visible, for failure messages. */
  static String show(String text) {
    return text.replace("\r", "\\r").replace("\n", "\\n\n").replace("\t", "\\t");
  }
}
