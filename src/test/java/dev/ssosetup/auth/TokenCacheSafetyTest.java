package dev.ssosetup.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Secret;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.files.AtomicFileWriter;
import dev.ssosetup.files.FileLocks;
import dev.ssosetup.testkit.MutableClock;
import dev.ssosetup.testkit.UnixFiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token cache against a hostile or careless neighbourhood: loose modes, planted symbolic links,
 * FIFOs, shared or foreign folders, huge files, and temp copies a killed write left. The tests run
 * as root here, who may read and write anything: every refusal must come from sso-setup's own
 * checks of type, mode and owner.
 */
@Timeout(30)
class TokenCacheSafetyTest {
  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final SsoSessionRef SESSION =
      new SsoSessionRef(
          "corp", "https://d-90679c0ffe.awsapps.com/start", "us-east-1", List.of("sso:account"));

  @TempDir Path home;
  private Path folder;
  private final MutableClock clock = new MutableClock(NOW);
  private TokenCache cache;

  @BeforeEach
  void setUp() {
    assumeTrue(AtomicFileWriter.isPosix(home), "POSIX file systems only");
    folder = home.resolve(".aws").resolve("sso").resolve("cache");
    cache = new TokenCache(folder, clock, new FileLocks(home.resolve("locks")));
  }

  @Test
  void write_newCache_makesItsFoldersRwxOnly_andTheFileRwOnly() throws IOException {
    cache.write(SESSION, token("first"));

    assertThat(UnixFiles.mode(folder)).isEqualTo("rwx------");
    assertThat(UnixFiles.mode(folder.getParent())).isEqualTo("rwx------");
    assertThat(UnixFiles.mode(cache.file(SESSION))).isEqualTo("rw-------");
  }

  @Test
  void write_overAnExistingLooseFile_leavesItRwOnly() throws IOException {
    cache.write(SESSION, token("first"));
    Files.setPosixFilePermissions(
        cache.file(SESSION), PosixFilePermissions.fromString("rw-r--r--"));

    cache.write(SESSION, token("second"));

    assertThat(UnixFiles.mode(cache.file(SESSION))).isEqualTo("rw-------");
    assertThat(cache.read(SESSION))
        .hasValueSatisfying(t -> assertThat(t.accessToken().reveal()).isEqualTo("second"));
  }

  @Test
  void write_whereALinkToAVictimsFileWasPlanted_replacesTheLink_andNeverTouchesTheVictim()
      throws IOException {
    Files.createDirectories(folder);
    Path victim = home.resolve("victim-notes.txt");
    Files.writeString(victim, "precious\n");
    Path planted = Files.createSymbolicLink(cache.file(SESSION), victim);

    assertThat(cache.read(SESSION)).isEmpty(); // never read through it either
    cache.write(SESSION, token("secret-token"));

    assertThat(victim).hasContent("precious\n");
    assertThat(Files.isSymbolicLink(planted)).isFalse();
    assertThat(Files.isRegularFile(planted, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(UnixFiles.mode(planted)).isEqualTo("rw-------");
    assertThat(Files.readString(planted)).contains("secret-token");
  }

  @Test
  void read_aLinkToDevZero_isNoTokenAtOnce() throws IOException {
    Files.createDirectories(folder);
    Files.createSymbolicLink(cache.file(SESSION), Path.of("/dev/zero"));

    assertThat(cache.read(SESSION)).isEmpty();
    assertThat(cache.state(SESSION).status()).isEqualTo(TokenStatus.NONE);
  }

  @Test
  void aFifoInPlaceOfTheCacheFile_readsAsNoToken_andAWriteIsRefusedWithExit2() throws Exception {
    Files.createDirectories(folder);
    Path fifo = UnixFiles.mkfifo(cache.file(SESSION));

    assertThat(cache.read(SESSION)).isEmpty();
    assertThatThrownBy(() -> cache.write(SESSION, token("t")))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
              assertThat(e.getMessage()).contains(fifo.toString()).contains("not a regular file");
            });
    assertThat(UnixFiles.isFifo(fifo)).isTrue();
  }

  @Test
  void read_aHugeCacheFile_isNoToken() throws IOException {
    Files.createDirectories(folder);
    try (RandomAccessFile file = new RandomAccessFile(cache.file(SESSION).toFile(), "rw")) {
      file.setLength(64L * 1024 * 1024); // sparse: no disk used
    }

    assertThat(cache.read(SESSION)).isEmpty();
  }

