package dev.ssosetup.prompt;

import java.util.Optional;
import java.util.OptionalInt;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Whether the process's standard streams are terminals: standard input decides whether a command
 * may ask at all; standard error's width is for progress bars drawn there. Java 17 can only tell
 * whether standard input and output are both terminals ({@code System.console()}), which makes
 * {@code sso-setup configure | tee log} look like a script; JLine's native provider asks isatty of
 * each stream (the exec provider, where there is no native library, runs {@code test -t}).
 */
public final class Terminals {
  private Terminals() {}

  /**
   * The device file of the terminal that standard input is on (such as {@code /dev/pts/3}), when
   * neither standard output nor standard error is on a terminal: the questions are then written to
   * that device, as the AWS CLI's prompts go to the terminal. Empty otherwise, and where the
   * platform cannot say.
   */
  static Optional<String> inputDeviceWhenOutputsAreRedirected() {
    for (String name : new String[] {"jni", "exec"}) {
      try {
        TerminalProvider provider = TerminalProvider.load(name);
        if (!provider.isSystemStream(SystemStream.Input)
            || provider.isSystemStream(SystemStream.Output)
            || provider.isSystemStream(SystemStream.Error)) {
          return Optional.empty();
        }
        String device = provider.systemStreamName(SystemStream.Input);
        return device == null || device.isBlank() || !device.startsWith("/")
            ? Optional.empty()
            : Optional.of(device.strip());
      } catch (Exception | LinkageError e) {
        // This provider cannot tell on this platform; try the next one.
      }
    }
    return Optional.empty();
  }

  /** Whether standard input is a terminal: a person can answer questions. */
  public static boolean stdinIsTerminal() {
    for (String name : new String[] {"jni", "exec"}) {
      try {
        return TerminalProvider.load(name).isSystemStream(SystemStream.Input);
      } catch (Exception | LinkageError e) {
        // This provider cannot tell on this platform; try the next one.
      }
    }
    return false;
  }

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
