package dev.ssosetup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThrottleTest {
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  @Test
  void zeroRate_neverRefuses() {
    Throttle throttle = new Throttle(0, nanos::get);

    for (int i = 0; i < 10_000; i++) {
      assertThat(throttle.tryAcquire()).isTrue();
    }
  }

  @Test
  void burst_isOneSecondsWorth() {
    Throttle throttle = new Throttle(20, nanos::get);

    assertThat(countAccepted(throttle, 25)).isEqualTo(20);
  }

  @Test
  void clientKeepingToTheRate_isNeverRefused_over3000Requests() {
    // populate's benchmark: 1,000 accounts x 3 roles at 20 requests per second.
    Throttle throttle = new Throttle(20, nanos::get);

    int refused = 0;
    for (int i = 0; i < 3000; i++) {
      if (!throttle.tryAcquire()) {
        refused++;
      }
      nanos.addAndGet(50_000_000L);
    }

    assertThat(refused).isZero();
  }

  @Test
  void clientAboveTheRate_isRefusedExactlyTheExcess() {
    Throttle throttle = new Throttle(20, nanos::get);

    // 40 requests per second for 10 seconds, after the burst is spent.
    countAccepted(throttle, 20);
    int accepted = 0;
    for (int i = 0; i < 400; i++) {
      nanos.addAndGet(25_000_000L);
      if (throttle.tryAcquire()) {
        accepted++;
      }
    }

    assertThat(accepted).isEqualTo(200);
  }

  @Test
  void setRate_changesTheLimitAndRefills() {
    Throttle throttle = new Throttle(1, nanos::get);
    countAccepted(throttle, 5);

    throttle.setRate(5);

    assertThat(countAccepted(throttle, 10)).isEqualTo(5);
  }

  @Test
  void invalidRates_areRejected() {
    assertThatThrownBy(() -> new Throttle(-1)).hasMessageContaining("0 (off)");
    assertThatThrownBy(() -> new Throttle(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  private static int countAccepted(Throttle throttle, int attempts) {
    int accepted = 0;
    for (int i = 0; i < attempts; i++) {
      if (throttle.tryAcquire()) {
        accepted++;
      }
    }
    return accepted;
  }
}
