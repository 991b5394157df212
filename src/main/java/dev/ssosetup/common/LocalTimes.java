package dev.ssosetup.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How messages show a token's expiry: local time to the minute, with the zone. The zone is the
 * user's, from the injected clock ({@code Environment.clock().getZone()}), never the JVM's global.
 */
public final class LocalTimes {
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

  private LocalTimes() {}

  /** For example {@code 2026-11-27 18:04 JST}. */
  public static String minutes(Instant instant, ZoneId zone) {
    return MINUTES.format(instant.atZone(zone));
  }
}
