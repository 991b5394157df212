package dev.ssosetup.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The process's clock looks its zone up late, and is otherwise the JDK's system clock. (That a
 * short command never looks it up is checked by StartUpShortcutsTest's class list.)
 */
class SystemClockTest {
  @Test
  void zone_isTheSystemDefault() {
    assertThat(new SystemClock().getZone()).isEqualTo(ZoneId.systemDefault());
    assertThat(Environment.system().clock().getZone()).isEqualTo(ZoneId.systemDefault());
  }

  @Test
  void instant_isTheSystemsTime() {
    Instant before = Instant.now();
    SystemClock clock = new SystemClock();
    Instant now = clock.instant();
    long millis = clock.millis();
    Instant after = Instant.now();

    assertThat(now).isBetween(before, after);
    assertThat(Instant.ofEpochMilli(millis)).isBetween(before.minusMillis(1), after.plusMillis(1));
  }

  @Test
  void withZone_keepsTheTime_inTheOtherZone() {
    assertThat(new SystemClock().withZone(ZoneOffset.UTC).getZone()).isEqualTo(ZoneOffset.UTC);
  }
}
