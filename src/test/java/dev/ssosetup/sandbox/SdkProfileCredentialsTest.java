package dev.ssosetup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.testkit.SandboxClients;
import dev.ssosetup.testkit.SandboxConfig;
import dev.ssosetup.testkit.SandboxEndpoints;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.SandboxLogin;
import dev.ssosetup.testkit.SandboxLogin.Login;
import dev.ssosetup.testkit.SdkHomeTokenCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The key test: the AWS SDK's own {@code ProfileCredentialsProvider}, given an {@code
 * [sso-session]} profile and a token cache file in the AWS CLI's format, gets role credentials from
 * the sandbox (and refreshes the token through it) and calls STS and S3 with them. Every client
 * here, the SDK's internal ones included, finds the sandbox only through the endpoint system
 * properties, which proves their names.
 */
class SdkProfileCredentialsTest {
  @RegisterExtension
  final SandboxExtension extension = SandboxExtension.create().pointingTheSdkAtIt();

  @TempDir Path tmp;
  private String sessionName;
  private Path config;

  @BeforeEach
  void writeConfig() throws Exception {
    Sandbox sandbox = extension.get();
    // A unique session name: the cache file lives in the shared test home.
    sessionName = "sandbox-test-" + UUID.randomUUID();
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
            + "output = json\n"
            + "\n"
            + SandboxConfig.session(sandbox, sessionName));
  }

  @SuppressWarnings("try") // the resource is opened for its effect while the block runs
  @Test
  void profileCredentialsProvider_getsRoleCredentialsFromTheSandbox_thatStsAndS3Accept() {
    Sandbox sandbox = extension.get();
    Login login = SandboxLogin.deviceCode(sandbox);
    sandbox.clearRequests();

    try (SdkHomeTokenCache cache =
            SdkHomeTokenCache.write(
                sessionName,
                sandbox.startUrl(),
                sandbox.region(),
                login,
                Instant.now().plus(Duration.ofHours(1)));
        ProfileCredentialsProvider provider = provider();
        StsClient sts = sts(provider);
        S3Client s3 = s3(provider)) {

      assertThat(provider.resolveCredentials()).isInstanceOf(AwsSessionCredentials.class);
      assertThat(sts.getCallerIdentity().arn())
          .startsWith("arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_S3DynamoDBAccess_")
          .endsWith("/workday_worker");
      assertThat(s3.listBuckets().buckets())
          .extracting(Bucket::name)
          .containsExactly("workday-reports-111122223333", "workday-uploads-111122223333");
    }

    assertThat(sandbox.requests())
        .extracting(RequestRecord::operation)
        .containsExactly("GetRoleCredentials", "GetCallerIdentity", "ListBuckets");
  }

  @Test
  void profileCredentialsProvider_refreshesATokenAboutToExpire_andRewritesTheCacheFile() {
    Sandbox sandbox = extension.get();
    Login login = SandboxLogin.deviceCode(sandbox);
    sandbox.clearRequests();

    // The SDK refreshes a session's token within 5 minutes of its expiry.
    try (SdkHomeTokenCache cache =
            SdkHomeTokenCache.write(
                sessionName,
                sandbox.startUrl(),
                sandbox.region(),
                login,
                Instant.now().plus(Duration.ofMinutes(2)));
        ProfileCredentialsProvider provider = provider();
        StsClient sts = sts(provider)) {

      assertThat(sts.getCallerIdentity().account()).isEqualTo("111122223333");

      Map<String, Object> rewritten = cache.read();
      assertThat(rewritten.get("accessToken")).isNotEqualTo(login.accessToken());
      assertThat(rewritten.get("refreshToken")).isNotEqualTo(login.refreshToken());
      assertThat(sandbox.issuedSecrets()).contains((String) rewritten.get("accessToken"));
    }

    assertThat(sandbox.requests())
        .extracting(r -> r.operation() + " " + r.status())
        .startsWith("CreateToken 200", "GetRoleCredentials 200");
  }

  @SuppressWarnings("try") // the resource is opened for its effect while the block runs
  @Test
  void endpointProperties_areRestoredWhenTheHelperCloses() {
    String before = System.getProperty("aws.endpointUrlSts");

    try (SandboxEndpoints ignored =
        SandboxEndpoints.pointAt(Map.of("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:9"))) {
      assertThat(System.getProperty("aws.endpointUrlSts")).isEqualTo("http://127.0.0.1:9");
    }

    assertThat(System.getProperty("aws.endpointUrlSts")).isEqualTo(before);
  }

  private ProfileCredentialsProvider provider() {
    return ProfileCredentialsProvider.builder()
        .profileFile(
            ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build())
        .profileName("workday")
        .build();
  }

  private static StsClient sts(ProfileCredentialsProvider provider) {
    return StsClient.builder()
        .httpClient(SandboxClients.httpClient())
        .region(Region.AP_NORTHEAST_1)
        .credentialsProvider(provider)
        .build();
  }

  private static S3Client s3(ProfileCredentialsProvider provider) {
    return S3Client.builder()
        .httpClient(SandboxClients.httpClient())
        .region(Region.AP_NORTHEAST_1)
        .credentialsProvider(provider)
        .build();
  }
}
