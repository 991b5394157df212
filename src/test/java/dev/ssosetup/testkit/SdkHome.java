package dev.ssosetup.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The test JVM's own home folder as a {@link TestHome}, for tests where the AWS SDK itself reads
 * the token cache (its {@code ProfileCredentialsProvider} looks under {@code $HOME} and cannot be
 * told otherwise). Surefire sets {@code HOME} to {@code target/test-home}; like {@link
 * SdkHomeTokenCache} this skips the test when {@code HOME} is anywhere else. Its {@code .aws}
 * folder is wiped before and after each test. Register it on an instance field:
 *
 * <pre>{@code
 * @RegisterExtension final SdkHome sdkHome = new SdkHome();
 * }</pre>
 */
public final class SdkHome implements BeforeEachCallback, AfterEachCallback {
  private TestHome home;

  /** The home of the current test. */
  public TestHome get() {
    if (home == null) {
      throw new IllegalStateException("The SDK home is there only during a test");
    }
    return home;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    // Skips the test unless HOME is under target/.
    Path cache = SdkHomeTokenCache.directory();
    Path root = cache.getParent().getParent().getParent();
    wipe(root.resolve(".aws"));
    home = new TestHome(root);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (home != null) {
      wipe(home.home().resolve(".aws"));
      home = null;
    }
  }

  private static void wipe(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
