package dev.ssosetup.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The word a person most likely meant: the nearest of the candidates by edit distance (a letter
 * added, dropped, changed, or two swapped), when it is near enough to be a typo, or the only
 * candidate that starts with what was typed.
 */
final class Suggestions {
  private Suggestions() {}

  /** The nearest candidate, or empty when none is close (then the list is the better help). */
  static Optional<String> nearest(String typed, Collection<String> candidates) {
    String word = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(word, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best != null && bestDistance <= allowedDistance(word)) {
      return Optional.of(best);
    }
    return onlyPrefixOf(word, candidates);
  }

  /**
   * One typo in a short word, two in a word of five or more letters (options count their dashes).
   */
  private static int allowedDistance(String word) {
    int letters = word.replaceFirst("^-+", "").length();
    return letters >= 5 ? 2 : 1;
  }

  private static Optional<String> onlyPrefixOf(String word, Collection<String> candidates) {
    if (word.replaceFirst("^-+", "").length() < 3) {
      return Optional.empty();
    }
    String found = null;
    for (String candidate : candidates) {
      if (candidate.toLowerCase(Locale.ROOT).startsWith(word)) {
        if (found != null) {
          return Optional.empty();
        }
        found = candidate;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The optimal string alignment distance: insertions, deletions, substitutions, swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }
}
