package dev.ssosetup.config;

import java.nio.charset.StandardCharsets;

/**
 * One line of the config file: its text, its terminator ({@code "\n"}, {@code "\r\n"}, {@code
 * "\r"}, or {@code ""} for a last line without one), and its original bytes when they were not
 * valid UTF-8, so that such a line is written back exactly as it was read.
 */
final class Line {
  static final String LF = "\n";
  static final String CRLF = "\r\n";
  static final String CR = "\r";
  static final String NONE = "";

  final String text;
  final String eol;
  private final byte[] rawText;

  Line(String text, String eol) {
    this(text, eol, null);
  }

  private Line(String text, String eol, byte[] rawText) {
    this.text = text;
    this.eol = eol;
    this.rawText = rawText;
  }

  /** A line read from bytes: keeps the bytes only when decoding them as UTF-8 loses something. */
  static Line decode(byte[] bytes, int from, int to, String eol) {
    boolean ascii = true;
    for (int i = from; i < to && ascii; i++) {
      ascii = bytes[i] >= 0;
    }
    if (ascii) {
      return new Line(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1), eol);
    }
    String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
    byte[] original = java.util.Arrays.copyOfRange(bytes, from, to);
    boolean exact = java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), original);
    return new Line(text, eol, exact ? null : original);
  }

  /** The same text with another terminator. */
  Line withEol(String newEol) {
    return newEol.equals(eol) ? this : new Line(text, newEol, rawText);
  }

  void appendTo(StringBuilder out) {
    out.append(text).append(eol);
  }

  void appendTo(java.io.ByteArrayOutputStream out) {
    byte[] bytes = rawText != null ? rawText : text.getBytes(StandardCharsets.UTF_8);
    out.write(bytes, 0, bytes.length);
    for (int i = 0; i < eol.length(); i++) {
      out.write(eol.charAt(i));
    }
  }

  @Override
  public String toString() {
    return text + eol;
  }
}
