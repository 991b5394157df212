package dev.ssosetup.prompt;

import dev.ssosetup.common.Messages;
import dev.ssosetup.common.TerminalText;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import java.io.IOError;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The prompter for a person at a terminal, on JLine: line prompts with tab completion, the
 * type-to-filter picker (a numbered list on a dumb terminal), yes/no questions, and a spinner and a
 * progress bar that take turns on one {@link LiveLine}. Every prompt puts the terminal's attributes
 * back as they were, however it ends.
 */
public final class JLinePrompter implements Prompter {

  private final Terminal terminal;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Clock clock;
  private final Voice voice;

  /** Whether progress is shown on this terminal; asked only when a flow shows progress. */
  private final BooleanSupplier showsProgress;

  private final LiveLine live;
  private volatile List<String> completions = List.of();
  private HintedLineReader lineReader;

  private JLinePrompter(
      Terminal terminal,
      PrintWriter out,
      PrintWriter err,
      Clock clock,
      Voice voice,
      BooleanSupplier showsProgress) {
    this.terminal = Objects.requireNonNull(terminal, "terminal");
    this.live = new LiveLine(terminal);
    this.showsProgress = showsProgress;
    this.out = out;
    this.err = Objects.requireNonNull(err, "err");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.voice = Objects.requireNonNull(voice, "voice");
  }

  /**
   * A prompter on the process's own terminal. When JLine cannot open it (no native access, no
   * {@code stty}), the prompts still work as plain lines on a dumb terminal over standard input and
   * {@code out}. The terminal is opened once per process and never closed here: closing it would
   * close the process's standard streams, and JLine restores its attributes at exit.
   *
   * @param out the command's standard output, flushed before the terminal is written to
   * @param err where warnings go
   * @param voice the language of hints, and whether they are dim
   */
  public static JLinePrompter system(PrintWriter out, PrintWriter err, Clock clock, Voice voice) {
    // A progress line only where populate drew its bar before it moved here: standard error is a
    // terminal (docs/spec.md §6.2), whatever standard output is.
    return new JLinePrompter(
        TerminalOpener.system(out),
        out,
        err,
        clock,
        voice,
        () -> Terminals.errorStreamWidth().isPresent());
  }

  /** A prompter on the given terminal (a test's terminal over pipes, say). */
  public static JLinePrompter over(Terminal terminal, PrintWriter err) {
    return over(terminal, err, Clock.systemUTC());
  }

  /** A prompter on the given terminal, with the clock the spinner counts down on. */
  public static JLinePrompter over(Terminal terminal, PrintWriter err, Clock clock) {
    return over(terminal, err, clock, Voice.english());
  }

  /** A prompter on the given terminal, speaking in this voice. */
  public static JLinePrompter over(Terminal terminal, PrintWriter err, Clock clock, Voice voice) {
    return new JLinePrompter(terminal, null, err, clock, voice, () -> true);
  }

  /** The terminal this prompter draws on. */
  Terminal terminal() {
    return terminal;
  }

  @Override
  public boolean interactive() {
    return true;
  }

  @Override
  public String text(TextQuestion question) {
    completions = question.completions();
    try {
      while (true) {
        String answer = question.answerFor(readLine(question.prompt(), question.hint()));
        // A question without a default: blank stays blank, for the validator to judge.
        answer = answer == null ? "" : answer;
        Text problem = question.validator().apply(answer);
        if (problem == null) {
          return answer;
        }
        printLine(sentence(problem.in(voice.messages()), voice.messages()));
      }
    } finally {
      completions = List.of();
    }
  }

  @Override
  public <T> T choose(Choice<T> choice) {
    if (choice.items().isEmpty()) {
      throw new IllegalArgumentException("There is no " + choice.what() + " to choose from.");
    }
    endWaits();
    flushOthers();
    if (Picker.canDraw(terminal)) {
      return new Picker(terminal, voice.messages()).pick(choice, hintLine(choice.hint()));
    }
    return chooseByNumber(choice);
  }

  @Override
  public boolean confirm(String question, boolean defaultAnswer) {
    String prompt = question + (defaultAnswer ? " [Y/n]: " : " [y/N]: ");
    while (true) {
      String answer = readLine(prompt).strip().toLowerCase(Locale.ROOT);
      switch (answer) {
        case "" -> {
          return defaultAnswer;
        }
        case "y", "yes" -> {
          return true;
        }
        case "n", "no" -> {
          return false;
        }
        default -> printLine(voice.messages().get("prompt.answerYesOrNo"));
      }
    }
  }

  @Override
  public void say(String line) {
    aboveSpinner(() -> printLine(line));
  }

  @Override
  public void warn(String line) {
    aboveSpinner(
        () -> {
          terminal.flush();
          err.println(TerminalText.safe(line));
          err.flush();
        });
  }

  /**
   * Shows a spinner until the handle is closed. Waits nest: a wait opened during another (a slow
   * call while the login waits for the browser) takes the line, and when it is closed the one below
   * is shown again. A question ends every wait before it is asked.
   */
  @Override
  public Waiting waiting(String message, Instant deadline) {
    if (!Picker.canDraw(terminal)) {
      say(message);
      return () -> {};
    }
    Wait wait = new Wait(message, deadline);
    live.take(wait);
    return () -> live.release(wait);
  }

