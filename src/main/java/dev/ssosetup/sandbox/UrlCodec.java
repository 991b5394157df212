package dev.ssosetup.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Percent-encoding as RFC 3986 (and SigV4) defines it, and decoding of query strings and HTML form
 * bodies. {@link java.net.URLEncoder} is not used because it encodes a space as {@code +} and
 * leaves {@code *} alone, which SigV4 does the other way round.
 */
final class UrlCodec {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlCodec() {}

  /** Encodes everything but the unreserved characters {@code A-Z a-z 0-9 - _ . ~}. */
  static String encode(String value) {
    return encode(value, false);
  }

  /** Like {@link #encode(String)} but keeps {@code /}, for paths. */
  static String encodePath(String value) {
    return encode(value, true);
  }

  private static String encode(String value, boolean keepSlash) {
    StringBuilder out = new StringBuilder(value.length());
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~'
          || (keepSlash && c == '/')) {
        out.append(c);
      } else {
        out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
      }
    }
    return out.toString();
  }

  /**
   * Decodes percent escapes as UTF-8; with {@code plusIsSpace} also {@code +} (HTML forms). A
   * malformed escape is kept as it is, as browsers do.
   */
  static String decode(String value, boolean plusIsSpace) {
    if (value.indexOf('%') < 0 && !(plusIsSpace && value.indexOf('+') >= 0)) {
      return value;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%' && isHex(value, i + 1) && isHex(value, i + 2)) {
        bytes.write(
            Character.digit(value.charAt(i + 1), 16) * 16
                + Character.digit(value.charAt(i + 2), 16));
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
          encoded = value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(encoded);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(String value, int index) {
    return index < value.length() && Character.digit(value.charAt(index), 16) >= 0;
  }

  /**
   * The name/value pairs of a raw query string or form body, decoded, in order; a name without
   * {@code =} has the empty value.
   */
  static List<Map.Entry<String, String>> pairs(String raw, boolean plusIsSpace) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    if (raw == null || raw.isEmpty()) {
      return pairs;
    }
    for (String part : raw.split("&")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      String name = eq < 0 ? part : part.substring(0, eq);
      String value = eq < 0 ? "" : part.substring(eq + 1);
      pairs.add(Map.entry(decode(name, plusIsSpace), decode(value, plusIsSpace)));
    }
    return pairs;
  }

  /** The parameters of a query string or form body; a repeated name keeps its first value. */
  static Map<String, String> parameters(String raw, boolean plusIsSpace) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, String> pair : pairs(raw, plusIsSpace)) {
      map.putIfAbsent(pair.getKey(), pair.getValue());
    }
    return map;
  }

  /** A query string from the given parameters, each name and value encoded. */
  static String query(Map<String, String> parameters) {
    StringBuilder out = new StringBuilder();
    parameters.forEach(
        (name, value) -> {
          if (out.length() > 0) {
            out.append('&');
          }
          out.append(encode(name)).append('=').append(encode(value));
        });
    return out.toString();
  }
}
