package dev.ssosetup.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cache files' SHA-1: the standard's examples, and the JDK's digest for every length. */
class Sha1Test {
  @ParameterizedTest
  @CsvSource({
    "'', da39a3ee5e6b4b0d3255bfef95601890afd80709",
    "abc, a9993e364706816aba3e25717850c26c9cd0d89d",
    "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq,"
        + " 84983e441c3bd26ebaae4aa1f95129e5e54670f1",
  })
  void theStandardsExamples(String text, String hex) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);

    assertThat(HexFormat.of().formatHex(Sha1.digest(bytes))).isEqualTo(hex);
  }

  /** Every length up to five blocks (each padding case: 55, 56, 63, 64 bytes), random bytes. */
  @Test
  void agreesWithTheJdk_forEveryLength() throws Exception {
    Random random = new Random(12);
    MessageDigest jdk = MessageDigest.getInstance("SHA-1");
    for (int length = 0; length <= 320; length++) {
      for (int sample = 0; sample < 3; sample++) {
        byte[] message = new byte[length];
        random.nextBytes(message);

        assertThat(Sha1.digest(message)).as("length %d", length).isEqualTo(jdk.digest(message));
      }
    }
  }

  @Test
  void cacheFileNames_areTheAwsClisSha1Hex() {
    assertThat(CacheFiles.sha1Hex("my-sso")).isEqualTo(sha1HexByTheJdk("my-sso"));
    assertThat(CacheFiles.sha1Hex("日本語のセッション")).isEqualTo(sha1HexByTheJdk("日本語のセッション"));
  }

  private static String sha1HexByTheJdk(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
