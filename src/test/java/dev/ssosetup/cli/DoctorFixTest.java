package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssosetup.auth.CachedToken;
import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.common.Secret;
import dev.ssosetup.files.AtomicFileWriter;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SdkHome;
import dev.ssosetup.testkit.SdkProfiles;
import dev.ssosetup.testkit.TestHome;
import dev.ssosetup.testkit.UnixFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What doctor reports about the token cache's entries and about lines one AWS tool rejects, and
 * what {@code doctor --fix} repairs (issue 9.2, 9.15, 10.9, 10.10); and that an edit of a file one
 * tool rejects goes ahead with a warning when it makes nothing worse.
 */
class DoctorFixTest {
  private static final String START_URL = "https://d-9067a1b2c3.awsapps.com/start";
  private static final String CONFIG =
      "[profile workday]\n"
          + "  # indented: the AWS CLI skips it, the AWS SDK for Java rejects the file\n"
          + "sso_session = corp\n"
          + "sso_account_id = 111122223333\n"
          + "sso_role_name = S3DynamoDBAccess\n"
          + "region = ap-northeast-1\n"
          + "\n"
          + "[sso-session corp]\n"
          + "sso_start_url = "
          + START_URL
          + "\n"
          + "sso_region = ap-northeast-1\n";

  @RegisterExtension final SdkHome sdkHome = new SdkHome();

  @TempDir Path tmp;
  private TestHome home;
  private TokenCache cache;

  @BeforeEach
  void setUp() {
    assumeTrue(AtomicFileWriter.isPosix(tmp), "POSIX file systems only");
    home = new TestHome(tmp.resolve("home"));
    cache = new TokenCache(home.ssoCache(), Clock.systemUTC(), home.locks());
  }

  @Test
  void doctor_namesTheLineTheJavaSdkRejects_andFixRepairsItWithADiffAndABackup()
      throws IOException {
    home.writeConfig(CONFIG);
    token();

    Result before = CliRun.run(home, "doctor");

    assertThat(before.exitCode()).as(before.toString()).isEqualTo(1);
    assertThat(before.out())
        .contains(
            "error: The AWS SDK for Java rejects "
                + home.config()
                + " at line 2 (an indented comment: botocore skips it")
        .contains("  fix: sso-setup doctor --fix\n");
    assertThat(home.configText()).isEqualTo(CONFIG);

    Result fixed = CliRun.run(home, "doctor", "--fix");

    assertThat(fixed.exitCode()).as(fixed.toString()).isZero();
    String repaired = CONFIG.replace("  # indented", "# indented");
    assertThat(home.configText()).isEqualTo(repaired);
    assertThat(home.config().resolveSibling("config.bak")).hasContent(CONFIG);
    assertThat(fixed.out())
        .contains("Repaired " + home.config() + " (the previous version is in ")
        .contains("-  # indented")
        .contains("+# indented")
        .endsWith("No problems found in " + home.config() + ".\n");
    assertThat(SdkProfiles.read(home.config()).profile("workday"))
        .containsEntry("sso_role_name", "S3DynamoDBAccess");
  }

  @Test
  void doctor_fix_removesALeadingByteOrderMark() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = CONFIG.replace("  # indented", "# not").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(text, 0, withBom, 3, text.length);
    home.writeConfig(withBom);

    Result fixed = CliRun.run(home, "doctor", "--fix");

