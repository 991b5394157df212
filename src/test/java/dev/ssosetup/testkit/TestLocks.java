package dev.ssosetup.testkit;

import dev.ssosetup.files.FileLocks;
import java.nio.file.Path;

/**
 * sso-setup's file locks for a test: in a folder of the test's own, never in the lock folder of the
 * user running the tests ({@code ~/.cache/sso-setup/locks}).
 */
public final class TestLocks {
  private TestLocks() {}

  /**
   * Locks in {@code <folder>/locks}; {@code folder} must be private (a JUnit {@code @TempDir} is),
   * since the lock folder's parent may not be writable by others.
   */
  public static FileLocks in(Path folder) {
    return new FileLocks(folder.resolve("locks"));
  }
}
