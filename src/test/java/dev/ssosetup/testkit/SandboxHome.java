package dev.ssosetup.testkit;

import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.CliRun.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What most tests of a command start from: a sandbox that approves logins at once with the SDK
 * pointed at it, and a home of the test's own whose config the test names as a function of the
 * sandbox. A test then says only what differs. Register it on an instance field:
 *
 * <pre>{@code
 * @RegisterExtension
 * final SandboxHome fixture = SandboxHome.approving(sandbox -> LoginCommandTest.config(sandbox, true));
 * }</pre>
 */
public final class SandboxHome implements BeforeEachCallback, AfterEachCallback {
  private final SandboxExtension extension;
  private final Function<Sandbox, String> config;
  private Path folder;
  private TestHome home;

  private SandboxHome(
      UnaryOperator<Sandbox.Builder> configuration, Function<Sandbox, String> config) {
    this.extension = SandboxExtension.with(configuration).pointingTheSdkAtIt();
    this.config = config;
  }

  /** The small fixture, logins approved at once, and a home with this config. */
  public static SandboxHome approving(Function<Sandbox, String> config) {
    return with(UnaryOperator.identity(), config);
  }

  /** The sandbox configured further (logins are still approved at once unless it says else). */
  public static SandboxHome with(
      UnaryOperator<Sandbox.Builder> configuration, Function<Sandbox, String> config) {
    return new SandboxHome(b -> configuration.apply(b.approval(Approval.AUTO)), config);
  }

  public Sandbox sandbox() {
    return extension.get();
  }

  public TestHome home() {
    if (home == null) {
      throw new IllegalStateException("The home is there only during a test");
    }
    return home;
  }

  /** The whole command line in the home, approving any login in the sandbox as a person would. */
  public Result run(String... args) {
    return CliRun.run(
        home(), context -> context.browserOpener(ApprovingBrowser.approving(sandbox())), args);
  }

  /** {@code sso-setup login --profile P}, which must succeed ({@link CliRun#logIn}). */
  public Result logIn(String profile) {
    return CliRun.logIn(home(), sandbox(), profile);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    extension.beforeEach(context);
    folder = Files.createTempDirectory("sso-setup-home-");
    home = new TestHome(folder).writeConfig(config.apply(sandbox()));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      delete(folder);
    } finally {
      home = null;
      extension.afterEach(context);
    }
  }

  private static void delete(Path folder) {
    if (folder == null || !Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        path.toFile().setWritable(true);
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