    assertThat(home.configBytes()).isEqualTo(text);
    assertThat(Files.readAllBytes(home.config().resolveSibling("config.bak"))).isEqualTo(withBom);
    assertThat(fixed.out()).contains("Repaired ");
  }

  @Test
  void configure_onAFileOnlyTheJavaSdkRejects_writesTheProfileAndWarnsAboutTheLine() {
    home.writeConfig(CONFIG);

    Result result =
        CliRun.run(
            home,
            "configure",
            "--non-interactive",
            "--no-login",
            "--sso-session",
            "corp",
            "--account-id",
            "444455556666",
            "--role-name",
            "ReadOnly",
            "--profile",
            "second");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(home.configText()).startsWith(CONFIG).contains("[profile second]\n");
    assertThat(result.err())
        .contains("Warning: the AWS SDK for Java rejects " + home.config() + " at line 2")
        .contains("sso-setup doctor --fix repairs it.");
  }

  @Test
  void verify_whichHandsTheFileToTheJavaSdk_refusesAFileItRejects_withExit2() {
    TestHome sdk = sdkHome.get().writeConfig(CONFIG);

    Result result = CliRun.run(sdk, "verify", "--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .contains(sdk.config() + " is not a file the AWS SDK for Java reads")
        .contains("doctor --fix");
    assertThat(sdk.configText()).isEqualTo(CONFIG);
  }

  @Test
  void doctor_reportsLinksForeignFilesFifosCopiesAndOldLocks_andFixRepairsWhatIsSafe()
      throws IOException {
    home.writeConfig(CONFIG.replace("  # indented", "# not"));
    Path token = token();
    Path folder = home.ssoCache();
    Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path link = Files.createSymbolicLink(folder.resolve(TokenCache.fileName("x")), tmp);
    Path fifo = UnixFiles.mkfifo(folder.resolve(TokenCache.fileName("y")));
    Path foreign = Files.writeString(folder.resolve(TokenCache.fileName("z")), "{}");
    boolean chowned = UnixFiles.chown(foreign, 4242);
    Path copy = folder.resolve("." + token.getFileName() + ".123456.tmp");
    Files.writeString(copy, "{\"accessToken\": \"copy\"}");
    Files.setLastModifiedTime(copy, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    Path oldLock = Files.createFile(folder.resolve(token.getFileName() + ".lock"));
    Path oldConfigLock = Files.createFile(home.config().resolveSibling("config.lock"));

    Result report = CliRun.run(home, "doctor");

    assertThat(report.out())
        .contains("warning: " + link + " is a symbolic link (to " + tmp + ")")
        .contains("  fix: rm " + link + "\n")
        .contains("warning: " + fifo + " is not a regular file")
        .contains("1 temp file in " + folder + " left by an interrupted sso-setup run holds a copy")
        .contains("info: " + oldLock + " is an empty lock file an older sso-setup left");
    if (chowned) {
      assertThat(report.out()).contains("warning: " + foreign + " belongs to ");
    }

    Result fixed = CliRun.run(home, "doctor", "--fix");

    assertThat(fixed.out())
        .contains("Made the token cache folder private (rwx------): " + folder)
        .contains("Made a token cache file private (rw-------): " + token)
        .contains("Deleted a copy of a token that an interrupted run left: " + copy)
        .contains("Deleted an empty lock file that an older sso-setup left: " + oldLock)
        .contains("Deleted an empty lock file that an older sso-setup left: " + oldConfigLock);
    assertThat(UnixFiles.mode(folder)).isEqualTo("rwx------");
    assertThat(UnixFiles.mode(token)).isEqualTo("rw-------");
    assertThat(copy).doesNotExist();
    assertThat(oldLock).doesNotExist();
    assertThat(oldConfigLock).doesNotExist();
    assertThat(Files.isSymbolicLink(link)).isTrue(); // left for the user: doctor says how
    assertThat(fixed.out()).contains("is a symbolic link");
  }

  @Test
  void doctor_aCacheFolderOthersCanWriteTo_isAnError() throws IOException {
    home.writeConfig(CONFIG.replace("  # indented", "# not"));
    token();
    Files.setPosixFilePermissions(home.ssoCache(), PosixFilePermissions.fromString("rwxrwxrwx"));

    Result report = CliRun.run(home, "doctor");

    assertThat(report.exitCode()).isEqualTo(1);
    assertThat(report.out())
        .contains(
            "error: The token cache folder "
                + home.ssoCache()
                + " can be written by other users (rwxrwxrwx)")
        .contains("sso-setup neither reads nor writes tokens there.\n  fix: chmod 700 ");
  }

  private Path token() {
    SsoSessionRef corp = new SsoSessionRef("corp", START_URL, "ap-northeast-1", List.of());
    Instant now = Instant.now();
    cache.write(
        corp,
        new CachedToken(
            START_URL,
            "ap-northeast-1",
            Secret.of("access-token"),
            now.plus(Duration.ofHours(1)),
            "client",
            Secret.ofNullable("secret"),
            now.plus(Duration.ofDays(90)),
            Secret.ofNullable("refresh")));
    return cache.file(corp);
  }
}
