package dev.ssosetup.prompt;

import java.util.OptionalInt;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/** Whether the process's standard error is a terminal, for progress bars drawn there. */
public final class Terminals {
  private Terminals() {}

  /** The width of the terminal standard error is on, or empty when it is a pipe or a file. */
  public static OptionalInt errorStreamWidth() {
    for (String name : new String[] {"jni", "exec"}) {
      try {
        TerminalProvider provider = TerminalProvider.load(name);
        if (provider.isSystemStream(SystemStream.Error)) {
          int width = provider.systemStreamWidth(SystemStream.Error);
          return OptionalInt.of(width > 0 ? width : 80);
        }
        return OptionalInt.empty();
      } catch (Exception | LinkageError e) {
        // This provider cannot tell on this platform; try the next one.
      }
    }
    return OptionalInt.empty();
  }
}
