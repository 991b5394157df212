package dev.ssosetup.common;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON (RFC 8259) reader and writer over plain Java values, so that the token
 * cache, the fixtures and the sandbox's wire formats need no JSON library.
 *
 * <p>Reading gives {@code Map<String, Object>} (insertion order), {@code List<Object>}, {@code
 * String}, {@code Long} (integers that fit), {@code BigDecimal} (every other number, exactly),
 * {@code Boolean} and {@code null}. Anything RFC 8259 does not allow is rejected with the line and
 * column: comments, trailing commas, single quotes, leading zeros, control characters in strings,
 * duplicate keys, text after the value. Writing accepts those types plus any {@link Number} and
 * {@link Collection}, keeps the key order of the map, and escapes only what JSON requires.
 */
public final class Json {
  /** Deeper documents are rejected rather than risk a stack overflow. */
  static final int MAX_DEPTH = 512;

  private Json() {}

  /** Parses one JSON value (the whole text, surrounding whitespace allowed). */
  public static Object parse(String text) {
    Reader reader = new Reader(text);
    reader.skipWhitespace();
    Object value = reader.value(0);
    reader.skipWhitespace();
    if (!reader.atEnd()) {
      throw reader.error("unexpected " + reader.describeNext() + " after the value");
    }
    return value;
  }

  /** Parses a JSON object; any other kind of value is an error. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String text) {
    Object value = parse(text);
    if (!(value instanceof Map)) {
      throw new JsonException("Invalid JSON: expected an object but found " + kind(value));
    }
    return (Map<String, Object>) value;
  }

  /** The value as compact JSON, with no whitespace. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    new JsonWriter(out, null).value(value, 0);
    return out.toString();
  }

  /** The value as JSON indented by two spaces, {@code "key": value}, with no final newline. */
  public static String writePretty(Object value) {
    StringBuilder out = new StringBuilder();
    new JsonWriter(out, "  ").value(value, 0);
    return out.toString();
  }

  /** A human name for the kind of a parsed value, for error messages. */
  public static String kind(Object value) {
    if (value == null) {
      return "null";
    } else if (value instanceof Map) {
      return "an object";
    } else if (value instanceof List) {
      return "an array";
    } else if (value instanceof String) {
      return "a string";
    } else if (value instanceof Boolean) {
      return "a boolean";
    } else if (value instanceof Number) {
      return "a number";
    }
    return value.getClass().getSimpleName();
  }

