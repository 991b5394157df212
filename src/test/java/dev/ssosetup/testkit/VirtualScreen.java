package dev.ssosetup.testkit;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a person would see on an xterm-like terminal, for tests: it reads the bytes a terminal
 * writes, understands the cursor movements and erasures JLine sends (the VT100 subset of the xterm
 * terminfo), and keeps the lines as text. The screen grows downwards without limit, so scrolled-off
 * lines stay in {@link #lines()}. A linefeed moves straight down, as on a real terminal; JLine's
 * line discipline turns {@code \n} into {@code \r\n} on output.
 */
public final class VirtualScreen extends OutputStream {
  private enum State {
    TEXT,
    ESCAPE,
    CSI,
    OSC,
    OSC_ESCAPE,
    CHARSET
  }

  private static final char WIDE_FILLER = '\uFFFF';

  private final int columns;
  private final boolean onlcr;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer undecoded = ByteBuffer.allocate(64);
  private final List<StringBuilder> lines = new ArrayList<>();
  private final StringBuilder raw = new StringBuilder();
  private final StringBuilder sequence = new StringBuilder();
  private final List<String> unknownSequences = new ArrayList<>();
  private final List<String> cursorLinesSeen = new ArrayList<>();
  private State state = State.TEXT;
  private int row;
  private int column;
  private boolean pendingWrap;
  private int bells;

  /** An xterm-like screen that wraps at this width. */
  public VirtualScreen(int columns) {
    this(columns, false);
  }

  /**
   * A screen whose linefeeds also return the cursor, as a terminal device does for programs that
   * write to it without a line discipline of their own (JLine's dumb terminal): the kernel's {@code
   * onlcr}.
   */
  public VirtualScreen(int columns, boolean onlcr) {
    this.columns = columns;
    this.onlcr = onlcr;
    lines.add(new StringBuilder());
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    int position = offset;
    while (position < offset + length) {
      int chunk = Math.min(undecoded.remaining(), offset + length - position);
      undecoded.put(bytes, position, chunk);
      position += chunk;
      undecoded.flip();
      CharBuffer chars = CharBuffer.allocate(128);
      decoder.decode(undecoded, chars, false);
      undecoded.compact();
      chars.flip();
      while (chars.hasRemaining()) {
        feed(chars.get());
      }
    }
    String cursorLine = cursorLine();
    if (cursorLinesSeen.isEmpty()
        || !cursorLinesSeen.get(cursorLinesSeen.size() - 1).equals(cursorLine)) {
      cursorLinesSeen.add(cursorLine);
    }
    notifyAll();
  }

  /**
   * Every text the cursor's line had after a write, in order (each change once). A line that is
   * drawn and erased again soon (a progress line) may be gone before a waiting test reads the
   * screen, however long it waits: this keeps it, so that a test can wait for it to have been
   * shown.
   */
  public synchronized List<String> cursorLinesSeen() {
    return List.copyOf(cursorLinesSeen);
  }

  /** The lines on screen, without trailing spaces, and without the empty lines at the bottom. */
  public synchronized List<String> lines() {
    List<String> text = new ArrayList<>();
    for (StringBuilder line : lines) {
      text.add(visible(line));
    }
    while (!text.isEmpty() && text.get(text.size() - 1).isEmpty()) {
      text.remove(text.size() - 1);
    }
    return text;
  }

  /** The screen as one text, lines joined by {@code \n}. */
  public String text() {
    return String.join("\n", lines());
  }

  /** The line the cursor is on, without trailing spaces. */
  public synchronized String cursorLine() {
    return visible(lines.get(row));
  }

  public synchronized int cursorRow() {
    return row;
  }

  public synchronized int cursorColumn() {
    return column;
  }

  private static String visible(CharSequence line) {
    return line.toString().replace(String.valueOf(WIDE_FILLER), "").stripTrailing();
  }

  /** Everything written so far, escape sequences included. */
  public synchronized String raw() {
    return raw.toString();
  }

  /** How many times the terminal bell rang. */
  public synchronized int bells() {
    return bells;
  }

  /** Escape sequences this model does not understand (a test can assert there are none). */
  public synchronized List<String> unknownSequences() {
    return List.copyOf(unknownSequences);
  }

  /** Waits until the screen satisfies the condition; fails with the screen shown if it does not. */
  public synchronized void await(Predicate<VirtualScreen> condition, String what, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.test(this)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "Timed out after " + limit + " waiting for " + what + "; the screen:\n" + dump());
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted waiting for " + what, e);
      }
    }
  }

  /** The screen with a border and the cursor marked, for failure messages. */
  public synchronized String dump() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      out.append(i == row ? ">|" : " |").append(visible(lines.get(i))).append("|\n");
    }
    return out.append("(cursor at row ")
        .append(row)
        .append(", column ")
        .append(column)
        .append(")")
        .toString();
  }

  private void feed(char c) {
    raw.append(c);
    switch (state) {
      case TEXT -> text(c);
      case ESCAPE -> escape(c);
      case CSI -> {
        if (c >= 0x20 && c <= 0x3f) {
          sequence.append(c);
        } else {
          controlSequence(sequence.toString(), c);
          state = State.TEXT;
        }
      }
      case OSC -> {
        if (c == 7) {
          state = State.TEXT;
        } else if (c == 27) {
          state = State.OSC_ESCAPE;
        }
      }
      case OSC_ESCAPE, CHARSET -> state = State.TEXT;
    }
  }

  private void text(char c) {
    switch (c) {
      case 27 -> state = State.ESCAPE;
      case '\r' -> {
        column = 0;
        pendingWrap = false;
      }
      case '\n' -> {
        moveToRow(row + 1);
        if (onlcr) {
          column = 0;
        }
        pendingWrap = false;
      }
      case '\b' -> {
        column = Math.max(0, column - 1);
        pendingWrap = false;
      }
      case '\t' -> column = Math.min(columns - 1, (column / 8 + 1) * 8);
      case 7 -> bells++;
      default -> {
        if (c >= 0x20) {
          print(c);
        }
      }
    }
  }

  private void escape(char c) {
    switch (c) {
      case '[' -> {
        sequence.setLength(0);
        state = State.CSI;
      }
      case ']' -> state = State.OSC;
      case '(', ')' -> state = State.CHARSET;
      default -> state = State.TEXT; // ESC = and ESC > (keypad modes), ESC 7 / ESC 8: no text
    }
  }

  private void print(char c) {
    putCell(c);
    if (isWide(c)) {
      // The second column of a wide character: a placeholder that is left out of the text.
      putCell(WIDE_FILLER);
    }
  }

  private void putCell(char c) {
    if (pendingWrap) {
      moveToRow(row + 1);
      column = 0;
      pendingWrap = false;
    }
    StringBuilder line = lines.get(row);
    while (line.length() < column) {
      line.append(' ');
    }
    if (column < line.length()) {
      line.setCharAt(column, c);
    } else {
      line.append(c);
    }
    if (column == columns - 1) {
      pendingWrap = true;
    } else {
      column++;
    }
  }

  /** East Asian wide characters take two columns, as JLine (and the terminal) count them. */
  private static boolean isWide(char c) {
    return (c >= 0x1100 && c <= 0x115f)
        || (c >= 0x2e80 && c <= 0xa4cf && c != 0x303f)
        || (c >= 0xac00 && c <= 0xd7a3)
        || (c >= 0xf900 && c <= 0xfaff)
        || (c >= 0xfe30 && c <= 0xfe4f)
        || (c >= 0xff00 && c <= 0xff60)
        || (c >= 0xffe0 && c <= 0xffe6);
  }

  private void controlSequence(String parameters, char command) {
    pendingWrap = false;
    if (parameters.startsWith("?") || parameters.startsWith("!") || parameters.startsWith(">")) {
      return; // modes (keypad, cursor visibility, bracketed paste), soft reset
    }
    String[] parts = parameters.isEmpty() ? new String[0] : parameters.split(";", -1);
    int first = parts.length > 0 && !parts[0].isEmpty() ? Integer.parseInt(parts[0]) : 0;
    int count = Math.max(1, first);
    StringBuilder line = lines.get(row);
    switch (command) {
      case 'A' -> row = Math.max(0, row - count);
      case 'B' -> moveToRow(row + count);
      case 'C' -> column = Math.min(columns - 1, column + count);
      case 'D' -> column = Math.max(0, column - count);
      case 'G' -> column = Math.min(columns - 1, count - 1);
      case 'K' -> {
        if (first == 0) {
          line.setLength(Math.min(line.length(), column));
        } else if (first == 1) {
          for (int i = 0; i <= column && i < line.length(); i++) {
            line.setCharAt(i, ' ');
          }
        } else {
          line.setLength(0);
        }
      }
      case 'J' -> {
        if (first == 0) {
          line.setLength(Math.min(line.length(), column));
          while (lines.size() > row + 1) {
            lines.remove(lines.size() - 1);
          }
        } else {
          unknownSequences.add("ESC[" + parameters + command);
        }
      }
      case 'L' -> {
        for (int i = 0; i < count; i++) {
          lines.add(row, new StringBuilder());
        }
      }
      case 'M' -> {
        for (int i = 0; i < count && row < lines.size(); i++) {
          lines.remove(row);
        }
        moveToRow(row);
      }
      case 'P' -> {
        if (column < line.length()) {
          line.delete(column, Math.min(line.length(), column + count));
        }
      }
      case '@' -> {
        if (column < line.length()) {
          line.insert(column, " ".repeat(count));
        }
      }
      case 'X' -> {
        for (int i = column; i < column + count && i < line.length(); i++) {
          line.setCharAt(i, ' ');
        }
      }
      case 'm' -> {
        // colours and styles: not part of the text
      }
      default -> unknownSequences.add("ESC[" + parameters + command);
    }
  }

  private void moveToRow(int target) {
    row = target;
    while (lines.size() <= row) {
      lines.add(new StringBuilder());
    }
  }
}
