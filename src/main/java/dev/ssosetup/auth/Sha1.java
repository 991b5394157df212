package dev.ssosetup.auth;

/**
 * SHA-1 (FIPS 180-4, section 6.1) for the names of cache files, which the AWS CLI makes from a
 * SHA-1 of the cache key. It is a name, not a protection: nothing here is secret or signed. It is
 * computed here because {@code MessageDigest.getInstance} first loads and configures the JDK's
 * security providers, which costs a short command ({@code profiles}) more than the hash itself
 * (docs/decisions/0003-fast-start-up.md). {@code Sha1Test} checks it against the JDK's digest.
 */
final class Sha1 {
  private Sha1() {}

  /** The 20-byte digest of {@code message}. */
  static byte[] digest(byte[] message) {
    int[] state = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    byte[] padded = pad(message);
    int[] words = new int[80];
    for (int block = 0; block < padded.length; block += 64) {
      for (int t = 0; t < 16; t++) {
        int at = block + t * 4;
        words[t] =
            (padded[at] & 0xff) << 24
                | (padded[at + 1] & 0xff) << 16
                | (padded[at + 2] & 0xff) << 8
                | (padded[at + 3] & 0xff);
      }
      for (int t = 16; t < 80; t++) {
        words[t] =
            Integer.rotateLeft(words[t - 3] ^ words[t - 8] ^ words[t - 14] ^ words[t - 16], 1);
      }
      compress(state, words);
    }
    byte[] digest = new byte[20];
    for (int i = 0; i < 20; i++) {
      digest[i] = (byte) (state[i / 4] >>> (24 - (i % 4) * 8));
    }
    return digest;
  }

  /** The message, a 1 bit, zeros to 56 bytes mod 64, and the length in bits (big-endian). */
  private static byte[] pad(byte[] message) {
    int length = ((message.length + 8) / 64 + 1) * 64;
    byte[] padded = new byte[length];
    System.arraycopy(message, 0, padded, 0, message.length);
    padded[message.length] = (byte) 0x80;
    long bits = (long) message.length * 8;
    for (int i = 0; i < 8; i++) {
      padded[length - 1 - i] = (byte) (bits >>> (8 * i));
    }
    return padded;
  }

  /** One block's 80 rounds, added into the state. */
  private static void compress(int[] state, int[] words) {
    int a = state[0];
    int b = state[1];
    int c = state[2];
    int d = state[3];
    int e = state[4];
    for (int t = 0; t < 80; t++) {
      int f;
      int k;
      if (t < 20) {
        f = (b & c) | (~b & d);
        k = 0x5A827999;
      } else if (t < 40) {
        f = b ^ c ^ d;
        k = 0x6ED9EBA1;
      } else if (t < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8F1BBCDC;
      } else {
        f = b ^ c ^ d;
        k = 0xCA62C1D6;
      }
      int temp = Integer.rotateLeft(a, 5) + f + e + k + words[t];
      e = d;
      d = c;
      c = Integer.rotateLeft(b, 30);
      b = a;
      a = temp;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
  }
}
