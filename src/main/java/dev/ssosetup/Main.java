package dev.ssosetup;

import dev.ssosetup.cli.Cli;
import dev.ssosetup.cli.CliContext;
import dev.ssosetup.common.Environment;
import dev.ssosetup.common.LocaleCharset;
import dev.ssosetup.prompt.PrompterFactory;
import dev.ssosetup.prompt.Terminals;
import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/** The entry point: {@code main} exits with what {@link #run} returns; tests call {@code run}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Charset charset = consoleCharset();
    PrintWriter out = writer(System.out, charset);
    PrintWriter err = writer(System.err, charset);
    int exitCode = run(systemContext(), out, err, args);
    out.flush();
    err.flush();
    System.exit(exitCode);
  }

  /** Runs one command in the real process environment and returns its exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(systemContext(), out, err, args);
  }

  /**
   * The process environment, where a run is interactive when standard input is a terminal, and
   * prompters on the process's own terminal.
   */
  private static CliContext systemContext() {
    return new CliContext(Environment.system(Terminals::stdinIsTerminal))
        .prompterFactory(PrompterFactory.system());
  }

  /** Runs one command with the given context (tests pass their own home and services). */
  public static int run(CliContext context, PrintWriter out, PrintWriter err, String... args) {
    try {
      return Cli.run(context, out, err, args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The console's charset, UTF-8 when the locale names UTF-8 even where the C library does not have
   * that locale (then the JVM's console charset is ASCII), and UTF-8 without a console.
   */
  private static Charset consoleCharset() {
    Console console = System.console();
    return LocaleCharset.forConsole(
        Environment.system(), console != null ? console.charset() : null);
  }

  private static PrintWriter writer(PrintStream stream, Charset charset) {
    return new PrintWriter(new OutputStreamWriter(stream, charset), true);
  }
}
