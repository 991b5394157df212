package dev.ssosetup.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The administrator's SDK clients (sso-admin and the identity store per region, Organizations and
 * IAM once), all over one URL-connection HTTP client and one credentials provider, so that asking
 * every region at once resolves the credentials once. They retry throttling and server errors more
 * than the SDK's default (8 attempts, the SDK's standard backoff), since an administrator's run
 * makes many calls in a row against services with low request rates. Endpoints follow the SDK's own
 * rules ({@code AWS_ENDPOINT_URL_SSO_ADMIN} and its kin). Thread-safe.
 */
public final class AdminClients implements AutoCloseable {
  /** Attempts per call, first included, before a throttling or server error is reported. */
  public static final int MAX_ATTEMPTS = 8;

  private final AwsCredentialsProvider credentials;
  private final AwsClients aws;
  private final Map<String, SsoAdminClient> ssoAdmin = new ConcurrentHashMap<>();
  private final Map<String, IdentitystoreClient> identityStore = new ConcurrentHashMap<>();
  private final List<SdkAutoCloseable> built = new ArrayList<>();
  private OrganizationsClient organizations;
  private IamClient iam;

  /**
   * @param aws the run's clients, whose HTTP client, deadlines, call watch, config file and wire
   *     log these clients share (the caller closes it after this)
   */
  public AdminClients(AwsCredentialsProvider credentials, AwsClients aws) {
    this.credentials = credentials;
    this.aws = aws;
  }

  public AwsCredentialsProvider credentials() {
    return credentials;
  }

  public SsoAdminClient ssoAdmin(String region) {
    return ssoAdmin.computeIfAbsent(
        region, r -> track(client(SsoAdminClient.builder(), Region.of(r), AwsService.SSO_ADMIN)));
  }

  public IdentitystoreClient identityStore(String region) {
    return identityStore.computeIfAbsent(
        region,
        r -> track(client(IdentitystoreClient.builder(), Region.of(r), AwsService.IDENTITY_STORE)));
  }

  /** Organizations, a global service whose endpoint is in us-east-1 (aws partition). */
  public synchronized OrganizationsClient organizations() {
    if (organizations == null) {
      organizations =
          track(client(OrganizationsClient.builder(), Region.US_EAST_1, AwsService.ORGANIZATIONS));
    }
    return organizations;
  }

  /** IAM, a global service. */
  public synchronized IamClient iam() {
    if (iam == null) {
      iam = track(client(IamClient.builder(), Region.AWS_GLOBAL, AwsService.IAM));
    }
    return iam;
  }

  @Override
  public synchronized void close() {
    built.forEach(SdkAutoCloseable::close);
    built.clear();
    if (credentials instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // Closing a credentials provider frees threads; nothing to report.
      }
    }
  }

  /** A client over the run's HTTP client, retrying up to {@link #MAX_ATTEMPTS} times. */
  private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(
      B builder, Region region, AwsService service) {
    RetryStrategy retries =
        AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(MAX_ATTEMPTS).build();
    return aws.client(builder, region, credentials, aws.overridesFor(service, retries));
  }

  private synchronized <T extends SdkAutoCloseable> T track(T client) {
    built.add(client);
    return client;
  }
}
