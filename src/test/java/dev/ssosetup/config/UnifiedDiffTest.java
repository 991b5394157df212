package dev.ssosetup.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Expected outputs were made with GNU diff 3.8: {@code diff -u --label A --label B}. */
class UnifiedDiffTest {

  @Test
  void of_sameText_isEmpty() {
    assertThat(UnifiedDiff.of("A", "B", "a\n", "a\n")).isEmpty();
  }

  @Test
  void of_insertionAtTheEnd() {
    assertThat(UnifiedDiff.of("A", "B", "a\nb\nc\n", "a\nb\nc\nd\n"))
        .isEqualTo("--- A\n+++ B\n@@ -1,3 +1,4 @@\n a\n b\n c\n+d\n");
  }

  @Test
  void of_changeInTheMiddle_showsThreeLinesOfContext() {
    assertThat(
            UnifiedDiff.of(
                "A",
                "B",
                "l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\n",
                "l1\nl2\nl3\nl4\nL5\nl6\nl7\nl8\nl9\n"))
        .isEqualTo("--- A\n+++ B\n@@ -2,7 +2,7 @@\n l2\n l3\n l4\n-l5\n+L5\n l6\n l7\n l8\n");
  }

  @Test
  void of_crlfText_keepsTheCarriageReturns() {
    assertThat(UnifiedDiff.of("A", "B", "[a]\r\nk = 1\r\n", "[a]\r\nk = 2\r\nj = 3\r\n"))
        .isEqualTo("--- A\n+++ B\n@@ -1,2 +1,3 @@\n [a]\r\n-k = 1\r\n+k = 2\r\n+j = 3\r\n");
  }

  @Test
  void of_noFinalNewline_saysSo() {
    assertThat(UnifiedDiff.of("A", "B", "x\ny", "x\ny\nz"))
        .isEqualTo(
            "--- A\n+++ B\n@@ -1,2 +1,3 @@\n x\n-y\n\\ No newline at end of file\n+y\n+z\n"
                + "\\ No newline at end of file\n");
  }

  @Test
  void of_fromEmptyText_startsAtLineZero() {
    assertThat(UnifiedDiff.of("A", "B", "", "[default]\nregion = x\n"))
        .isEqualTo("--- A\n+++ B\n@@ -0,0 +1,2 @@\n+[default]\n+region = x\n");
  }

  @Test
  void of_changesFarApart_makeTwoHunks() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n";
    String after = before.replace("\n3\n", "\nX\n").replace("\n17\n", "\nY\n");

    assertThat(UnifiedDiff.of("A", "B", before, after))
        .isEqualTo(
            "--- A\n+++ B\n@@ -1,6 +1,6 @@\n 1\n 2\n-3\n+X\n 4\n 5\n 6\n"
                + "@@ -14,7 +14,7 @@\n 14\n 15\n 16\n-17\n+Y\n 18\n 19\n 20\n");
  }

  @Test
  void of_changesSixLinesApart_shareOneHunk() {
    assertThat(
            UnifiedDiff.of("A", "B", "1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\n2\nX\n4\n5\n6\n7\n8\nY\n"))
        .isEqualTo("--- A\n+++ B\n@@ -1,9 +1,9 @@\n 1\n 2\n-3\n+X\n 4\n 5\n 6\n 7\n 8\n-9\n+Y\n");
  }

  @Test
  void of_largeFilesWithScatteredChanges_isFast() {
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      before.append("line ").append(i).append('\n');
      after.append(i % 50 == 0 ? "changed " : "line ").append(i).append('\n');
    }

    String diff =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () -> UnifiedDiff.of("A", "B", before.toString(), after.toString()));

    assertThat(diff.lines().filter(line -> line.startsWith("+changed"))).hasSize(400);
  }

  @Test
  void of_everyLineChanged_isStillExact() {
    String diff = UnifiedDiff.of("A", "B", "a\nb\nc\n", "x\ny\n");

    assertThat(diff).isEqualTo("--- A\n+++ B\n@@ -1,3 +1,2 @@\n-a\n-b\n-c\n+x\n+y\n");
  }
}
