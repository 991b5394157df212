package dev.ssosetup.sandbox;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes every token, code, key and identifier the sandbox hands out, shaped like the real service's
 * (prefixes and rough lengths), and remembers each secret so tests can scan output for leaks.
 */
final class Secrets {
  // Query parameters whose values are secret whatever they are (PKCE codes, presigned URLs).
  private static final Set<String> SECRET_PARAMETERS =
      Set.of(
          "code",
          "X-Amz-Signature",
          "X-Amz-Security-Token",
          "X-Amz-Credential",
          // The sign-in federation endpoint: a whole role session, and the token made from it.
          "Session",
          "SigninToken");
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  // Letters only, without the ones a person confuses (I, O, and vowels that spell words).
  private static final String USER_CODE_LETTERS = "BCDFGHJKLMNPQRSTVWXZ";

  private final SecureRandom random = new SecureRandom();
  private final Set<String> issued = ConcurrentHashMap.newKeySet();

  String accessToken() {
    return secret("aoa" + base64Url(145));
  }

  String refreshToken() {
    return secret("aor" + base64Url(145));
  }

  String clientSecret() {
    return secret("eyJ" + base64Url(226));
  }

  String deviceCode() {
    return secret(base64Url(64));
  }

  String authorizationCode() {
    return secret(base64Url(96));
  }

  String secretAccessKey() {
    return secret(Base64.getEncoder().encodeToString(bytes(30)));
  }

  /** Standard base64 on purpose: real session tokens carry {@code +}, {@code /} and {@code =}. */
  String sessionToken() {
    return secret("IQoJb3JpZ2luX2VjE" + Base64.getEncoder().encodeToString(bytes(301)));
  }

  /** A console sign-in token of the federation endpoint (the real ones are long and opaque). */
  String signinToken() {
    return secret(base64Url(192));
  }

  String clientId() {
    return base64Url(24);
  }

  /** Eight letters as {@code ABCD-EFGH}, as the device page shows them. */
  String userCode() {
    StringBuilder code = new StringBuilder(9);
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        code.append('-');
      }
      code.append(USER_CODE_LETTERS.charAt(random.nextInt(USER_CODE_LETTERS.length())));
    }
    return code.toString();
  }

  /** A temporary access key id: {@code ASIA} and 16 base32 characters. */
  String accessKeyId() {
    StringBuilder id = new StringBuilder("ASIA");
    for (int i = 0; i < 16; i++) {
      id.append(BASE32.charAt(random.nextInt(BASE32.length())));
    }
    return id.toString();
  }

  String requestId() {
    return UUID.randomUUID().toString();
  }

  /** An opaque random string, for ids that are not secret (pending authorization requests). */
  String opaqueId() {
    return base64Url(18);
  }

  boolean isIssued(String value) {
    return issued.contains(value);
  }

  /**
   * A raw query string with the value of every secret parameter, and every value that is an issued
   * secret, replaced by {@code <redacted>}: safe to log or show.
   */
  String redactQuery(String rawQuery) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> pair : UrlCodec.pairs(rawQuery, false)) {
      if (out.length() > 0) {
        out.append('&');
      }
      String value = pair.getValue();
      boolean secret = SECRET_PARAMETERS.contains(pair.getKey()) || isIssued(value);
      out.append(UrlCodec.encode(pair.getKey()))
          .append('=')
          .append(secret ? "<redacted>" : UrlCodec.encode(value));
    }
    return out.toString();
  }

  Set<String> issued() {
    return Set.copyOf(issued);
  }

  private String secret(String value) {
    issued.add(value);
    return value;
  }

  private String base64Url(int byteCount) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(byteCount));
  }

  private byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    random.nextBytes(bytes);
    return bytes;
  }
}