  @Test
  void aCacheFolderOthersCanWriteTo_isRefused_namingTheFolderAndTheFix_andNothingIsWritten()
      throws IOException {
    Files.createDirectories(folder);
    cache.write(SESSION, token("mine"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
    byte[] before = Files.readAllBytes(cache.file(SESSION));

    assertThat(cache.read(SESSION)).isEmpty(); // anyone could have planted it
    assertThatThrownBy(() -> cache.write(SESSION, token("new")))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
              assertThat(e.getMessage())
                  .contains(folder.toString())
                  .contains("can be written by other users (rwxrwxrwx)");
              assertThat(e.hint()).isEqualTo("Make it private: chmod 700 " + folder);
            });
    assertThat(Files.readAllBytes(cache.file(SESSION))).isEqualTo(before);
  }

  @Test
  void aCacheFolderOwnedByAnotherUser_isRefused() throws IOException {
    Files.createDirectories(folder);
    assumeTrue(UnixFiles.chown(folder, 4242), "needs the right to give a folder away (root)");

    assertThatThrownBy(() -> cache.write(SESSION, token("t")))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> assertThat(e.getMessage()).contains(folder.toString()).contains("not to you"));
    assertThat(cache.file(SESSION)).doesNotExist();
  }

  @Test
  void write_deletesStaleTempCopiesOfOurs_andKeepsFreshOnesAndOtherFiles() throws IOException {
    Files.createDirectories(folder);
    Path stale = tempCopy(cache.file(SESSION), Duration.ofHours(2));
    Path otherStale =
        tempCopy(folder.resolve(TokenCache.fileName("other")), Duration.ofMinutes(11));
    Path fresh = tempCopy(folder.resolve(TokenCache.fileName("other")), Duration.ofMinutes(1));
    Path notOurs = Files.writeString(folder.resolve(".botocore-thing.tmp"), "x");

    cache.write(SESSION, token("t"));

    assertThat(stale).doesNotExist();
    assertThat(otherStale).doesNotExist();
    assertThat(fresh).exists();
    assertThat(notOurs).exists();
  }

  @Test
  void delete_removesEveryTempCopyOfTheSessionsToken_evenAFreshOne() throws IOException {
    cache.write(SESSION, token("t"));
    Path fresh = tempCopy(cache.file(SESSION), Duration.ZERO);
    Path other = tempCopy(folder.resolve(TokenCache.fileName("other")), Duration.ZERO);

    assertThat(cache.delete(SESSION)).isTrue();

    assertThat(fresh).doesNotExist();
    assertThat(other).exists();
    assertThat(cache.file(SESSION)).doesNotExist();
  }

  @Test
  void delete_ofALink_removesTheLinkOnly() throws IOException {
    Files.createDirectories(folder);
    Path victim = Files.writeString(home.resolve("victim"), "precious");
    Files.createSymbolicLink(cache.file(SESSION), victim);

    cache.delete(SESSION);

    assertThat(cache.file(SESSION)).doesNotExist();
    assertThat(victim).hasContent("precious");
  }

  @Test
  void writes_leaveNoLockFileInTheCacheFolder() throws IOException {
    cache.write(SESSION, token("t"));
    cache.delete(SESSION);
    cache.write(SESSION, token("u"));

    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactly(TokenCache.fileName("corp"));
    }
  }

  /** A temp file named as sso-setup names them, holding a token copy, {@code age} old. */
  private static Path tempCopy(Path file, Duration age) throws IOException {
    Path temp = file.resolveSibling("." + file.getFileName() + ".1234567890.tmp");
    if (Files.exists(temp)) {
      temp = file.resolveSibling("." + file.getFileName() + ".987654321.tmp");
    }
    Files.write(temp, "{\"accessToken\": \"copy\"}".getBytes(StandardCharsets.UTF_8));
    Files.setLastModifiedTime(temp, FileTime.from(NOW.minus(age))); // by the cache's clock
    return temp;
  }

  private static CachedToken token(String accessToken) {
    return new CachedToken(
        SESSION.startUrl(),
        "us-east-1",
        Secret.of(accessToken),
        NOW.plus(Duration.ofHours(1)),
        "client-id",
        Secret.ofNullable("client-secret"),
        NOW.plus(Duration.ofDays(90)),
        Secret.ofNullable("refresh"));
  }
}
