package dev.ssosetup.testkit;

import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.prompt.Choice;
import dev.ssosetup.prompt.Prompter;
import dev.ssosetup.prompt.TextQuestion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A prompter that asks nothing and records what a flow says, warns and waits for, for tests of
 * flows that only talk. Thread-safe, so that a test can wait for a line while the flow runs.
 */
public final class RecordingPrompter implements Prompter {
  /** One {@link #waiting} call: its message, deadline, and whether it was closed. */
  public static final class Wait {
    public final String message;
    public final Instant deadline;
    private volatile boolean closed;

    Wait(String message, Instant deadline) {
      this.message = message;
      this.deadline = deadline;
    }

    public boolean closed() {
      return closed;
    }
  }

  private final List<String> said = new ArrayList<>();
  private final List<String> warned = new ArrayList<>();
  private final List<Wait> waits = new ArrayList<>();

  @Override
  public boolean interactive() {
    return false;
  }

  @Override
  public String text(TextQuestion question) {
    if (question.defaultValue() == null) {
      throw UserFacingException.usage("No answer for " + question.label(), null);
    }
    return question.defaultValue();
  }

  @Override
  public <T> T choose(Choice<T> choice) {
    throw UserFacingException.usage("No choice can be made in this test", null);
  }

  @Override
  public boolean confirm(String question, boolean defaultAnswer) {
    return defaultAnswer;
  }

  @Override
  public synchronized void say(String line) {
    said.add(line);
  }

  @Override
  public synchronized void warn(String line) {
    warned.add(line);
  }

  @Override
  public synchronized Waiting waiting(String message, Instant deadline) {
    Wait wait = new Wait(message, deadline);
    waits.add(wait);
    return () -> wait.closed = true;
  }

  /** Shows nothing: what a flow says and asks is recorded, not how far it is. */
  @Override
  public ProgressLine progress(Text label) {
    return ProgressLine.NONE;
  }

  /** The lines said so far. */
  public synchronized List<String> lines() {
    return List.copyOf(said);
  }

  /** The lines said, joined by newlines (each line ends with one). */
  public synchronized String output() {
    StringBuilder text = new StringBuilder();
    said.forEach(line -> text.append(line).append('\n'));
    return text.toString();
  }

  public synchronized List<String> warnings() {
    return List.copyOf(warned);
  }

  public synchronized List<Wait> waits() {
    return List.copyOf(waits);
  }

  /** Everything said and warned, for scanning for secrets. */
  public synchronized String everything() {
    return String.join("\n", said) + "\n" + String.join("\n", warned);
  }

  /** Waits until a line matching the predicate has been said, and returns it. */
  public String awaitLine(Predicate<String> matching, Duration timeout) {
    String[] found = new String[1];
    Await.until(
        timeout,
        () -> {
          synchronized (this) {
            for (String line : said) {
              if (matching.test(line)) {
                found[0] = line;
                return true;
              }
            }
            return false;
          }
        },
        this::output);
    return found[0];
  }
}
