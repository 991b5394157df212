package dev.ssosetup.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A unified diff of two texts, as {@code diff -u} prints it: {@code ---}/{@code +++} headers,
 * {@code @@} hunks with 3 lines of context, "\ No newline at end of file", and lines compared with
 * their terminators (so a change from LF to CRLF shows).
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  public static String of(String fromLabel, String toLabel, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> from = lines(before);
    List<String> to = lines(after);
    Map<String, Integer> ids = new HashMap<>();
    int[] a = ids(from, ids);
    int[] b = ids(to, ids);
    boolean[] deleted = new boolean[a.length];
    boolean[] inserted = new boolean[b.length];
    new Myers(a, b, deleted, inserted).compare(0, a.length, 0, b.length);

    StringBuilder out = new StringBuilder();
    out.append("--- ").append(fromLabel).append('\n');
    out.append("+++ ").append(toLabel).append('\n');
    List<int[]> script = script(deleted, inserted);
    int next = 0;
    while (next < script.size()) {
      int firstChange = next;
      while (firstChange < script.size() && script.get(firstChange)[0] == ' ') {
        firstChange++;
      }
      if (firstChange == script.size()) {
        break;
      }
      int start = Math.max(next, firstChange - CONTEXT);
      // Extend the hunk while the next change is close enough for the contexts to touch.
      int end = firstChange;
      int equalRun = 0;
      for (int i = firstChange; i < script.size(); i++) {
        if (script.get(i)[0] == ' ') {
          equalRun++;
          if (equalRun > 2 * CONTEXT) {
            break;
          }
        } else {
          equalRun = 0;
          end = i;
        }
      }
      int stop = Math.min(script.size(), end + 1 + CONTEXT);
      appendHunk(out, script.subList(start, stop), from, to);
      next = stop;
    }
    return out.toString();
  }

  private static void appendHunk(
      StringBuilder out, List<int[]> hunk, List<String> from, List<String> to) {
    int oldCount = 0;
    int newCount = 0;
    for (int[] op : hunk) {
      if (op[0] != '+') {
        oldCount++;
      }
      if (op[0] != '-') {
        newCount++;
      }
    }
    int[] first = hunk.get(0);
    out.append("@@ -").append(range(first[1], oldCount));
    out.append(" +").append(range(first[2], newCount)).append(" @@\n");
    for (int[] op : hunk) {
      String line = op[0] == '+' ? to.get(op[2]) : from.get(op[1]);
      out.append((char) op[0]).append(line);
      if (!line.endsWith("\n")) {
        out.append("\n\\ No newline at end of file\n");
      }
    }
  }

  /** diff's range: "start,count" (1-based), "start" when count is 1, the line before when 0. */
  private static String range(int zeroBasedStart, int count) {
    if (count == 1) {
      return String.valueOf(zeroBasedStart + 1);
    }
    return (count == 0 ? zeroBasedStart : zeroBasedStart + 1) + "," + count;
  }

  /** The edit script: {op, index in old, index in new}, where op is ' ', '-' or '+'. */
  private static List<int[]> script(boolean[] deleted, boolean[] inserted) {
    List<int[]> script = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < deleted.length || j < inserted.length) {
      if (i < deleted.length && deleted[i]) {
        script.add(new int[] {'-', i++, j});
      } else if (j < inserted.length && inserted[j]) {
        script.add(new int[] {'+', i, j++});
      } else {
        script.add(new int[] {' ', i++, j++});
      }
    }
    return script;
  }

  /** Lines with their "\n" (a "\r" before it stays part of the line, as in diff). */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end + 1;
      lines.add(text.substring(start, end));
      start = end;
    }
    return lines;
  }

  private static int[] ids(List<String> lines, Map<String, Integer> ids) {
    int[] result = new int[lines.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = ids.computeIfAbsent(lines.get(i), k -> ids.size());
    }
    return result;
  }

  /**
   * Myers' divide-and-conquer on the middle snake ("An O(ND) Difference Algorithm", 4b): O(ND) time
   * in linear space, after dropping the common start and end, so that a small change in a large
   * file costs little.
   */
  private static final class Myers {
    private final int[] a;
    private final int[] b;
    private final boolean[] deleted;
    private final boolean[] inserted;
    private final int[] forward;
    private final int[] backward;
    private final int offset;

    Myers(int[] a, int[] b, boolean[] deleted, boolean[] inserted) {
      this.a = a;
      this.b = b;
      this.deleted = deleted;
      this.inserted = inserted;
      this.offset = a.length + b.length + 2;
      this.forward = new int[2 * offset + 1];
      this.backward = new int[2 * offset + 1];
    }

    void compare(int aLow, int aHigh, int bLow, int bHigh) {
      while (aLow < aHigh && bLow < bHigh && a[aLow] == b[bLow]) {
        aLow++;
        bLow++;
      }
      while (aLow < aHigh && bLow < bHigh && a[aHigh - 1] == b[bHigh - 1]) {
        aHigh--;
        bHigh--;
      }
      if (aLow == aHigh) {
        for (int j = bLow; j < bHigh; j++) {
          inserted[j] = true;
        }
      } else if (bLow == bHigh) {
        for (int i = aLow; i < aHigh; i++) {
          deleted[i] = true;
        }
      } else {
        int[] snake = middleSnake(aLow, aHigh, bLow, bHigh);
        compare(aLow, snake[0], bLow, snake[1]);
        compare(snake[2], aHigh, snake[3], bHigh);
      }
    }

    /** The middle snake {x0, y0, x1, y1} of an optimal path; both ends are non-empty and differ. */
    private int[] middleSnake(int aLow, int aHigh, int bLow, int bHigh) {
      int n = aHigh - aLow;
      int m = bHigh - bLow;
      int delta = n - m;
      boolean odd = (delta & 1) != 0;
      forward[offset + 1] = 0;
      backward[offset + 1] = 0;
      for (int d = 0; d <= (n + m + 1) / 2; d++) {
        for (int k = -d; k <= d; k += 2) {
          int x = next(forward, k, d);
          int y = x - k;
          int x0 = x;
          int y0 = y;
          while (x < n && y < m && a[aLow + x] == b[bLow + y]) {
            x++;
            y++;
          }
          forward[offset + k] = x;
          int c = delta - k;
          if (odd && c >= -(d - 1) && c <= d - 1 && x + backward[offset + c] >= n) {
            return new int[] {aLow + x0, bLow + y0, aLow + x, bLow + y};
          }
        }
        for (int c = -d; c <= d; c += 2) {
          int x = next(backward, c, d);
          int y = x - c;
          int x0 = x;
          int y0 = y;
          while (x < n && y < m && a[aHigh - 1 - x] == b[bHigh - 1 - y]) {
            x++;
            y++;
          }
          backward[offset + c] = x;
          int k = delta - c;
          if (!odd && k >= -d && k <= d && forward[offset + k] + x >= n) {
            return new int[] {aHigh - x, bHigh - y, aHigh - x0, bHigh - y0};
          }
        }
      }
      throw new IllegalStateException("no middle snake");
    }

    /** The furthest x on diagonal k after d edits, stepping from diagonal k-1 or k+1. */
    private int next(int[] v, int k, int d) {
      return k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1]
          : v[offset + k - 1] + 1;
    }
  }
}