  /** Malformed JSON, or a value that JSON cannot represent. */
  public static final class JsonException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public JsonException(String message) {
      super(message);
    }
  }

  /** A recursive-descent parser over the text, tracking the position for error messages. */
  private static final class Reader {
    private final String text;
    private int pos;

    Reader(String text) {
      if (text == null) {
        throw new JsonException("Invalid JSON: no text");
      }
      this.text = text;
    }

    boolean atEnd() {
      return pos >= text.length();
    }

    void skipWhitespace() {
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          return;
        }
        pos++;
      }
    }

    Object value(int depth) {
      if (atEnd()) {
        throw error("unexpected end of input, expected a value");
      }
      char c = text.charAt(pos);
      switch (c) {
        case '{':
          return object(depth + 1);
        case '[':
          return array(depth + 1);
        case '"':
          return string();
        case 't':
          return literal("true", Boolean.TRUE);
        case 'f':
          return literal("false", Boolean.FALSE);
        case 'n':
          return literal("null", null);
        default:
          if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
          }
          throw error("unexpected " + describeNext() + ", expected a value");
      }
    }

    private Map<String, Object> object(int depth) {
      checkDepth(depth);
      pos++; // '{'
      Map<String, Object> map = new LinkedHashMap<>();
      skipWhitespace();
      if (peek('}')) {
        pos++;
        return map;
      }
      while (true) {
        skipWhitespace();
        if (!peek('"')) {
          throw error("unexpected " + describeNext() + ", expected a string key");
        }
        int keyPos = pos;
        String key = string();
        skipWhitespace();
        expect(':');
        skipWhitespace();
        Object value = value(depth);
        if (map.containsKey(key)) {
          pos = keyPos;
          throw error("duplicate key \"" + key + "\"");
        }
        map.put(key, value);
        skipWhitespace();
        if (peek(',')) {
          pos++;
        } else if (peek('}')) {
          pos++;
          return map;
        } else {
          throw error("unexpected " + describeNext() + ", expected ',' or '}'");
        }
      }
    }

    private List<Object> array(int depth) {
      checkDepth(depth);
      pos++; // '['
      List<Object> list = new ArrayList<>();
      skipWhitespace();
      if (peek(']')) {
        pos++;
        return list;
      }
      while (true) {
        skipWhitespace();
        list.add(value(depth));
        skipWhitespace();
        if (peek(',')) {
          pos++;
        } else if (peek(']')) {
          pos++;
          return list;
        } else {
          throw error("unexpected " + describeNext() + ", expected ',' or ']'");
        }
      }
    }

    private String string() {
      pos++; // opening quote
      StringBuilder out = new StringBuilder();
      int start = pos;
      while (true) {
        if (atEnd()) {
          throw error("unterminated string");
        }
        char c = text.charAt(pos);
        if (c == '"') {
          out.append(text, start, pos);
          pos++;
          return out.toString();
        }
        if (c < 0x20) {
          throw error("control character U+" + hex4(c) + " in a string (escape it)");
        }
        if (c == '\\') {
          out.append(text, start, pos);
          pos++;
          out.append(escape());
          start = pos;
        } else {
          pos++;
        }
      }
    }

    private char escape() {
      if (atEnd()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos++);
      switch (c) {
        case '"':
          return '"';
        case '\\':
          return '\\';
        case '/':
          return '/';
        case 'b':
          return '\b';
        case 'f':
          return '\f';
        case 'n':
          return '\n';
        case 'r':
          return '\r';
        case 't':
          return '\t';
        case 'u':
          if (pos + 4 > text.length()) {
            throw error("incomplete \\u escape");
          }
          int code = 0;
          for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(pos), 16);
            if (digit < 0) {
              throw error("invalid hex digit in a \\u escape");
            }
            code = code * 16 + digit;
            pos++;
          }
          return (char) code;
        default:
          pos -= 2; // point at the backslash
          throw error("invalid escape \\" + c);
      }
    }

    private Object number() {
      int start = pos;
      if (peek('-')) {
        pos++;
      }
      if (peek('0')) {
        pos++;
        if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
          throw error("leading zero in a number");
        }
      } else if (!digits()) {
        throw error("expected a digit");
      }
      boolean integer = true;
      if (peek('.')) {
        integer = false;
        pos++;
        if (!digits()) {
          throw error("expected a digit after the decimal point");
        }
      }
      if (peek('e') || peek('E')) {
        integer = false;
        pos++;
        if (peek('+') || peek('-')) {
          pos++;
        }
        if (!digits()) {
          throw error("expected a digit in the exponent");
        }
      }
      String literal = text.substring(start, pos);
      if (integer) {
        BigInteger big = new BigInteger(literal);
        if (big.bitLength() < 64) {
          return big.longValue();
        }
      }
      return new BigDecimal(literal);
    }

    private boolean digits() {
      int start = pos;
      while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
        pos++;
      }
      return pos > start;
    }

    private Object literal(String word, Object value) {
      if (!text.startsWith(word, pos)) {
        throw error("unexpected " + describeNext() + ", expected a value");
      }
      pos += word.length();
      return value;
    }

    private void checkDepth(int depth) {
      if (depth > MAX_DEPTH) {
        throw error("nested more than " + MAX_DEPTH + " levels deep");
      }
    }

    private boolean peek(char c) {
      return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) {
      if (!peek(c)) {
        throw error("unexpected " + describeNext() + ", expected '" + c + "'");
      }
      pos++;
    }

    String describeNext() {
      if (atEnd()) {
        return "end of input";
      }
      char c = text.charAt(pos);
      return c < 0x20 || c > 0x7e ? "character U+" + hex4(c) : "'" + c + "'";
    }

    JsonException error(String problem) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < pos && i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      return new JsonException(
          "Invalid JSON at line " + line + ", column " + column + ": " + problem + ".");
    }
  }

  /** The character as four hexadecimal digits, as in a {@code \\u} escape. */
  static String hex4(char c) {
    return String.format("%04x", (int) c);
  }
}
