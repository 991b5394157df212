package dev.ssosetup.prompt;

import dev.ssosetup.common.Environment;
import dev.ssosetup.common.LocaleCharset;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.WriterOutputStream;

/**
 * Opens the terminals prompts are drawn on: the process's own (once per process, never closed here:
 * closing it would close the standard streams, and JLine restores its attributes at exit), or one
 * over given streams for tests.
 */
final class TerminalOpener {
  private static Terminal systemTerminal;

  private TerminalOpener() {}

  /**
   * The process's terminal. When JLine cannot open it (no native access, no {@code stty}), the
   * prompts still work as plain lines on a dumb terminal over standard input and {@code out}.
   */
  static synchronized Terminal system(PrintWriter out) {
    if (systemTerminal == null) {
      Optional<String> device = Terminals.inputDeviceWhenOutputsAreRedirected();
      if (device.isPresent()) {
        systemTerminal = deviceTerminal(device.get(), out);
        return systemTerminal;
      }
      // UTF-8 when the locale names it, even if the C library lacks that locale; else JLine's own
      // choice. Each stream too: from Java 19 the JVM's stdout.encoding would win over encoding().
      Charset locale = LocaleCharset.fromLocale(Environment.system()).orElse(null);
      try {
        // dumb(true): fall back to a dumb terminal on the system streams without JLine's warning.
        // SysOutOrSysErr: with standard output piped (configure | tee log), the prompts go to
        // the terminal on standard error, never into the pipe.
        systemTerminal =
            TerminalBuilder.builder()
                .name("sso-setup")
                .system(true)
                .systemOutput(TerminalBuilder.SystemOutput.SysOutOrSysErr)
                .dumb(true)
                .encoding(locale)
                .stdinEncoding(locale)
                .stdoutEncoding(locale)
                .stderrEncoding(locale)
                .build();
      } catch (Exception | LinkageError e) {
        systemTerminal = dumbTerminal(out);
      }
    }
    return systemTerminal;
  }

  /**
   * With both standard output and standard error redirected (to a log, say) and standard input on a
   * terminal, the questions go to that terminal's device, as plain lines: the device stays in its
   * own line mode (typed keys are echoed and edited by it), so the picker is a numbered list.
   */
  private static Terminal deviceTerminal(String device, PrintWriter out) {
    try {
      return lineTerminal(new FileOutputStream(device));
    } catch (IOException e) {
      return dumbTerminal(out);
    }
  }

  /** JLine's dumb terminal: standard input, read as plain lines, and this output. */
  private static Terminal lineTerminal(OutputStream output) throws IOException {
    Charset charset = localeOrDefault();
    return new DumbTerminal(
        "sso-setup", Terminal.TYPE_DUMB, new FileInputStream(FileDescriptor.in), output, charset);
  }

  private static Charset localeOrDefault() {
    return LocaleCharset.fromLocale(Environment.system()).orElse(Charset.defaultCharset());
  }

  private static Terminal dumbTerminal(PrintWriter out) {
    try {
      return lineTerminal(new WriterOutputStream(out, localeOrDefault()));
    } catch (IOException e) {
      throw UserFacingException.failure(
          Text.of("prompt.noTerminal", e.getMessage()), Text.of("prompt.noTerminal.hint"), e);
    }
  }

  /**
   * A terminal over the given streams, 80 columns by 24 rows, UTF-8: {@code dumb} (or {@code
   * dumb-color}) gives JLine's dumb terminal, any other type (such as {@code xterm}) a terminal
   * with that type's capabilities and JLine's own line discipline (echo, Ctrl-C as a signal).
   */
  static Terminal streams(InputStream in, OutputStream out, String type) {
    try {
      if (type.equals(Terminal.TYPE_DUMB) || type.startsWith(Terminal.TYPE_DUMB_COLOR)) {
        return new DumbTerminal("sso-setup", type, in, out, StandardCharsets.UTF_8);
      }
      // The exec provider's stream terminal is JLine's own line discipline (ExternalTerminal),
      // the same on every OS. Left to choose, JLine would take the JNI provider, which opens a
      // real pseudo-terminal: not on Windows, and there Ctrl-C is swallowed by the kernel.
      return TerminalBuilder.builder()
          .name("sso-setup")
          .system(false)
          .provider("exec")
          .streams(in, out)
          .type(type)
          .encoding(StandardCharsets.UTF_8)
          .size(new Size(80, 24))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
