package dev.ssosetup.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The limiter on a fake clock whose sleeper moves it: no test here waits for real time. */
class RateLimiterTest {
  private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

  private final AtomicLong now = new AtomicLong(123_456_789L);
  private final List<Long> sleeps = Collections.synchronizedList(new ArrayList<>());

  @Test
  void callsAreSpacedOneIntervalApart_soNCallsTakeNMinusOneIntervals() throws Exception {
    RateLimiter limiter = new RateLimiter(20, now::get, this::sleepAndAdvance);
    long start = now.get();

    for (int i = 0; i < 100; i++) {
      limiter.acquire();
    }

    assertThat(now.get() - start).isEqualTo(99 * 50 * MS);
    assertThat(sleeps).hasSize(99).allMatch(s -> s == 50 * MS);
  }

  @Test
  void theFirstCallGoesAtOnce_andAPauseSavesNoSlotsForABurst() throws Exception {
    RateLimiter limiter = new RateLimiter(10, now::get, this::sleepAndAdvance);

    assertThat(limiter.reserve()).isZero();
    now.addAndGet(5_000 * MS); // idle for 5 s
    assertThat(limiter.reserve()).isZero();
    assertThat(limiter.reserve()).isEqualTo(100 * MS);
    assertThat(limiter.reserve()).isEqualTo(200 * MS);
  }

  @Test
  void callsThatComeLate_waitOnlyForWhatIsLeftOfTheirInterval() {
    RateLimiter limiter = new RateLimiter(20, now::get, this::sleepAndAdvance);

    assertThat(limiter.reserve()).isZero();
    now.addAndGet(30 * MS);
    assertThat(limiter.reserve()).isEqualTo(20 * MS);
  }

  @Test
  void fractionalRates_work() {
    RateLimiter limiter = new RateLimiter(0.5, now::get, this::sleepAndAdvance);

    limiter.reserve();
    assertThat(limiter.reserve()).isEqualTo(2_000 * MS);
  }

  @Test
  @Timeout(10)
  void concurrentCallers_eachGetTheirOwnSlot() throws Exception {
    // The clock stands still: each reservation must still be one interval after the previous.
    RateLimiter limiter = new RateLimiter(20, now::get, sleeps::add);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        futures.add(
            pool.submit(
                () -> {
                  limiter.acquire();
                  return null;
                }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    List<Long> waits = new ArrayList<>(sleeps);
    Collections.sort(waits);
    assertThat(waits).hasSize(399);
    for (int i = 0; i < waits.size(); i++) {
      assertThat(waits.get(i)).isEqualTo((i + 1) * 50 * MS);
    }
  }

  @Test
  void aRateOutsideTheRange_isRefused() {
    for (double rate :
        new double[] {0, -1, Double.NaN, 1e-300, 0.0999, 1000.5, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> new RateLimiter(rate))
          .as("rate %s", rate)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(RateLimiter.validRate(RateLimiter.MIN_RATE)).isTrue();
    assertThat(RateLimiter.validRate(RateLimiter.MAX_RATE)).isTrue();
  }

  private void sleepAndAdvance(long nanos) {
    sleeps.add(nanos);
    now.addAndGet(nanos);
  }
}
