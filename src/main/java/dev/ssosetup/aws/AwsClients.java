package dev.ssosetup.aws;

import dev.ssosetup.common.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Builds the SDK clients sso-setup uses, all over one URL-connection HTTP client, with the --debug
 * wire log when asked. Endpoints follow the SDK's own rules ({@code AWS_ENDPOINT_URL_*} and the
 * matching system properties), so the sandbox and the real AWS are reached the same way. Clients
 * are built on demand: commands that make no AWS call pay nothing.
 *
 * <p>Every call is bounded ({@link AwsTimeouts}: connect, silence, attempt and whole call), watched
 * (a {@link CallObserver} hears when it starts and ends), and its answer checked before it is used
 * ({@link CallWatch}): an endpoint that does not answer, or answers without what is needed, is
 * named in an {@link EndpointException}. Set the timeouts and messages before the first client is
 * built.
 */
public final class AwsClients implements AutoCloseable {
  private final WireLog wireLog;
  private final Path configFile;
  private final List<SdkAutoCloseable> built = new ArrayList<>();
  private SdkHttpClient httpClient;
  private ProfileFile profileFile;
  private Messages messages = Messages.english();
  private AwsTimeouts timeouts = AwsTimeouts.DEFAULTS;
  private volatile CallObserver observer = CallObserver.NONE;

  /**
   * Clients that log the wire to {@code debugLog} (or not at all when it is null) and read their
   * client settings from the SDK's default config file.
   */
  public AwsClients(PrintWriter debugLog) {
    this(debugLog, null);
  }

  /**
   * Clients whose settings (an {@code endpoint_url}, {@code [services]}, retry mode) come from
   * {@code configFile}, the file this run works on, rather than the SDK's default {@code
   * ~/.aws/config}: a run with {@code --config-file}, or the demo's throwaway home, never reads the
   * user's real one.
   */
  public AwsClients(PrintWriter debugLog, Path configFile) {
    this.wireLog = debugLog == null ? null : new WireLog(debugLog);
    this.configFile = configFile;
  }

  /** The SSO-OIDC client (unsigned operations) for the Identity Center region. */
  public synchronized SsoOidcClient oidc(String region) {
    return standard(
        SsoOidcClient.builder(),
        region,
        AnonymousCredentialsProvider.create(),
        AwsService.SSO_OIDC);
  }

  /** The SSO portal client (bearer-token operations) for the Identity Center region. */
  public synchronized SsoClient portal(String region) {
    return portal(region, RetryMode.STANDARD);
  }

  /** The SSO portal client with a given retry mode (populate paces itself and retries more). */
  public synchronized SsoClient portal(String region, RetryMode retryMode) {
    return portal(region, overrides(AwsService.SSO, retryMode));
  }

  /**
   * The SSO portal client with a given retry strategy; populate passes {@code
   * AwsRetryStrategy.doNotRetry()} and retries itself, so that every attempt goes through its rate
   * limiter.
   */
  public synchronized SsoClient portal(String region, RetryStrategy retryStrategy) {
    return portal(region, overrides(AwsService.SSO, retryStrategy));
  }

  private SsoClient portal(String region, ClientOverrideConfiguration overrides) {
    return track(
        client(
            SsoClient.builder(),
            Region.of(region),
            AnonymousCredentialsProvider.create(),
            overrides));
  }

  public synchronized StsClient sts(String region, AwsCredentialsProvider credentials) {
    return standard(StsClient.builder(), region, credentials, AwsService.STS);
  }

  public synchronized S3Client s3(String region, AwsCredentialsProvider credentials) {
    return standard(S3Client.builder(), region, credentials, AwsService.S3);
  }

  /** A client of this run with the SDK's standard retries, closed with this object. */
  private <
          B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkAutoCloseable>
      C standard(B builder, String region, AwsCredentialsProvider credentials, AwsService service) {
    return track(
        client(builder, Region.of(region), credentials, overrides(service, RetryMode.STANDARD)));
  }

  /** How long calls may take (default {@link AwsTimeouts#DEFAULTS}); before the first client. */
  public synchronized AwsClients timeouts(AwsTimeouts callTimeouts) {
    this.timeouts = Objects.requireNonNull(callTimeouts, "callTimeouts");
    return this;
  }

