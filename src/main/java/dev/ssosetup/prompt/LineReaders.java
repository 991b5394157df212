package dev.ssosetup.prompt;

import dev.ssosetup.common.TerminalText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;

/** The line reader answers are typed into: its parser, completion and keys. */
final class LineReaders {
  private static final String CANCEL_WIDGET = "sso-setup-cancel";

  private LineReaders() {}

  /**
   * A reader for answers on this terminal: no history, quotes and backslashes as ordinary
   * characters, tab completion from {@code completions} (asked at each TAB), and Ctrl-C or Esc to
   * cancel.
   */
  static HintedLineReader forAnswers(Terminal terminal, Supplier<List<String>> completions) {
    Completer completer =
        (reader, line, candidates) -> {
          for (String value : completions.get()) {
            // complete=false: no space after the completed word, the answer is the line.
            candidates.add(
                new Candidate(value, TerminalText.safe(value), null, null, null, null, false));
          }
        };
    Map<String, Object> variables = new HashMap<>();
    variables.put(LineReader.DISABLE_HISTORY, true);
    HintedLineReader lineReader = new HintedLineReader(terminal, "sso-setup", variables);
    lineReader.setHistory(new DefaultHistory());
    lineReader.setCompleter(completer);
    // Quotes and backslashes are ordinary characters in answers (it's, C:\path).
    lineReader.setParser(new DefaultParser().quoteChars(new char[0]).escapeChars(new char[0]));
    lineReader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
    // Ctrl-C is a signal where the terminal has ISIG (JLine then interrupts the reader), but a
    // plain key on a dumb terminal over streams: make the key cancel too.
    lineReader
        .getWidgets()
        .put(
            CANCEL_WIDGET,
            () -> {
              throw new UserInterruptException("");
            });
    bindKeys(lineReader.getKeyMaps().get(LineReader.MAIN));
    return lineReader;
  }

  /**
   * Ctrl-C and Esc cancel at a prompt, as the README promises. Esc is also the first byte of every
   * arrow key and of Alt-key combinations, so JLine waits its ambiguity timeout (a second) for the
   * rest of a sequence before reading Esc alone; Esc then Enter (which JLine would read as
   * Alt-Enter, a line break with a continuation prompt) cancels too. The arrow keys are bound in
   * both forms, so that a terminal that ignores keypad mode is not read as Esc and letters.
   */
  private static void bindKeys(KeyMap<Binding> main) {
    Reference cancel = new Reference(CANCEL_WIDGET);
    main.bind(cancel, KeyMap.ctrl('C'));
    main.bind(cancel, KeyMap.esc());
    main.bind(cancel, KeyMap.esc() + "\r");
    main.bind(cancel, KeyMap.esc() + "\n");
    bindBoth(main, LineReader.BACKWARD_CHAR, 'D');
    bindBoth(main, LineReader.FORWARD_CHAR, 'C');
    bindBoth(main, LineReader.UP_LINE_OR_HISTORY, 'A');
    bindBoth(main, LineReader.DOWN_LINE_OR_HISTORY, 'B');
    bindBoth(main, LineReader.BEGINNING_OF_LINE, 'H');
    bindBoth(main, LineReader.END_OF_LINE, 'F');
    main.bind(new Reference(LineReader.DELETE_CHAR), "\033[3~");
    main.setAmbiguousTimeout(KeyMap.DEFAULT_AMBIGUOUS_TIMEOUT);
  }

  /** A cursor key in normal ({@code ESC [ x}) and application ({@code ESC O x}) mode. */
  private static void bindBoth(KeyMap<Binding> map, String widget, char key) {
    map.bind(new Reference(widget), "\033[" + key);
    map.bind(new Reference(widget), "\033O" + key);
  }
}
