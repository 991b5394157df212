package dev.ssosetup.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class NoRealOutputTest {
  @Test
  void guard_catchesWhatReachesEitherStream_andPutsTheStreamsBack() {
    PrintStream out = System.out;
    PrintStream err = System.err;

    NoRealOutput.Guard guard = NoRealOutput.Guard.start();
    System.out.print("leak on stdout");
    System.err.print(", and on stderr");
    String written = guard.stop();

    assertThat(written).isEqualTo("leak on stdout, and on stderr");
    assertThat(System.out).isSameAs(out);
    assertThat(System.err).isSameAs(err);
  }

  @Test
  void guard_findsNothingWhenNothingIsWritten() {
    NoRealOutput.Guard guard = NoRealOutput.Guard.start();

    assertThat(guard.stop()).isEmpty();
  }
}
