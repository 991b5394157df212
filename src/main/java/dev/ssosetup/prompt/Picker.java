package dev.ssosetup.prompt;

import dev.ssosetup.common.Messages;
import dev.ssosetup.common.TerminalText;
import dev.ssosetup.common.UserFacingException;
import java.io.IOError;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * The type-to-filter picker on a terminal that can move its cursor: the rows as the AWS CLI draws
 * them ({@code > } before the highlighted one), a count line under them, and nothing left on screen
 * once a choice is made or cancelled.
 */
final class Picker {
  /** At most this many rows are in view (docs/spec.md §2.3). */
  static final int MAX_ROWS = 10;

  private static final int FALLBACK_COLUMNS = 80;
  private static final int FALLBACK_ROWS = 24;

  /** What a key does in the picker. */
  enum Key {
    UP,
    DOWN,
    PAGE_UP,
    PAGE_DOWN,
    HOME,
    END,
    ACCEPT,
    CANCEL,
    BACKSPACE,
    CLEAR_FILTER,
    TYPE,
    IGNORE
  }

  private static final AttributedString NEWLINE = new AttributedString("\n");

  private final Terminal terminal;
  private final Messages messages;

  Picker(Terminal terminal, Messages messages) {
    this.terminal = terminal;
    this.messages = messages;
  }

  /** Whether this terminal can draw the picker (else the caller uses a numbered list). */
  static boolean canDraw(Terminal terminal) {
    String type = terminal.getType();
    if (type == null
        || type.equals(Terminal.TYPE_DUMB)
        || type.startsWith(Terminal.TYPE_DUMB_COLOR)) {
      return false;
    }
    boolean up =
        terminal.getStringCapability(Capability.cursor_up) != null
            || terminal.getStringCapability(Capability.parm_up_cursor) != null;
    return up
        && terminal.getStringCapability(Capability.carriage_return) != null
        && terminal.getStringCapability(Capability.clr_eol) != null;
  }

  /**
   * Shows the picker until Enter (returns the item) or a cancel (throws, exit 130).
   *
   * @param hint a line under the count line, as drawn (null: none)
   */
  <T> T pick(Choice<T> choice, AttributedString hint) {
    Attributes saved = terminal.getAttributes();
    terminal.setAttributes(rawMode(saved));
    boolean keypad = false;
    boolean cursorHidden = false;
    Display display = new Display(terminal, false);
    try {
      keypad = terminal.puts(Capability.keypad_xmit);
      cursorHidden = terminal.puts(Capability.cursor_invisible);
      PickerModel<T> model = new PickerModel<>(choice, MAX_ROWS);
      BindingReader keys = new BindingReader(terminal.reader());
      KeyMap<Key> keyMap = keyMap(terminal);
      while (true) {
        draw(display, model, choice.what(), hint);
        Key key = read(keys, keyMap);
        switch (key) {
          case UP -> model.up();
          case DOWN -> model.down();
          case PAGE_UP -> model.pageUp();
          case PAGE_DOWN -> model.pageDown();
          case HOME -> model.home();
          case END -> model.end();
          case BACKSPACE -> model.backspace();
          case CLEAR_FILTER -> model.clearFilter();
          case TYPE -> model.type(printable(keys.getLastBinding()));
          case CANCEL -> throw UserFacingException.interrupted();
          case ACCEPT -> {
            T selected = model.selected();
            if (selected != null) {
              return selected;
            }
          }
          case IGNORE -> {
            // An unbound key (a function key, say) changes nothing.
          }
        }
      }
    } finally {
      try {
        erase(display);
        if (cursorHidden) {
          terminal.puts(Capability.cursor_normal);
        }
        if (keypad) {
          terminal.puts(Capability.keypad_local);
        }
        terminal.flush();
      } finally {
        terminal.setAttributes(saved);
      }
    }
  }

  /**
   * Raw input for key-by-key reading. Unlike {@link Terminal#enterRawMode()} this also turns off
   * ISIG, so Ctrl-C arrives as a key the picker handles (and restores the screen) instead of a
   * signal.
   */
  static Attributes rawMode(Attributes saved) {
    Attributes raw = new Attributes(saved);
    raw.setLocalFlags(
        EnumSet.of(LocalFlag.ICANON, LocalFlag.ECHO, LocalFlag.IEXTEN, LocalFlag.ISIG), false);
    raw.setInputFlags(EnumSet.of(InputFlag.IXON, InputFlag.ICRNL, InputFlag.INLCR), false);
    raw.setControlChar(ControlChar.VMIN, 0);
    raw.setControlChar(ControlChar.VTIME, 1);
    return raw;
  }

