package dev.ssosetup.files;

import dev.ssosetup.common.Environment;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises the edits of one file between processes and threads: an advisory lock
 * (FileChannel.lock) on a lock file in sso-setup's own {@link LockFolder}, plus an in-JVM lock. The
 * lock file is named after the file's real path (its folder's links and {@code ..} resolved), so
 * that every process editing the same file, under whichever name of its folder, takes the same
 * lock. A lock another process or thread holds is waited for, up to a deadline ({@link
 * #DEFAULT_WAIT}); then the edit is refused with "another sso-setup is editing ..." rather than
 * left waiting forever.
 */
public final class FileLocks {
  /** FileChannel locks belong to the whole process, so threads need their own lock per file. */
  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS =
      new ConcurrentHashMap<>();

  private static final FileAttribute<?>[] PRIVATE_FOLDER = {
    PosixFilePermissions.asFileAttribute(AtomicFileWriter.PRIVATE_FOLDER)
  };

  private static final FileAttribute<?>[] PRIVATE_FILE = {
    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
  };

  /**
   * How long an edit waits for another to finish: longer than anything done under a lock takes (the
   * longest, a token refresh or a role's credentials, gives up on the network after 45 seconds),
   * short enough that a hung process is reported instead of waited for forever.
   */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

  private static final long LONGEST_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  private final Path folder;
  private final Duration wait;

  public FileLocks(Path folder) {
    this(folder, DEFAULT_WAIT);
  }

  /** Locks in {@code folder} that wait at most {@code wait} for another holder. */
  public FileLocks(Path folder, Duration wait) {
    this.folder = folder.toAbsolutePath();
    this.wait = Objects.requireNonNull(wait, "wait");
  }

  /** The locks of this environment's user ({@link LockFolder}). */
  public static FileLocks of(Environment environment) {
    return new FileLocks(LockFolder.of(environment));
  }

  /** The lock folder. */
  public Path folder() {
    return folder;
  }

  /**
   * Runs the action holding both locks for {@code file}. Re-entrant within a thread. The lock
   * folder is created (rwx------) if missing, and refused when it is a link, another user's, or
   * others may write to it.
   *
   * @throws UserFacingException (exit 1) when another process or thread still holds the lock after
   *     the wait this was made with; nothing was done then
   */
  public <T> T withLock(Path file, IOSupplier<T> action) throws IOException {
    Path lockFile = lockFile(file);
    long deadline = System.nanoTime() + wait.toNanos();
    ReentrantLock lock = IN_PROCESS.computeIfAbsent(lockFile, key -> new ReentrantLock());
    if (!tryLock(lock)) {
      throw busy(file, lockFile);
    }
    try {
      if (lock.getHoldCount() > 1) {
        return action.get(); // this thread already holds the file lock
      }
      prepareFolder();
      // Left in place afterwards: deleting it would let a waiting process lock a file that a
      // newcomer no longer sees. It is empty, and in a folder of sso-setup's own.
      try (FileChannel channel = open(lockFile)) {
        FileLock fileLock = lockBy(channel, deadline);
        if (fileLock == null) {
          throw busy(file, lockFile);
        }
        try {
          return action.get();
        } finally {
          fileLock.release();
        }
      }
    } finally {
      lock.unlock();
    }
  }

  private boolean tryLock(ReentrantLock lock) throws InterruptedIOException {
    try {
      return lock.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while waiting for a file lock");
    }
  }

  /**
   * The process lock on the channel, asked for again (every few milliseconds at first, then every
   * 200) until {@code deadline}; null when another process still holds it then.
   */
  private static FileLock lockBy(FileChannel channel, long deadline) throws IOException {
    long pause = TimeUnit.MILLISECONDS.toNanos(5);
    while (true) {
      FileLock fileLock = channel.tryLock();
      long left = deadline - System.nanoTime();
      if (fileLock != null || left <= 0) {
        return fileLock;
      }
      try {
        TimeUnit.NANOSECONDS.sleep(Math.min(pause, left));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("Interrupted while waiting for a file lock");
      }
      pause = Math.min(pause * 2, LONGEST_POLL_NANOS);
    }
  }

  private UserFacingException busy(Path file, Path lockFile) {
    return UserFacingException.failure(
        Text.of("common.fileBusy", file, Math.max(1, wait.toSeconds())),
        Text.of("common.fileBusy.hint", lockFile));
  }

  /** The lock file for a file: {@code <folder>/<SHA-256 of its real path, 40 hex>.lock}. */
  public Path lockFile(Path file) throws IOException {
    byte[] path = realPath(file).toString().getBytes(StandardCharsets.UTF_8);
    try {
      String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(path));
      return folder.resolve(hash.substring(0, 40) + ".lock");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK has no SHA-256", e);
    }
  }

  /**
   * The file's path in its folder's real path (links and {@code ..} resolved), whether or not the
   * file exists. A link at the file itself is not followed: callers that edit a link's target pass
   * the target.
   */
  static Path realPath(Path file) throws IOException {
    Path resolved = file.toAbsolutePath().normalize();
    Path parent = resolved.getParent();
    try {
      return parent == null ? resolved : parent.toRealPath().resolve(resolved.getFileName());
    } catch (NoSuchFileException e) {
      return resolved;
    }
  }

  private void prepareFolder() throws IOException {
    boolean posix = AtomicFileWriter.isPosix(folder);
    createMissing(folder, posix);
    if (posix) {
      requireOwnFolder(folder.getParent());
      requireOwnFolder(folder);
    }
  }

  /** Creates the folder and missing parents, each rwx------ from the start where POSIX applies. */
  private static void createMissing(Path path, boolean posix) throws IOException {
    if (Files.isDirectory(path)) {
      return;
    }
    Path parent = path.getParent();
    if (parent != null) {
      createMissing(parent, posix);
    }
    try {
      Files.createDirectory(path, posix ? PRIVATE_FOLDER : new FileAttribute<?>[0]);
    } catch (FileAlreadyExistsException e) {
      // Another process made it first, or it is something else: checked next.
    }
  }

  /** A real folder (not a link), ours, that nobody else may write to. */
  private static void requireOwnFolder(Path path) throws IOException {
    BasicFileAttributes attributes =
        Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (attributes.isSymbolicLink()) {
      throw new UnsafeFileException(
          UnsafeFileException.Kind.UNSAFE_FOLDER,
          path,
          Text.of("files.lockFolderLink", path),
          Text.of("files.lockFolderLink.fix", path));
    }
    SafeFiles.requirePrivateFolder(path, Text.of("files.lockFolder"));
  }

  private static FileChannel open(Path lockFile) throws IOException {
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(lockFile, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile()) {
        // A FIFO would block the open; a link would lead the lock elsewhere.
        throw new UnsafeFileException(
            UnsafeFileException.Kind.NOT_REGULAR,
            lockFile,
            Text.of("files.lockNotRegular", lockFile),
            Text.of("files.lockNotRegular.fix", lockFile));
      }
    } catch (NoSuchFileException e) {
      // Made below.
    }
    Set<OpenOption> options =
        Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    return FileChannel.open(
        lockFile,
        options,
        AtomicFileWriter.isPosix(lockFile.getParent()) ? PRIVATE_FILE : new FileAttribute<?>[0]);
  }
}
