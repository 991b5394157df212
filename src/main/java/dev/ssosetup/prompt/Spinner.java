package dev.ssosetup.prompt;

import dev.ssosetup.common.TerminalText;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp.Capability;

/**
 * A one-line spinner with the time left ({@code ⠋ message (9:58 left)}), redrawn by its own daemon
 * thread until closed. Closing joins that thread and clears the line, so nothing is left behind.
 */
final class Spinner implements Prompter.Waiting {
  static final long FRAME_MILLIS = 125;
  static final String THREAD_NAME = "sso-setup-spinner";

  private static final String[] BRAILLE = {"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"};
  private static final String[] ASCII = {"|", "/", "-", "\\"};

  private final Terminal terminal;
  private final String message;
  private final Instant deadline;
  private final Clock clock;
  private final String[] frames;
  private final Consumer<Spinner> onClose;
  private final Object lock = new Object();
  private Thread thread;
  private boolean closed;
  private int frame;

  Spinner(
      Terminal terminal, String message, Instant deadline, Clock clock, Consumer<Spinner> onClose) {
    this.terminal = terminal;
    this.message = TerminalText.safe(message);
    this.deadline = deadline;
    this.clock = clock;
    this.onClose = onClose;
    this.frames = StandardCharsets.UTF_8.equals(terminal.outputEncoding()) ? BRAILLE : ASCII;
  }

  Spinner start() {
    synchronized (lock) {
      draw();
    }
    thread = new Thread(this::spin, THREAD_NAME);
    thread.setDaemon(true);
    thread.start();
    return this;
  }

  /** Prints something above the spinner: clears its line, runs the printer, draws it again. */
  void printAbove(Runnable printer) {
    synchronized (lock) {
      if (!closed) {
        clearLine();
      }
      printer.run();
      if (!closed) {
        draw();
      }
    }
  }

  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      lock.notifyAll();
    }
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    synchronized (lock) {
      clearLine();
    }
    onClose.accept(this);
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void spin() {
    synchronized (lock) {
      while (!closed) {
        try {
          lock.wait(FRAME_MILLIS);
        } catch (InterruptedException e) {
          // Only close() ends the spinner; it sets closed and wakes this thread.
        }
        if (!closed) {
          frame++;
          draw();
        }
      }
    }
  }

  /** The spinner's line for the current frame and time. */
  String line() {
    return frames[frame % frames.length] + " " + message + " (" + timeLeft() + " left)";
  }

  private String timeLeft() {
    long millis = Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
    long seconds = (millis + 999) / 1000;
    return (seconds / 60) + ":" + String.format("%02d", seconds % 60);
  }

  private void draw() {
    int columns = terminal.getWidth() > 0 ? terminal.getWidth() : 80;
    terminal.puts(Capability.carriage_return);
    new AttributedString(line()).columnSubSequence(0, Math.max(1, columns - 1)).print(terminal);
    terminal.puts(Capability.clr_eol);
    terminal.flush();
  }

  private void clearLine() {
    terminal.puts(Capability.carriage_return);
    terminal.puts(Capability.clr_eol);
    terminal.flush();
  }
}
