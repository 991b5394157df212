package dev.ssosetup.testkit;

import dev.ssosetup.sandbox.Sandbox;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Real SDK clients for a running sandbox, each over the URL-connection HTTP client with an explicit
 * endpoint override and the sandbox's region. Close what you build (or use try-with-resources).
 */
public final class SandboxClients {
  private SandboxClients() {}

  /** The HTTP client every test client uses: the JDK's URL connection, short timeouts. */
  public static SdkHttpClient httpClient() {
    return UrlConnectionHttpClient.builder()
        .connectionTimeout(Duration.ofSeconds(5))
        .socketTimeout(Duration.ofSeconds(30))
        .build();
  }

  public static SsoOidcClient oidc(Sandbox sandbox) {
    return build(
        SsoOidcClient.builder(),
        sandbox.oidcEndpoint(),
        Region.of(sandbox.region()),
        AnonymousCredentialsProvider.create(),
        null);
  }

  public static SsoClient portal(Sandbox sandbox) {
    return portal(sandbox, ClientOverrideConfiguration.builder().build());
  }

  public static SsoClient portal(Sandbox sandbox, ClientOverrideConfiguration configuration) {
    return build(
        SsoClient.builder(),
        sandbox.portalEndpoint(),
        Region.of(sandbox.region()),
        AnonymousCredentialsProvider.create(),
        configuration);
  }

  /** The IAM Identity Center admin client, signing for {@code region}. */
  public static SsoAdminClient ssoAdmin(
      Sandbox sandbox, AwsCredentialsProvider credentials, String region) {
    return build(
        SsoAdminClient.builder(), sandbox.endpoint(), Region.of(region), credentials, noRetries());
  }

  public static IdentitystoreClient identityStore(
      Sandbox sandbox, AwsCredentialsProvider credentials, String region) {
    return build(
        IdentitystoreClient.builder(),
        sandbox.endpoint(),
        Region.of(region),
        credentials,
        noRetries());
  }

  public static OrganizationsClient organizations(
      Sandbox sandbox, AwsCredentialsProvider credentials) {
    return build(
        OrganizationsClient.builder(),
        sandbox.endpoint(),
        Region.US_EAST_1,
        credentials,
        noRetries());
  }

  public static IamClient iam(Sandbox sandbox, AwsCredentialsProvider credentials) {
    return build(
        IamClient.builder(), sandbox.endpoint(), Region.AWS_GLOBAL, credentials, noRetries());
  }

  /** No SDK retries: a test of an error sees the first answer. */
  private static ClientOverrideConfiguration noRetries() {
    return ClientOverrideConfiguration.builder()
        .retryStrategy(AwsRetryStrategy.doNotRetry())
        .build();
  }

  public static StsClient sts(Sandbox sandbox, AwsCredentialsProvider credentials) {
    return sts(sandbox.stsEndpoint(), credentials);
  }

  public static StsClient sts(URI endpoint, AwsCredentialsProvider credentials) {
    return build(StsClient.builder(), endpoint, Region.EU_WEST_1, credentials, null);
  }

  public static S3Client s3(Sandbox sandbox, AwsCredentialsProvider credentials) {
    return s3(sandbox.s3Endpoint(), credentials);
  }

  public static S3Client s3(URI endpoint, AwsCredentialsProvider credentials) {
    return build(S3Client.builder(), endpoint, Region.EU_WEST_1, credentials, null);
  }

  /**
   * Every client alike: the test HTTP client, the endpoint, region and credentials, and the
   * override configuration if any (null: the SDK's defaults, retries included).
   */
  private static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(
      B builder,
      URI endpoint,
      Region region,
      AwsCredentialsProvider credentials,
      ClientOverrideConfiguration configuration) {
    builder.httpClient(httpClient()).region(region).endpointOverride(endpoint);
    builder.credentialsProvider(credentials);
    if (configuration != null) {
      builder.overrideConfiguration(configuration);
    }
    return builder.build();
  }
}
