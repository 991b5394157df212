package dev.ssosetup.files;

import dev.ssosetup.common.Text;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Atomic replacement of a file: temp file in the same folder, flushed to disk, then renamed over
 * the target, so that a reader sees the old file or the new one, never half of one.
 */
public final class AtomicFileWriter {
  static final Set<PosixFilePermission> PRIVATE_FOLDER =
      PosixFilePermissions.fromString("rwx------");

  static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

  private static final int MAX_LINKS = 40;

  /** Temp files written but not yet renamed: a shutdown hook deletes them (Ctrl-C mid-write). */
  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

  /** Test seam: runs after the temp file is written and flushed, before the backup and rename. */
  static volatile Step beforeRename = temp -> {};

  private AtomicFileWriter() {}

  /** A step that may fail with an I/O error. */
  @FunctionalInterface
  interface Step {
    void run(Path temp) throws IOException;
  }

  /**
   * Replaces a config file. Keeps the target's POSIX permissions; a new file gets newFileMode (e.g.
   * "rw-------") and missing folders are created as rwx------. Optionally keeps one
   * "&lt;file&gt;.bak" copy of the previous content, with the same permissions, next to the path as
   * named (not next to a link's target). A symbolic link is kept: its target is replaced.
   *
   * @throws UnsafeFileException when the target is not a regular file (a device such as {@code
   *     /dev/null}, a FIFO, a folder) or its owner made it read-only: nothing is written
   */
  public static void write(Path target, byte[] content, String newFileMode, boolean keepBackup)
      throws IOException {
    Path named = target.toAbsolutePath();
    Path file = resolveLinks(named);
    SafeFiles.requireReplaceable(file);
    Path folder = file.getParent();
    createFolders(folder);
    boolean exists = Files.exists(file);
    Set<PosixFilePermission> mode = null;
    if (isPosix(folder)) {
      if (exists) {
        mode = Files.getPosixFilePermissions(file);
      } else if (newFileMode != null) {
        mode = PosixFilePermissions.fromString(newFileMode);
      }
    }
    Set<PosixFilePermission> finalMode = mode;
    replace(
        file,
        content,
        mode,
        temp -> {
          beforeRename.run(temp);
          if (keepBackup && exists) {
            Path backup = named.resolveSibling(named.getFileName() + ".bak");
            replace(backup, Files.readAllBytes(file), finalMode, ignored -> {});
          }
        });
  }

  /**
   * Replaces a private file of the token cache: always rw------- whatever the old file's mode,
   * never through a symbolic link (a link at {@code file} is itself replaced; what it points to is
   * not touched), no backup.
   *
   * @throws UnsafeFileException when something other than a regular file or a link is there
   */
  public static void writePrivate(Path file, byte[] content) throws IOException {
    Path path = file.toAbsolutePath();
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile() && !attributes.isSymbolicLink()) {
        throw new UnsafeFileException(
            UnsafeFileException.Kind.NOT_REGULAR,
            path,
            Text.of("files.notRegularToken", path),
            Text.of("files.notRegularToken.fix", path));
      }
    } catch (NoSuchFileException e) {
      // A new file.
    }
    createFolders(path.getParent());
    replace(
        path,
        content,
        isPosix(path.getParent()) ? PRIVATE_FILE : null,
        temp -> beforeRename.run(temp));
  }

  private static void replace(
      Path file, byte[] content, Set<PosixFilePermission> mode, Step beforeMove)
      throws IOException {
    Path folder = file.getParent();
    // On POSIX file systems a temp file starts as rw------- (never wider than the result).
    Path temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
    IN_FLIGHT.add(temp);
    CleanupHook.install();
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      if (mode != null) {
        Files.setPosixFilePermissions(temp, mode);
      }
      beforeMove.run(temp);
      move(temp, file);
      moved = true;
    } finally {
      if (!moved) {
        deleteQuietly(temp);
      }
      IN_FLIGHT.remove(temp);
    }
    syncFolder(folder);
  }

  private static void move(Path temp, Path file) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Same folder, so this only happens on unusual file systems; a plain replace is the best
      // left.
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Makes the rename itself durable; not every platform can open a folder, which is fine. */
  private static void syncFolder(Path folder) {
    if (!isPosix(folder)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Best effort: the data itself is already on disk.
    }
  }

  /** The file a chain of symbolic links ends at (which need not exist); the path itself if none. */
  public static Path resolveLinks(Path path) throws IOException {
    Path current = path.toAbsolutePath();
    for (int hops = 0; Files.isSymbolicLink(current); hops++) {
      if (hops == MAX_LINKS) {
        throw new FileSystemException(path.toString(), null, "Too many levels of symbolic links");
      }
      current = current.getParent().resolve(Files.readSymbolicLink(current));
    }
    return current;
  }

  /** Creates the folder and any missing parents, each as rwx------ where POSIX applies. */
  public static void createFolders(Path folder) throws IOException {
    if (folder == null || Files.isDirectory(folder)) {
      return;
    }
    createFolders(folder.toAbsolutePath().getParent());
    try {
      Files.createDirectory(folder);
    } catch (FileAlreadyExistsException e) {
      if (Files.isDirectory(folder)) {
        return; // another process made it first
      }
      throw e;
    }
    if (isPosix(folder)) {
      Files.setPosixFilePermissions(folder, PRIVATE_FOLDER);
    }
  }

  public static boolean isPosix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // Nothing better to do; the name marks it as a temp file.
    }
  }

  /** Registers the shutdown hook once, on first use. */
  private static final class CleanupHook {
    static {
      try {
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> IN_FLIGHT.forEach(AtomicFileWriter::deleteQuietly),
                    "sso-setup-temp-cleanup"));
      } catch (IllegalStateException e) {
        // Already shutting down: the finally blocks still clean up.
      }
    }

    static void install() {
      // Loading the class runs the static block once.
    }
  }
}