  /**
   * A progress bar on the line the spinner uses, when this terminal can redraw a line in place and
   * is the one progress is shown on (for the process's own: when standard error is a terminal).
   */
  @Override
  public ProgressLine progress(Text label) {
    if (!Picker.canDraw(terminal) || !showsProgress.getAsBoolean()) {
      return ProgressLine.NONE;
    }
    flushOthers();
    return ProgressBar.open(live, voice.messages(), label, System::nanoTime);
  }

  /**
   * A wait not yet closed: what its spinner says, and until when; the spinner runs while the wait
   * holds the line. Compared by identity: two waits with the same words are still two waits.
   */
  private final class Wait implements LiveLine.Holder {
    private final String message;
    private final Instant deadline;
    private Spinner spinner;

    Wait(String message, Instant deadline) {
      this.message = message;
      this.deadline = deadline;
    }

    @Override
    public void shown() {
      flushOthers();
      spinner = new Spinner(live, voice.messages(), message, deadline, clock).start();
    }

    @Override
    public void hidden() {
      if (spinner != null) {
        spinner.close();
        spinner = null;
      }
    }
  }

  /** A question ends every wait before it: a spinner would otherwise draw over the prompt. */
  private void endWaits() {
    live.releaseAll();
  }

  /** The numbered list for terminals that cannot move the cursor. */
  private <T> T chooseByNumber(Choice<T> choice) {
    List<T> all = choice.items();
    List<T> shown = all;
    printNumbered(choice, shown);
    while (true) {
      String typed =
          readLine(voice.messages().get("prompt.enterNumber", shown.size()) + " ", choice.hint())
              .strip();
      if (typed.isEmpty()) {
        if (shown != all) {
          shown = all;
          printNumbered(choice, shown);
        }
        continue;
      }
      if (typed.chars().allMatch(c -> c >= '0' && c <= '9') && typed.length() <= 9) {
        int number = Integer.parseInt(typed);
        if (number >= 1 && number <= shown.size()) {
          return shown.get(number - 1);
        }
        if (matching(choice, shown, typed).isEmpty()) {
          printLine(voice.messages().get("prompt.noSuchNumber", typed, shown.size()));
          continue;
        }
      }
      // Text narrows the whole list, not just the rows shown, so a new word starts afresh.
      List<T> found = matching(choice, all, typed);
      if (found.isEmpty()) {
        printLine(voice.messages().get("prompt.noMatch", choice.what(), typed));
      } else {
        shown = found;
        printNumbered(choice, shown);
      }
    }
  }

  private static <T> List<T> matching(Choice<T> choice, List<T> items, String text) {
    List<T> found = new ArrayList<>();
    for (T item : items) {
      if (Choice.matches(String.valueOf(choice.searchText().apply(item)), text)) {
        found.add(item);
      }
    }
    return found;
  }

  private <T> void printNumbered(Choice<T> choice, List<T> items) {
    int width = String.valueOf(items.size()).length();
    for (int i = 0; i < items.size(); i++) {
      String number = String.format("%" + width + "d", i + 1);
      printLine("  " + number + ") " + choice.label().apply(items.get(i)));
    }
  }

  private String readLine(String prompt) {
    return readLine(prompt, null);
  }

  /**
   * Reads a line after the prompt, with the hint under it while the answer is typed (erased when it
   * is entered). A terminal that cannot move its cursor gets the hint on the line before.
   */
  private String readLine(String prompt, Text hint) {
    endWaits();
    flushOthers();
    AttributedString hintLine = null;
    if (hint != null && !Picker.canDraw(terminal)) {
      printLine(voice.say(hint));
    } else {
      hintLine = hintLine(hint);
    }
    try {
      // The reader expands %-sequences in prompts; a literal % must be doubled.
      return lineReader().readLine(TerminalText.safe(prompt).replace("%", "%%"), hintLine);
    } catch (UserInterruptException e) {
      // JLine's Ctrl-C handler interrupts this thread; the cancel is reported by the exception.
      Thread.interrupted();
      throw UserFacingException.interrupted();
    } catch (EndOfFileException | IOError e) {
      throw UserFacingException.interrupted();
    }
  }

  /** A hint as drawn: terminal-safe, dim when colour is on; null for no hint. */
  private AttributedString hintLine(Text hint) {
    if (hint == null) {
      return null;
    }
    String line = TerminalText.safe(voice.say(hint));
    return voice.color()
        ? new AttributedString(line, AttributedStyle.DEFAULT.faint())
        : new AttributedString(line);
  }

  private synchronized HintedLineReader lineReader() {
    if (lineReader == null) {
      lineReader = LineReaders.forAnswers(terminal, () -> completions);
    }
    return lineReader;
  }

  /**
   * A validator's reason as a sentence of its own: the reasons are worded to follow "Invalid
   * --flag: " in an error, so at a prompt they get a capital and the full stop of their language.
   */
  static String sentence(String reason, Messages messages) {
    String text = reason.strip();
    if (text.isEmpty()) {
      return text;
    }
    text = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    char last = text.charAt(text.length() - 1);
    return ".?!\u3002\uFF1F\uFF01".indexOf(last) >= 0
        ? text
        : messages.get("prompt.sentence", text);
  }

  private void aboveSpinner(Runnable printer) {
    live.printAbove(printer);
  }

  private void printLine(String line) {
    flushOthers();
    terminal.writer().println(TerminalText.safe(line));
    terminal.flush();
  }

  private void flushOthers() {
    if (out != null) {
      out.flush();
    }
    err.flush();
  }
}
