package dev.ssosetup.common;

import java.util.Collection;
import java.util.Map;

/**
 * Appends plain Java values to a builder as JSON (RFC 8259), compact or indented, for {@link Json}.
 * Keeps a map's key order and escapes only what JSON requires, plus what would break a JavaScript
 * reader or UTF-8.
 */
final class JsonWriter {
  private final StringBuilder out;
  private final String indent;

  JsonWriter(StringBuilder out, String indent) {
    this.out = out;
    this.indent = indent;
  }

  void value(Object value, int depth) {
    if (depth > Json.MAX_DEPTH) {
      throw new Json.JsonException(
          "Cannot write JSON nested more than " + Json.MAX_DEPTH + " levels");
    }
    if (value == null) {
      out.append("null");
    } else if (value instanceof String string) {
      string(string);
    } else if (value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Number number) {
      number(number);
    } else if (value instanceof Map<?, ?> map) {
      object(map, depth);
    } else if (value instanceof Collection<?> collection) {
      array(collection, depth);
    } else {
      throw new Json.JsonException(
          "Cannot write a " + value.getClass().getName() + " as JSON (not a JSON type)");
    }
  }

  private void object(Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw new Json.JsonException("Cannot write a JSON object key that is not a string");
      }
      if (!first) {
        out.append(',');
      }
      first = false;
      newline(depth + 1);
      string(key);
      out.append(indent == null ? ":" : ": ");
      value(entry.getValue(), depth + 1);
    }
    newline(depth);
    out.append('}');
  }

  private void array(Collection<?> collection, int depth) {
    if (collection.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    boolean first = true;
    for (Object element : collection) {
      if (!first) {
        out.append(',');
      }
      first = false;
      newline(depth + 1);
      value(element, depth + 1);
    }
    newline(depth);
    out.append(']');
  }

  private void newline(int depth) {
    if (indent != null) {
      out.append('\n');
      out.append(indent.repeat(depth));
    }
  }

  private void number(Number number) {
    if (number instanceof Double || number instanceof Float) {
      double d = number.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new Json.JsonException("Cannot write " + d + " as JSON (not a finite number)");
      }
    }
    // Java's own forms (1.0, 1.0E-5, 12, 1E+3) are all valid JSON numbers.
    out.append(number);
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          // U+2028/2029 are valid JSON but break JavaScript readers; a lone surrogate would
          // turn into '?' when the text is encoded as UTF-8.
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || isLoneSurrogate(s, i)) {
            out.append("\\u").append(Json.hex4(c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  private static boolean isLoneSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
  }
}