  /** The picker's key bindings on this terminal; both arrow-key forms work in every mode. */
  static KeyMap<Key> keyMap(Terminal terminal) {
    KeyMap<Key> map = new KeyMap<>();
    map.setNomatch(Key.IGNORE);
    map.setUnicode(Key.TYPE);
    for (char printable = ' '; printable <= '~'; printable++) {
      map.bind(Key.TYPE, Character.toString(printable));
    }
    bind(map, terminal, Key.UP, Capability.key_up, "\033[A", "\033OA", KeyMap.ctrl('P'));
    bind(map, terminal, Key.DOWN, Capability.key_down, "\033[B", "\033OB", KeyMap.ctrl('N'));
    bind(map, terminal, Key.PAGE_UP, Capability.key_ppage, "\033[5~");
    bind(map, terminal, Key.PAGE_DOWN, Capability.key_npage, "\033[6~");
    bind(map, terminal, Key.HOME, Capability.key_home, "\033[H", "\033OH", "\033[1~", "\033[7~");
    bind(map, terminal, Key.END, Capability.key_end, "\033[F", "\033OF", "\033[4~", "\033[8~");
    bind(map, terminal, Key.ACCEPT, null, "\r", "\n");
    bind(map, terminal, Key.BACKSPACE, Capability.key_backspace, KeyMap.del(), KeyMap.ctrl('H'));
    bind(map, terminal, Key.CLEAR_FILTER, null, KeyMap.ctrl('U'));
    // Esc alone cancels once JLine's ambiguity timeout has passed without the rest of a sequence.
    bind(map, terminal, Key.CANCEL, null, KeyMap.esc(), KeyMap.ctrl('C'), KeyMap.ctrl('D'));
    // Keys that would otherwise fall back to the Esc binding (and cancel): ignore them.
    bind(map, terminal, Key.IGNORE, Capability.key_left, "\033[D", "\033OD");
    bind(map, terminal, Key.IGNORE, Capability.key_right, "\033[C", "\033OC");
    bind(map, terminal, Key.IGNORE, Capability.key_dc, "\033[3~");
    bind(map, terminal, Key.IGNORE, Capability.key_ic, "\033[2~");
    bind(map, terminal, Key.IGNORE, null, "\033OP", "\033OQ", "\033OR", "\033OS", "\033[Z");
    for (int f : new int[] {11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24}) {
      map.bind(Key.IGNORE, "\033[" + f + "~");
    }
    map.setAmbiguousTimeout(KeyMap.DEFAULT_AMBIGUOUS_TIMEOUT);
    return map;
  }

  private static void bind(
      KeyMap<Key> map, Terminal terminal, Key key, Capability capability, String... sequences) {
    for (String sequence : sequences) {
      map.bind(key, sequence);
    }
    if (capability != null) {
      String own = KeyMap.key(terminal, capability);
      if (own != null && !own.isEmpty()) {
        map.bind(key, own);
      }
    }
  }

  private static Key read(BindingReader keys, KeyMap<Key> keyMap) {
    try {
      Key key = keys.readBinding(keyMap);
      // Null is the end of input: the same as a cancel.
      return key == null ? Key.CANCEL : key;
    } catch (EndOfFileException | IOError e) {
      return Key.CANCEL;
    }
  }

  private static String printable(String typed) {
    StringBuilder text = new StringBuilder();
    if (typed != null) {
      typed.codePoints().filter(cp -> !Character.isISOControl(cp)).forEach(text::appendCodePoint);
    }
    return text.toString();
  }

  private <T> void draw(Display display, PickerModel<T> model, String what, AttributedString hint) {
    int columns = terminal.getWidth() > 0 ? terminal.getWidth() : FALLBACK_COLUMNS;
    int rows = terminal.getHeight() > 0 ? terminal.getHeight() : FALLBACK_ROWS;
    // The picker, its count line and hint stay below the screen height: Display never scrolls.
    model.pageSize(Math.min(MAX_ROWS, Math.max(1, rows - (hint == null ? 2 : 3))));
    display.resize(rows, columns);
    display.update(lines(model, what, columns, hint, messages), -1);
  }

  static <T> List<AttributedString> lines(PickerModel<T> model, String what, int columns) {
    return lines(model, what, columns, null, Messages.english());
  }

  /** The picker's lines, the hint (already terminal-safe, maybe dim) last when there is one. */
  static <T> List<AttributedString> lines(
      PickerModel<T> model, String what, int columns, AttributedString hint, Messages messages) {
    List<String> text = new ArrayList<>();
    List<String> labels = model.visibleLabels();
    List<String> keptEnds = model.visibleKeptEnds();
    if (labels.isEmpty()) {
      text.add("  " + messages.get("prompt.noMatch", what, model.filter()));
    }
    // The row's mark takes two columns, and one is left free at the right edge.
    int labelWidth = Math.max(1, columns - 3);
    for (int row = 0; row < labels.size(); row++) {
      text.add(
          (row == model.highlightedRow() ? "> " : "  ")
              + RowText.fit(labels.get(row), keptEnds.get(row), labelWidth));
    }
    text.add(countLine(model, messages));
    List<AttributedString> drawn = new ArrayList<>();
    // Labels are names from a server: drawn terminal-safe, like every line of the picker.
    text.forEach(line -> drawn.add(new AttributedString(TerminalText.safe(line))));
    if (hint != null) {
      drawn.add(hint);
    }
    List<AttributedString> lines = new ArrayList<>();
    for (int i = 0; i < drawn.size(); i++) {
      // One column short of the width, so that no line wraps and the cursor math stays simple.
      AttributedString line = drawn.get(i).columnSubSequence(0, Math.max(1, columns - 1));
      // Display treats a line without a final newline as wrapping into the next one.
      lines.add(
          i < drawn.size() - 1
              ? AttributedString.join(AttributedString.EMPTY, line, NEWLINE)
              : line);
    }
    return lines;
  }

  static <T> String countLine(PickerModel<T> model, Messages messages) {
    return "  "
        + (model.filter().isEmpty()
            ? messages.get("prompt.picker.count", model.matchCount(), model.total())
            : messages.get(
                "prompt.picker.countFiltered", model.matchCount(), model.total(), model.filter()));
  }

  /** Clears the picker's lines and leaves the cursor where the picker began. */
  private void erase(Display display) {
    display.update(List.of(), 0);
    terminal.puts(Capability.clr_eos);
  }
}
