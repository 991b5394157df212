package dev.ssosetup.testkit;

import dev.ssosetup.Main;
import dev.ssosetup.cli.CliContext;
import dev.ssosetup.sandbox.Sandbox;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Runs the whole command line in-process with captured output. */
public final class CliRun {
  private CliRun() {}

  /** The outcome of one run; {@link #toString()} shows everything, for assertion messages. */
  public record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
    }
  }

  /**
   * {@code sso-setup login --profile P}, approved in the sandbox as a person in the browser would;
   * fails the test unless it succeeds, then clears the sandbox's request log.
   */
  public static Result logIn(TestHome home, Sandbox sandbox, String profile) {
    Result result =
        run(
            home,
            context -> context.browserOpener(ApprovingBrowser.approving(sandbox)),
            "login",
            "--profile",
            profile);
    if (result.exitCode() != 0) {
      throw new AssertionError("The login failed: " + result);
    }
    sandbox.clearRequests();
    return result;
  }

  public static Result run(TestHome home, String... args) {
    return run(home, context -> {}, args);
  }

  /**
   * Runs with a context the caller may adjust first (to hand in test services). A run that fails
   * (any exit code but 0) must leave the config file it was given byte for byte as it was: that is
   * checked here for every test, and a change fails the test.
   */
  public static Result run(TestHome home, Consumer<CliContext> setup, String... args) {
    CliContext context = new CliContext(home.environment());
    setup.accept(context);
    Map<Path, byte[]> before = Unchanged.snapshot(configFiles(context, args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.run(context, new PrintWriter(out, true), new PrintWriter(err, true), args);
    Result result = new Result(exitCode, out.toString(), err.toString());
    if (exitCode != 0) {
      Unchanged.assertUnchanged(before, "the run failed:\n" + result);
    }
    return result;
  }

  /** The config file of the environment, and the one named by --config-file if any. */
  private static Path[] configFiles(CliContext context, String... args) {
    List<Path> files = new ArrayList<>();
    files.add(context.configFile());
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--config-file") && i + 1 < args.length) {
        files.add(Path.of(args[i + 1]));
      } else if (args[i].startsWith("--config-file=")) {
        files.add(Path.of(args[i].substring("--config-file=".length())));
      }
    }
    return files.toArray(Path[]::new);
  }
}
