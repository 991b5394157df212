package dev.ssosetup.testkit;

import dev.ssosetup.common.DisplayWidth;
import dev.ssosetup.prompt.Prompter;
import dev.ssosetup.prompt.PrompterFactory;
import dev.ssosetup.prompt.Voice;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A person at a terminal, for tests: a JLine terminal over a {@link KeyboardInput} and a {@link
 * VirtualScreen}, and a way to ask a question on another thread while the test types. Type only
 * after the prompt is on screen ({@link #awaitScreen}): keys typed before a prompt has set the
 * terminal up are read in the wrong mode, as on a real terminal.
 *
 * <pre>{@code
 * try (TerminalDriver terminal = TerminalDriver.xterm()) {
 *   var answer = terminal.ask(p -> p.text(question));
 *   terminal.awaitScreen("SSO region [None]: ").type("us-east-1\r");
 *   assertThat(answer.get()).isEqualTo("us-east-1");
 * }
 * }</pre>
 */
public final class TerminalDriver implements AutoCloseable {
  /** Key sequences as terminals send them. */
  public static final class Keys {
    public static final String ENTER = "\r";
    public static final String TAB = "\t";
    public static final String ESC = "\033";
    public static final String CTRL_C = "\u0003";
    public static final String CTRL_D = "\u0004";
    public static final String CTRL_N = "\u000e";
    public static final String CTRL_P = "\u0010";
    public static final String BACKSPACE = "\177";

    /** Arrow keys in keypad-transmit (application) mode, as xterm sends them to the picker. */
    public static final String UP = "\033OA";

    public static final String DOWN = "\033OB";

    /** Arrow keys in normal cursor mode, as many terminals send them. */
    public static final String UP_NORMAL = "\033[A";

    public static final String DOWN_NORMAL = "\033[B";
    public static final String PAGE_UP = "\033[5~";
    public static final String PAGE_DOWN = "\033[6~";
    public static final String HOME = "\033OH";
    public static final String END = "\033OF";

    private Keys() {}
  }

  /** How long any one wait lasts before the test fails with the screen shown. */
  public static final Duration WAIT = Duration.ofSeconds(10);

  private final KeyboardInput keyboard = new KeyboardInput();
  private final VirtualScreen screen;
  private final boolean echo;
  private final StringWriter errText = new StringWriter();
  private final PrintWriter err = new PrintWriter(errText, true);
  private final PrompterFactory factory;

  /** The {@link System#nanoTime} by which every wait ends, when a journey has set one. */
  private volatile Long journeyDeadline;

  private TerminalDriver(String type, VirtualScreen screen, boolean echo) {
    this.screen = screen;
    this.echo = echo;
    factory = PrompterFactory.streams(keyboard, screen, type);
  }

  /** An xterm, 80 by 24: the picker and the spinner are drawn. */
  public static TerminalDriver xterm() {
    return new TerminalDriver("xterm", new VirtualScreen(80), false);
  }

  /**
   * A dumb terminal: no cursor movement, so the picker is a numbered list. JLine draws nothing of
   * what is typed there; as on a real dumb terminal, the typed keys are echoed (and a linefeed
   * returns the cursor) by the terminal device, which this driver plays. The screen is wide, so
   * that long lines read as one.
   */
  public static TerminalDriver dumb() {
    return new TerminalDriver("dumb", new VirtualScreen(1000, true), true);
  }

  /**
   * Gives the whole journey one deadline instead of {@link #WAIT} for each step: every wait from
   * now on may last until {@code total} has passed. For journeys whose steps wait on logins and
   * network calls, which a loaded machine slows down unevenly; what is waited for is unchanged.
   */
  public TerminalDriver within(Duration total) {
    journeyDeadline = System.nanoTime() + total.toNanos();
    return this;
  }

  /** How long the next wait may last: {@link #WAIT}, or the time left of the journey's deadline. */
  Duration limit() {
    Long deadline = journeyDeadline;
    return deadline == null
        ? WAIT
        : Duration.ofNanos(Math.max(1_000_000L, deadline - System.nanoTime()));
  }

  /** The factory to hand to the command line; its prompters all use this terminal. */
  public PrompterFactory factory() {
    return factory;
  }

  /** A prompter on this terminal, with warnings going to {@link #err()}. */
  public Prompter prompter() {
    return prompter(Clock.systemUTC());
  }

  public Prompter prompter(Clock clock) {
    return factory.interactive(new PrintWriter(Writer.nullWriter()), err, clock);
  }

  /** A prompter on this terminal speaking in this voice (language, dim hints or not). */
  public Prompter prompter(Voice voice) {
    return prompter(voice, Clock.systemUTC());
  }

  public Prompter prompter(Voice voice, Clock clock) {
    return factory.interactive(new PrintWriter(Writer.nullWriter()), err, clock, voice);
  }

  /** Runs a question (or a whole flow) on its own thread, so that the test can type meanwhile. */
  public <T> Answer<T> ask(Function<Prompter, T> question) {
    return ask(prompter(), question);
  }

  public <T> Answer<T> ask(Prompter prompter, Function<Prompter, T> question) {
    CompletableFuture<T> future = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                future.complete(question.apply(prompter));
              } catch (Throwable e) {
                future.completeExceptionally(e);
              }
            },
            "terminal-driver-question");
    thread.setDaemon(true);
    thread.start();
    return new Answer<>(future, screen, this::limit);
  }

  /** Types keys (one key's sequence at a time, so that escape sequences arrive whole). */
  public TerminalDriver type(String... keys) {
    for (String key : keys) {
      if (echo) {
        echo(key);
      }
      keyboard.type(key);
    }
    return this;
  }

  private void echo(String key) {
    StringBuilder shown = new StringBuilder();
    key.codePoints()
        .forEach(
            c -> {
              if (c == '\r' || c == '\n') {
                shown.append('\n');
              } else if (c >= 0x20 && c != 0x7f) {
                shown.appendCodePoint(c);
              }
            });
    byte[] bytes = shown.toString().getBytes(StandardCharsets.UTF_8);
    screen.write(bytes, 0, bytes.length);
  }

  /** Ends the input, as when the terminal is closed. */
  public void endInput() {
    keyboard.end();
  }

  /** Waits until the screen shows this text somewhere (trailing spaces are not compared). */
  public TerminalDriver awaitScreen(String fragment) {
    String expected = fragment.stripTrailing();
    screen.await(s -> s.text().contains(expected), "\"" + fragment + "\"", limit());
    return this;
  }

  /**
   * Waits until the cursor's line has shown this text at some moment since the terminal was made,
   * even if it has been redrawn or erased since (a progress line is erased when its task ends, and
   * can be gone before a waiting thread gets to read the screen).
   */
  public TerminalDriver awaitShown(String fragment) {
    Await.until(
        limit(),
        () -> screen.cursorLinesSeen().stream().anyMatch(line -> line.contains(fragment)),
        () ->
            "no cursor line with \""
                + fragment
                + "\"; the cursor lines seen:\n"
                + String.join("\n", screen.cursorLinesSeen())
                + "\nthe screen:\n"
                + screen.dump());
    return this;
  }

  /**
   * Waits until a prompt is ready for typing: the cursor's line reads exactly this prompt and the
   * cursor is right after it (so a trailing space has been written too).
   */
  public TerminalDriver awaitPrompt(String prompt) {
    String expected = prompt.stripTrailing();
    screen.await(
        // The cursor's column counts terminal columns: a Japanese character takes two.
        s -> s.cursorLine().equals(expected) && s.cursorColumn() == DisplayWidth.of(prompt),
        "the prompt \"" + prompt + "\" with the cursor after it",
        limit());
    return this;
  }

  /** Waits until the line the cursor is on reads exactly this (trailing spaces aside). */
  public TerminalDriver awaitCursorLine(String line) {
    String expected = line.stripTrailing();
    screen.await(s -> s.cursorLine().equals(expected), "cursor line \"" + line + "\"", limit());
    return this;
  }

  /**
   * Waits until the screen reads exactly these lines (trailing spaces and empty lines at the bottom
   * aside). Use this, not an assertion on {@link VirtualScreen#lines()}, while a prompt is still
   * drawing: a redraw arrives in pieces, and a fragment can show before the rest has changed.
   */
  public TerminalDriver awaitLines(List<String> lines) {
    screen.await(
        s -> s.lines().equals(lines),
        "exactly these lines:\n" + String.join("\n", lines) + "\n(end)",
        limit());
    return this;
  }

  public TerminalDriver awaitLines(String... lines) {
    return awaitLines(List.of(lines));
  }

  public VirtualScreen screen() {
    return screen;
  }

  /** What was written to the error stream (warnings). */
  public String err() {
    err.flush();
    return errText.toString();
  }

  @Override
  public void close() {
    keyboard.end();
  }

  /** The outcome of a question asked on another thread. */
  public static final class Answer<T> {
    private final CompletableFuture<T> future;
    private final VirtualScreen screen;
    private final Supplier<Duration> limit;

    Answer(CompletableFuture<T> future, VirtualScreen screen, Supplier<Duration> limit) {
      this.future = future;
      this.screen = screen;
      this.limit = limit;
    }

    /** The answer; rethrows what the question threw. */
    public T get() {
      Duration waited = limit.get();
      try {
        return future.get(waited.toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(cause);
      } catch (TimeoutException e) {
        throw new AssertionError(
            "No answer after " + waited + "; the screen:\n" + screen.dump(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted", e);
      }
    }

    /** Whether the question has returned or thrown. */
    public boolean isDone() {
      return future.isDone();
    }
  }
}
