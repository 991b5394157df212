package dev.ssosetup.files;

import dev.ssosetup.common.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.HashSet;
import java.util.Set;

/**
 * The checks every read and write of a config or cache file passes: only regular files, of a sane
 * size, never a file its owner made read-only, and for the token cache never through a symbolic
 * link nor in a folder other users can change. The checks look at the file's type, mode and owner
 * themselves rather than waiting for the system to refuse: the superuser is refused nothing.
 */
public final class SafeFiles {
  /** The largest config file read: far beyond any real one (a profile takes about 150 bytes). */
  public static final long MAX_CONFIG_BYTES = 16L * 1024 * 1024;

  /** The largest token cache file read: one holds a few kilobytes of JSON. */
  public static final long MAX_CACHE_BYTES = 1024 * 1024;

  private static final Path NULL_DEVICE = Path.of("/dev/null");

  private SafeFiles() {}

  /**
   * The file's bytes, following symbolic links; null when there is no such file. {@code /dev/null}
   * reads as empty when {@code nullDeviceIsEmpty} (the AWS tools read it so: a common way to make
   * them ignore the config).
   *
   * @throws UnsafeFileException when it is a folder, a device, a FIFO or a socket (which could
   *     block or never end), or larger than {@code limit}
   */
  public static byte[] read(Path path, long limit, boolean nullDeviceIsEmpty) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return null;
    }
    if (!attributes.isRegularFile()) {
      if (nullDeviceIsEmpty && isNullDevice(path)) {
        return new byte[0];
      }
      throw notRegular(path, attributes);
    }
    return readAtMost(path, limit, attributes.size(), false);
  }

  /**
   * The bytes of a token cache file, never through a symbolic link: null when it is missing, a
   * link, or anything but a regular file (the cache is then simply empty, as the AWS SDKs treat an
   * unreadable one).
   *
   * @throws UnsafeFileException when it is larger than {@code limit}
   */
  public static byte[] readPrivate(Path path, long limit) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
    if (!attributes.isRegularFile()) {
      return null;
    }
    return readAtMost(path, limit, attributes.size(), true);
  }

  private static byte[] readAtMost(Path path, long limit, long size, boolean noFollow)
      throws IOException {
    if (size > limit) {
      throw tooLarge(path, limit);
    }
    Set<OpenOption> options = new HashSet<>();
    options.add(StandardOpenOption.READ);
    if (noFollow) {
      options.add(LinkOption.NOFOLLOW_LINKS); // a link swapped in since the check: ELOOP
    }
    try (InputStream in = Channels.newInputStream(Files.newByteChannel(path, options))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(size, 0));
      byte[] buffer = new byte[8192];
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > limit) {
          throw tooLarge(path, limit); // it grew, or reports no size (/proc)
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  /**
   * Refuses to replace what is at {@code file} (links followed) unless it is missing or a regular
   * file its owner may write.
   *
   * @throws UnsafeFileException when it is a device, FIFO, socket or folder, or read-only
   */
  public static void requireReplaceable(Path file) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return;
    }
    if (!attributes.isRegularFile()) {
      throw notRegular(file, attributes);
    }
    if (readOnly(file)) {
      throw new UnsafeFileException(
          UnsafeFileException.Kind.READ_ONLY,
          file,
          Text.of(
              "files.readOnly",
              file,
              PosixFilePermissions.toString(Files.getPosixFilePermissions(file))),
          Text.of("files.readOnly.fix", file));
    }
  }

  /**
   * Whether the file is read-only for its owner. Asked of the mode bits, not of the system: the
   * superuser may write any file, and a rename replaces even a read-only one.
   */
  static boolean readOnly(Path file) throws IOException {
    if (!AtomicFileWriter.isPosix(file)) {
      return !Files.isWritable(file);
    }
    Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
    if (Files.getOwner(file).equals(currentUser())) {
      return !mode.contains(PosixFilePermission.OWNER_WRITE);
    }
    return !Files.isWritable(file);
  }

  /**
   * Refuses a folder (links followed) that is not a folder, belongs to another user, or that group
   * or others may write to: someone else could then plant or swap the files in it.
   *
   * @param what how to name it in the message ("the SSO token cache folder")
   * @throws UnsafeFileException when it is unsafe
   */
  public static void requirePrivateFolder(Path folder, Text what) throws IOException {
    requireFolderOfOwn(folder, what);
  }

  /** Like {@link #requirePrivateFolder(Path, Text)}, naming the folder by its path. */
  public static void requirePrivateFolder(Path folder) throws IOException {
    requireFolderOfOwn(folder, folder);
  }

  /** {@code what} is a {@link Text} or the path itself. */
  private static void requireFolderOfOwn(Path folder, Object what) throws IOException {
    if (!AtomicFileWriter.isPosix(folder)) {
      return; // Windows: the folder's ACL decides; nothing we can read portably.
    }
    if (!Files.isDirectory(folder)) {
      throw new UnsafeFileException(
          UnsafeFileException.Kind.UNSAFE_FOLDER,
          folder,
          Text.of("files.notAFolder", folder),
          Text.of("files.notAFolder.fix"));
    }
    UserPrincipal owner = Files.getOwner(folder);
    if (!owner.equals(currentUser())) {
      throw new UnsafeFileException(
          UnsafeFileException.Kind.UNSAFE_FOLDER,
          folder,
          Text.of("files.foreignFolder", folder, owner.getName(), what),
          Text.of("files.foreignFolder.fix"));
    }
    PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class);
    Set<PosixFilePermission> mode = attributes.permissions();
    // A group named after its owner is that user's private group (umask 002 makes folders 0775).
    boolean privateGroup = attributes.group().getName().equals(owner.getName());
    if (mode.contains(PosixFilePermission.GROUP_WRITE) && !privateGroup
        || mode.contains(PosixFilePermission.OTHERS_WRITE)) {
      throw new UnsafeFileException(
          UnsafeFileException.Kind.UNSAFE_FOLDER,
          folder,
          Text.of("files.openFolder", folder, PosixFilePermissions.toString(mode), what),
          Text.of("files.openFolder.fix", folder));
    }
  }

  /** The user this process runs as. */
  public static UserPrincipal currentUser() throws IOException {
    return CurrentUser.get();
  }

  /** Whether the path is the null device, {@code /dev/null} (links followed). */
  public static boolean isNullDevice(Path path) {
    try {
      return path.toRealPath().equals(NULL_DEVICE);
    } catch (IOException e) {
      return false;
    }
  }

  private static UnsafeFileException notRegular(Path path, BasicFileAttributes attributes) {
    String what = attributes.isDirectory() ? "folder" : attributes.isOther() ? "device" : "other";
    return new UnsafeFileException(
        UnsafeFileException.Kind.NOT_REGULAR,
        path,
        Text.of("files.notRegular", path, Text.of("files.kind." + what)),
        Text.of("files.notRegular.fix"));
  }

  private static UnsafeFileException tooLarge(Path path, long limit) {
    return new UnsafeFileException(
        UnsafeFileException.Kind.TOO_LARGE,
        path,
        Text.of("files.tooLarge", path, limit / (1024 * 1024)),
        Text.of("files.tooLarge.fix"));
  }

  /** Looked up once: the name the system gives this process's user. */
  private static final class CurrentUser {
    private static UserPrincipal user;

    static synchronized UserPrincipal get() throws IOException {
      if (user == null) {
        String name = ProcessHandle.current().info().user().orElse(System.getProperty("user.name"));
        user =
            java.nio.file.FileSystems.getDefault()
                .getUserPrincipalLookupService()
                .lookupPrincipalByName(name);
      }
      return user;
    }
  }
}
