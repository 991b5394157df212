package dev.ssosetup.auth;

import java.time.Duration;

/** Durations in words for messages: {@code 10 minutes}, {@code 45 seconds}, {@code 2 hours}. */
final class Durations {
  private Durations() {}

  static String words(Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    if (seconds >= 3600 && seconds % 3600 == 0) {
      return plural(seconds / 3600, "hour");
    }
    if (seconds >= 60 && seconds % 60 == 0) {
      return plural(seconds / 60, "minute");
    }
    if (seconds >= 60) {
      return plural(seconds / 60, "minute") + " " + plural(seconds % 60, "second");
    }
    return plural(seconds, "second");
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }
}
