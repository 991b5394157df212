package dev.ssosetup.prompt;

import dev.ssosetup.common.Messages;
import dev.ssosetup.common.TerminalText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A spinner with the time left ({@code ⠋ message (9:58 left)}, in the voice's language) on the
 * {@link LiveLine}, redrawn by its own daemon thread until closed. Closing joins that thread: after
 * it, the spinner draws no more, and whoever holds the line next draws over it (or the line is
 * erased).
 */
final class Spinner implements Prompter.Waiting {
  static final long FRAME_MILLIS = 125;
  static final String THREAD_NAME = "sso-setup-spinner";

  private static final String[] BRAILLE = {"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"};
  private static final String[] ASCII = {"|", "/", "-", "\\"};

  private final LiveLine line;
  private final Messages messages;
  private final String message;
  private final Instant deadline;
  private final Clock clock;
  private final String[] frames;
  private final Object lock = new Object();
  private Thread thread;
  private boolean closed;
  private int frame;

  /**
   * A spinner on {@code line}, in Braille frames when the terminal's output is UTF-8, else ASCII.
   */
  Spinner(LiveLine line, Messages messages, String message, Instant deadline, Clock clock) {
    this.line = Objects.requireNonNull(line, "line");
    this.messages = Objects.requireNonNull(messages, "messages");
    this.message = TerminalText.safe(message);
    this.deadline = deadline;
    this.clock = clock;
    this.frames = line.utf8() ? BRAILLE : ASCII;
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
    return messages.get("prompt.spinner", frames[frame % frames.length], message, timeLeft());
  }

  private String timeLeft() {
    long millis = Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
    long seconds = (millis + 999) / 1000;
    return (seconds / 60) + ":" + String.format("%02d", seconds % 60);
  }

  private void draw() {
    line.draw(line());
  }
}
