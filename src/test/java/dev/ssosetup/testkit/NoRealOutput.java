package dev.ssosetup.testkit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Fails a test that writes to the process's own standard output or error: a test hands every
 * command its own writers and terminals, so whatever reaches {@code System.out} or {@code
 * System.err} is a leak (a command printing past its writers, a real terminal opened). Registered
 * for every test through the service file and {@code junit-platform.properties}.
 */
public final class NoRealOutput implements BeforeEachCallback, AfterEachCallback {
  private static final Namespace NAMESPACE = Namespace.create(NoRealOutput.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    context.getStore(NAMESPACE).put(Guard.class, Guard.start());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Guard guard = context.getStore(NAMESPACE).remove(Guard.class, Guard.class);
    if (guard == null) {
      return;
    }
    String written = guard.stop();
    if (!written.isEmpty()) {
      throw new AssertionError(
          context.getDisplayName()
              + " wrote to the process's standard output or error (hand the command its own"
              + " writers):\n"
              + written);
    }
  }

  /** Captures both streams until stopped, then puts the previous ones back. */
  public static final class Guard {
    private final PrintStream out;
    private final PrintStream err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    private Guard(PrintStream out, PrintStream err) {
      this.out = out;
      this.err = err;
    }

    public static Guard start() {
      Guard guard = new Guard(System.out, System.err);
      PrintStream capture = new PrintStream(guard.captured, true, StandardCharsets.UTF_8);
      System.setOut(capture);
      System.setErr(capture);
      return guard;
    }

    /** Restores the streams; what was written meanwhile, on either. */
    public String stop() {
      System.out.flush();
      System.err.flush();
      System.setOut(out);
      System.setErr(err);
      return captured.toString(StandardCharsets.UTF_8);
    }
  }
}
