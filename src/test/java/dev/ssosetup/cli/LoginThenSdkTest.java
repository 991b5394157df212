package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SandboxClients;
import dev.ssosetup.testkit.SandboxConfig;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.SdkHomeTokenCache;
import dev.ssosetup.testkit.TestHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The point of the token cache: after {@code sso-setup login}, the AWS SDK's own {@code
 * ProfileCredentialsProvider} finds the token where it looks ({@code $HOME/.aws/sso/cache}, which
 * surefire points at {@code target/test-home}) and gets role credentials with it, no other login.
 */
@Timeout(60)
class LoginThenSdkTest {
  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.approval(Approval.AUTO)).pointingTheSdkAtIt();

  @TempDir Path tmp;
  private Path cacheDirectory;
  private final Set<Path> before = new HashSet<>();
  private Path config;
  private String sessionName;

  @BeforeEach
  void setUp() throws IOException {
    cacheDirectory = SdkHomeTokenCache.directory(); // skips the test unless HOME is under target/
    Files.createDirectories(cacheDirectory);
    before.addAll(list(cacheDirectory));
    Sandbox sandbox = extension.get();
    sessionName = "login-sdk-" + UUID.randomUUID();
    config = tmp.resolve("config");
    Files.writeString(
        config,
        "[profile workday]\n"
            + "sso_session = "
            + sessionName
            + "\n"
            + "sso_account_id = 111122223333\n"
            + "sso_role_name = S3DynamoDBAccess\n"
            + "region = ap-northeast-1\n"
            + "\n"
            + SandboxConfig.legacyProfile(sandbox, "legacy")
            + "\n"
            + SandboxConfig.session(sandbox, sessionName));
  }

  @AfterEach
  void removeWhatTheTestWrote() throws IOException {
    for (Path file : list(cacheDirectory)) {
      if (!before.contains(file)) {
        Files.deleteIfExists(file);
      }
    }
  }

  @Test
  void afterLogin_theSdksProfileCredentialsProvider_usesTheToken() {
    assertThat(login("workday").exitCode()).isZero();
    extension.get().clearRequests();

    assertThat(callerAccount("workday")).isEqualTo("111122223333");
    assertThat(extension.get().requests())
        .extracting(r -> r.operation())
        .containsExactly("GetRoleCredentials", "GetCallerIdentity");
  }

  @Test
  void afterALegacyLogin_theSdkUsesTheTokenToo() {
    assertThat(login("legacy").exitCode()).isZero();

    assertThat(callerAccount("legacy")).isEqualTo("111122223333");
  }

  @Test
  void afterConfigure_theSdksProfileCredentialsProvider_usesTheProfileAndTokenItWrote()
      throws IOException {
    Sandbox sandbox = extension.get();
    Files.delete(config);
    TestHome home = new TestHome(cacheDirectory.getParent().getParent().getParent());
    Result result =
        CliRun.run(
            home,
            context -> context.browserOpener(ApprovingBrowser.approving(sandbox)),
            "--config-file",
            config.toString(),
            "configure",
            "--sso-session",
            sessionName,
            "--start-url",
            sandbox.startUrl(),
            "--sso-region",
            sandbox.region(),
            "--region",
            "ap-northeast-1",
            "--profile",
            "configured");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    sandbox.clearRequests();

    assertThat(callerAccount("configured")).isEqualTo("111122223333");
    assertThat(sandbox.requests())
        .extracting(r -> r.operation())
        .containsExactly("GetRoleCredentials", "GetCallerIdentity");
  }

  private Result login(String profile) {
    TestHome home = new TestHome(cacheDirectory.getParent().getParent().getParent());
    Result result =
        CliRun.run(
            home,
            context -> context.browserOpener(ApprovingBrowser.approving(extension.get())),
            "--config-file",
            config.toString(),
            "login",
            "--profile",
            profile);
    assertThat(result.exitCode()).as(result.toString()).isZero();
    return result;
  }

  private String callerAccount(String profile) {
    try (ProfileCredentialsProvider credentials =
            ProfileCredentialsProvider.builder()
                .profileFile(
                    ProfileFile.builder()
                        .content(config)
                        .type(ProfileFile.Type.CONFIGURATION)
                        .build())
                .profileName(profile)
                .build();
        StsClient sts =
            StsClient.builder()
                .httpClient(SandboxClients.httpClient())
                .region(Region.AP_NORTHEAST_1)
                .credentialsProvider(credentials)
                .build()) {
      return sts.getCallerIdentity().account();
    }
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }
}
