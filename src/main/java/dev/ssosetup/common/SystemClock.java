package dev.ssosetup.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the user's time zone, which it looks up only when asked for: finding the zone
 * reads the JDK's time-zone database, a noticeable part of a short command's start-up
 * (docs/decisions/0003-fast-start-up.md), and most runs never show a local time.
 */
final class SystemClock extends Clock {
  private volatile ZoneId zone;

  @Override
  public ZoneId getZone() {
    ZoneId known = zone;
    if (known == null) {
      known = ZoneId.systemDefault();
      zone = known;
    }
    return known;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.system(zone);
  }

  @Override
  public Instant instant() {
    return Instant.now();
  }

  @Override
  public long millis() {
    return System.currentTimeMillis();
  }

  @Override
  public String toString() {
    return "SystemClock[" + getZone() + "]";
  }
}