  public synchronized AwsTimeouts timeouts() {
    return timeouts;
  }

  /**
   * Who hears when calls start and end (default {@link CallObserver#NONE}); may be changed at any
   * time, for the calls that start afterwards (populate draws its own progress while it lists).
   */
  public AwsClients observer(CallObserver callObserver) {
    this.observer = Objects.requireNonNull(callObserver, "callObserver");
    return this;
  }

  public CallObserver observer() {
    return observer;
  }

  /** The words of this run's messages about AWS calls (default: English). */
  public synchronized AwsClients messages(Messages runMessages) {
    this.messages = Objects.requireNonNull(runMessages, "runMessages");
    return this;
  }

  public synchronized Messages messages() {
    return messages;
  }

  /** The wire log interceptor, for SDK objects built elsewhere (null when not debugging). */
  public WireLog wireLog() {
    return wireLog;
  }

  @Override
  public synchronized void close() {
    built.forEach(SdkAutoCloseable::close);
    built.clear();
    if (httpClient != null) {
      httpClient.close();
      httpClient = null;
    }
  }

  /** The config file as the SDK reads it, once; a missing or unreadable one is empty. */
  private ProfileFile profileFile() {
    if (profileFile == null) {
      byte[] content;
      try {
        content = Files.readAllBytes(configFile);
      } catch (NoSuchFileException e) {
        content = new byte[0];
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try {
        profileFile =
            ProfileFile.builder()
                .content(new ByteArrayInputStream(content))
                .type(ProfileFile.Type.CONFIGURATION)
                .build();
      } catch (RuntimeException invalid) {
        // Commands refuse an invalid config before they call AWS; here, just ignore it.
        profileFile =
            ProfileFile.builder()
                .content(new ByteArrayInputStream(new byte[0]))
                .type(ProfileFile.Type.CONFIGURATION)
                .build();
      }
    }
    return profileFile;
  }

  /**
   * The settings every client of this run shares, for clients built elsewhere (the
   * administrator's): the deadlines, the call watch, the config file and the wire log.
   */
  ClientOverrideConfiguration overridesFor(AwsService service, RetryStrategy retryStrategy) {
    return overrides(service, retryStrategy);
  }

  /**
   * A client over the HTTP client every client of this run shares (closed with this object), with
   * these credentials and settings: how each of sso-setup's SDK clients is made. The caller closes
   * the client.
   */
  synchronized <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(
      B builder,
      Region region,
      AwsCredentialsProvider credentials,
      ClientOverrideConfiguration overrides) {
    return builder
        .region(region)
        .credentialsProvider(credentials)
        .httpClient(http())
        .overrideConfiguration(overrides)
        .build();
  }

  private SdkHttpClient http() {
    if (httpClient == null) {
      httpClient =
          UrlConnectionHttpClient.builder()
              .connectionTimeout(timeouts.connect())
              .socketTimeout(timeouts.read())
              .build();
    }
    return httpClient;
  }

  private ClientOverrideConfiguration overrides(AwsService service, RetryMode retryMode) {
    return overrides(service, ClientOverrideConfiguration.builder().retryStrategy(retryMode));
  }

  private ClientOverrideConfiguration overrides(AwsService service, RetryStrategy retryStrategy) {
    return overrides(service, ClientOverrideConfiguration.builder().retryStrategy(retryStrategy));
  }

  private ClientOverrideConfiguration overrides(
      AwsService service, ClientOverrideConfiguration.Builder builder) {
    EndpointOverride.ofThisProcess().check(service);
    builder
        .apiCallAttemptTimeout(timeouts.attempt())
        .apiCallTimeout(timeouts.call())
        .addExecutionInterceptor(
            new CallWatch(service, timeouts.call(), () -> observer, this::messages));
    if (configFile != null) {
      builder.defaultProfileFile(profileFile());
    }
    if (wireLog != null) {
      builder.addExecutionInterceptor(wireLog);
    }
    return builder.build();
  }

  private <T extends SdkAutoCloseable> T track(T client) {
    built.add(client);
    return client;
  }
}
