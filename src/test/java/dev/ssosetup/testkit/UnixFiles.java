package dev.ssosetup.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * Unix file-system objects Java cannot make by itself, for tests: FIFOs, device nodes, files given
 * to another user. Each returns whether it worked (an unprivileged run cannot make devices or give
 * files away), so that a test can skip what the machine does not allow.
 */
public final class UnixFiles {
  private UnixFiles() {}

  /** A FIFO at {@code path} ({@code mkfifo}). */
  public static Path mkfifo(Path path) throws IOException {
    run("mkfifo", path.toString());
    if (!isFifo(path)) {
      throw new IOException("mkfifo did not make " + path);
    }
    return path;
  }

  /** A character device like /dev/null (major 1, minor 3) at {@code path}; false if not allowed. */
  public static boolean mknodNull(Path path) {
    try {
      run("mknod", path.toString(), "c", "1", "3");
      return Files.exists(path, LinkOption.NOFOLLOW_LINKS) && isCharacterDevice(path);
    } catch (IOException e) {
      return false;
    }
  }

  /** Gives the file to the user with this ID; false if not allowed. */
  public static boolean chown(Path path, int uid) {
    try {
      Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** {@code chmod MODE path}, for modes Java cannot set (the sticky bit). */
  public static void chmod(Path path, String octalMode) throws IOException {
    run("chmod", octalMode, path.toString());
  }

  public static boolean isFifo(Path path) throws IOException {
    return typeBits(path) == 0010000;
  }

  public static boolean isCharacterDevice(Path path) throws IOException {
    return typeBits(path) == 0020000;
  }

  /** The permissions as {@code rw-------}, without following a link. */
  public static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(
        Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
  }

  private static int typeBits(Path path) throws IOException {
    return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
  }

  private static void run(String... command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException(String.join(" ", command) + " failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
