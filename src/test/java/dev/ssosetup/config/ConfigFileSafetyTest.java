package dev.ssosetup.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.files.AtomicFileWriter;
import dev.ssosetup.files.FileLocks;
import dev.ssosetup.files.SafeFiles;
import dev.ssosetup.testkit.UnixFiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The config file when it is not a plain file of the user's: a device, a FIFO, a huge file, a
 * read-only file, a link into another folder; and where the lock and the backup go. Every refusal
 * leaves the file byte for byte (and mode for mode) as it was. The tests run as root, who may write
 * anything: each refusal must come from sso-setup's own checks.
 */
@Timeout(30)
class ConfigFileSafetyTest {
  private static final String ORIGINAL = "[default]\nregion = us-east-1\n";
  private static final SectionId DEV = SectionId.profile("dev");

  @TempDir Path tmp;
  private Path aws;
  private Path file;
  private Path lockFolder;
  private ConfigStore store;

  @BeforeEach
  void setUp() throws IOException {
    assumeTrue(AtomicFileWriter.isPosix(tmp), "POSIX file systems only");
    aws = Files.createDirectories(tmp.resolve(".aws"));
    file = Files.writeString(aws.resolve("config"), ORIGINAL);
    lockFolder = tmp.resolve("cache").resolve("sso-setup").resolve("locks");
    store = new ConfigStore(file, new FileLocks(lockFolder));
  }

  @Test
  void aReadOnlyConfig_isNotReplaced_exit1_sayingHowToMakeItWritable() throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

