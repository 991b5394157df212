package dev.ssosetup.auth;

import dev.ssosetup.common.Text;
import java.time.Duration;

/**
 * Durations in words for messages, in the reader's language: {@code 10 minutes}, {@code 45
 * seconds}, {@code 2 hours} ({@code 10 分} ...).
 */
final class Durations {
  private Durations() {}

  static Text words(Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    if (seconds >= 3600 && seconds % 3600 == 0) {
      return count(seconds / 3600, "hour");
    }
    if (seconds >= 60 && seconds % 60 == 0) {
      return count(seconds / 60, "minute");
    }
    if (seconds >= 60) {
      return Text.of(
          "auth.duration.minutesAndSeconds",
          count(seconds / 60, "minute"),
          count(seconds % 60, "second"));
    }
    return count(seconds, "second");
  }

  private static Text count(long count, String unit) {
    return Text.of("auth.duration." + unit + (count == 1 ? ".one" : ".many"), count);
  }
}
