package dev.ssosetup.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An advisory lock on "&lt;file&gt;.lock" (FileChannel.lock) plus an in-JVM lock, so processes and
 * threads serialise.
 */
public final class FileLocks {
  /** FileChannel locks belong to the whole process, so threads need their own lock per file. */
  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS =
      new ConcurrentHashMap<>();

  private FileLocks() {}

  /**
   * Runs the action holding both locks for {@code file} (after following symbolic links, so that
   * every name of a file shares one lock). Re-entrant within a thread. Missing folders are created
   * as rwx------.
   */
  public static <T> T withLock(Path file, IOSupplier<T> action) throws IOException {
    Path target = AtomicFileWriter.resolveLinks(file).normalize();
    ReentrantLock lock = IN_PROCESS.computeIfAbsent(target, key -> new ReentrantLock());
    lock.lock();
    try {
      if (lock.getHoldCount() > 1) {
        return action.get(); // this thread already holds the file lock
      }
      AtomicFileWriter.createFolders(target.getParent());
      // Left in place afterwards: deleting it would let a waiting process lock a file that a
      // newcomer no longer sees.
      Path lockFile = target.resolveSibling(target.getFileName() + ".lock");
      try (FileChannel channel = open(lockFile)) {
        FileLock fileLock = channel.lock();
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

  private static FileChannel open(Path lockFile) throws IOException {
    Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileAttribute<?>[] attributes =
        AtomicFileWriter.isPosix(lockFile)
            ? new FileAttribute<?>[] {
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
            }
            : new FileAttribute<?>[0];
    return FileChannel.open(lockFile, options, attributes);
  }
}