    assertThatThrownBy(() -> store.update(d -> d.set(DEV, "region", "x"), false))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
              assertThat(e.getMessage()).contains(file + " is read-only (r--r--r--)");
              assertThat(e.hint()).contains("chmod u+w " + file);
            });

    assertThat(file).hasContent(ORIGINAL);
    assertThat(UnixFiles.mode(file)).isEqualTo("r--r--r--");
    assertThat(names(aws)).containsExactly("config");
  }

  @Test
  void aFifoAsConfig_isRefusedWithExit2AtOnce_forReadingAndWriting() throws IOException {
    Files.delete(file);
    UnixFiles.mkfifo(file);
    ConfigStore fifo = new ConfigStore(file, new FileLocks(lockFolder));

    assertThatThrownBy(() -> fifo.update(d -> d.set(DEV, "region", "x"), false))
        .isInstanceOfSatisfying(UserFacingException.class, e -> assertNotRegular(e, file));
    assertThatThrownBy(fifo::readValid)
        .isInstanceOfSatisfying(UserFacingException.class, e -> assertNotRegular(e, file));
    assertThat(UnixFiles.isFifo(file)).isTrue();
    assertThat(names(aws)).containsExactly("config");
  }

  @Test
  void aCharacterDeviceAsConfig_isNeverReplaced_andGetsNoBackupOrLockBesideIt() throws IOException {
    Path device = aws.resolve("null");
    assumeTrue(UnixFiles.mknodNull(device), "needs the right to make a device node (root)");
    ConfigStore onDevice = new ConfigStore(device, new FileLocks(lockFolder));

    assertThatThrownBy(() -> onDevice.update(d -> d.set(DEV, "region", "x"), false))
        .isInstanceOfSatisfying(UserFacingException.class, e -> assertNotRegular(e, device));
    assertThatThrownBy(() -> onDevice.update(d -> d.set(DEV, "region", "x"), true))
        .isInstanceOfSatisfying(UserFacingException.class, e -> assertNotRegular(e, device));

    assertThat(UnixFiles.isCharacterDevice(device)).isTrue();
    assertThat(names(aws)).containsExactlyInAnyOrder("config", "null");
  }

  @Test
  void devNull_readsAsAnEmptyConfig_forReadOnlyCommands() {
    ConfigStore devNull = new ConfigStore(Path.of("/dev/null"), new FileLocks(lockFolder));

    assertThat(devNull.read().render()).isEmpty();
    assertThat(devNull.readValid().profileNames()).isEmpty();
  }

  @Test
  void devZero_isRefusedAtOnce_insteadOfReadForEver() {
    ConfigStore zero = new ConfigStore(Path.of("/dev/zero"), new FileLocks(lockFolder));

    assertThatThrownBy(zero::read)
        .isInstanceOfSatisfying(
            UserFacingException.class, e -> assertNotRegular(e, Path.of("/dev/zero")));
  }

  @Test
  void aConfigLargerThan16MiB_isRefusedWithExit2() throws IOException {
    try (RandomAccessFile big = new RandomAccessFile(file.toFile(), "rw")) {
      big.setLength(SafeFiles.MAX_CONFIG_BYTES + 1); // sparse: no disk used
    }

    assertThatThrownBy(store::read)
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
              assertThat(e.getMessage()).contains("is larger than 16 MiB");
            });
    assertThatThrownBy(() -> store.update(d -> d.set(DEV, "region", "x"), false))
        .isInstanceOf(UserFacingException.class);
    assertThat(Files.size(file)).isEqualTo(SafeFiles.MAX_CONFIG_BYTES + 1);
  }

  @Test
  void aConfigLinkedIntoADotfilesFolder_keepsItsLink_backupBesideTheLink_noLockInEitherFolder()
      throws IOException {
    Path dotfiles = Files.createDirectories(tmp.resolve("dotfiles"));
    Path real = Files.writeString(dotfiles.resolve("aws-config"), ORIGINAL);
    Files.delete(file);
    Files.createSymbolicLink(file, real);

    store.update(d -> d.set(DEV, "region", "x"), false);

    assertThat(Files.isSymbolicLink(file)).isTrue();
    assertThat(real).hasContent(ORIGINAL + "\n[profile dev]\nregion = x\n");
    assertThat(aws.resolve("config.bak")).hasContent(ORIGINAL);
    assertThat(names(dotfiles)).containsExactly("aws-config");
    assertThat(names(aws)).containsExactlyInAnyOrder("config", "config.bak");
    assertThat(names(lockFolder)).singleElement().asString().matches("[0-9a-f]{40}\\.lock");
    assertThat(UnixFiles.mode(lockFolder)).isEqualTo("rwx------");
    assertThat(UnixFiles.mode(lockFolder.getParent())).isEqualTo("rwx------");
    try (Stream<Path> locks = Files.list(lockFolder)) {
      assertThat(UnixFiles.mode(locks.findFirst().orElseThrow())).isEqualTo("rw-------");
    }
  }

  @Test
  void everyNameOfOneFile_takesTheSameLock() throws IOException {
    Path link = Files.createSymbolicLink(tmp.resolve("link-to-aws"), aws);
    FileLocks locks = new FileLocks(lockFolder);

    Path direct = locks.lockFile(file);

    assertThat(locks.lockFile(link.resolve("config"))).isEqualTo(direct);
    assertThat(locks.lockFile(aws.resolve("..").resolve(".aws").resolve("config")))
        .isEqualTo(direct);
    assertThat(locks.lockFile(aws.resolve("other"))).isNotEqualTo(direct);
  }

  @Test
  void aLockFolderThatIsALink_isRefused_andTheConfigIsUnchanged() throws IOException {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.createDirectories(lockFolder.getParent());
    Files.setPosixFilePermissions(
        lockFolder.getParent(), PosixFilePermissions.fromString("rwx------"));
    Files.createSymbolicLink(lockFolder, elsewhere);

    assertThatThrownBy(() -> store.update(d -> d.set(DEV, "region", "x"), false))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
              assertThat(e.getMessage()).contains(lockFolder + " is a symbolic link");
            });
    assertThat(file).hasContent(ORIGINAL);
    assertThat(names(elsewhere)).isEmpty();
  }

  @Test
  void aLockFolderOthersCanWriteTo_isRefused_andTheConfigIsUnchanged() throws IOException {
    Files.createDirectories(lockFolder);
    UnixFiles.chmod(lockFolder, "1777"); // sticky, as /tmp: still anyone may plant a file

    assertThatThrownBy(() -> store.update(d -> d.set(DEV, "region", "x"), false))
        .hasMessageContaining("can be written by other users");
    assertThat(file).hasContent(ORIGINAL);
  }

  @Test
  void aFifoPlantedAsTheLockFile_isRefusedAtOnce_insteadOfBlockingTheOpen() throws IOException {
    FileLocks locks = new FileLocks(lockFolder);
    Files.createDirectories(lockFolder);
    Files.setPosixFilePermissions(lockFolder, PosixFilePermissions.fromString("rwx------"));
    Files.setPosixFilePermissions(
        lockFolder.getParent(), PosixFilePermissions.fromString("rwx------"));
    Path lock = UnixFiles.mkfifo(locks.lockFile(file));

    assertThatThrownBy(() -> store.update(d -> d.set(DEV, "region", "x"), false))
        .isInstanceOfSatisfying(UserFacingException.class, e -> assertNotRegular(e, lock));
    assertThat(file).hasContent(ORIGINAL);
  }

  private static void assertNotRegular(UserFacingException e, Path path) {
    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(e.getMessage()).contains(path.toString()).contains("not a regular file");
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
