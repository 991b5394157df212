package dev.ssosetup.aws;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.AwsClient;
import software.amazon.awssdk.awscore.AwsServiceClientConfiguration;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.endpoints.EndpointProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.endpoints.S3EndpointProvider;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.endpoints.SsoEndpointProvider;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.endpoints.SsoOidcEndpointProvider;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.endpoints.StsEndpointProvider;

/**
 * The URL a client calls, resolved as the SDK resolves it: with the client's endpoint provider, the
 * override from {@code AWS_ENDPOINT_URL_*} (or the matching system property or config entry) when
 * there is one, else the region's public endpoint. Without a trailing slash; empty when the SDK
 * cannot resolve it.
 */
public final class EndpointUrls {
  private EndpointUrls() {}

  public static Optional<String> oidc(SsoOidcClient client) {
    return resolve(
        client,
        SsoOidcEndpointProvider.class,
        SsoOidcEndpointProvider::defaultProvider,
        (rules, region, override) ->
            rules.resolveEndpoint(p -> p.region(region).endpoint(override)));
  }

  public static Optional<String> portal(SsoClient client) {
    return resolve(
        client,
        SsoEndpointProvider.class,
        SsoEndpointProvider::defaultProvider,
        (rules, region, override) ->
            rules.resolveEndpoint(p -> p.region(region).endpoint(override)));
  }

  public static Optional<String> sts(StsClient client) {
    return resolve(
        client,
        StsEndpointProvider.class,
        StsEndpointProvider::defaultProvider,
        (rules, region, override) ->
            rules.resolveEndpoint(p -> p.region(region).endpoint(override)));
  }

  public static Optional<String> s3(S3Client client) {
    return resolve(
        client,
        S3EndpointProvider.class,
        S3EndpointProvider::defaultProvider,
        (rules, region, override) ->
            rules.resolveEndpoint(p -> p.region(region).endpoint(override)));
  }

  /** {@code url} without the slashes it ends with. */
  public static String withoutTrailingSlash(String url) {
    String stripped = url;
    while (stripped.endsWith("/")) {
      stripped = stripped.substring(0, stripped.length() - 1);
    }
    return stripped;
  }

  /** A service's endpoint rules given the two things sso-setup's clients vary: region, override. */
  @FunctionalInterface
  private interface Rules<P> {
    CompletableFuture<Endpoint> apply(P provider, Region region, String override);
  }

  /** The client's own provider when it is the service's kind (it always is), else the default. */
  private static <P extends EndpointProvider> Optional<String> resolve(
      AwsClient client, Class<P> type, Supplier<P> standard, Rules<P> rules) {
    AwsServiceClientConfiguration configuration = client.serviceClientConfiguration();
    EndpointProvider configured = configuration.endpointProvider().orElse(null);
    P provider = type.isInstance(configured) ? type.cast(configured) : standard.get();
    try {
      String override = configuration.endpointOverride().map(URI::toString).orElse(null);
      Endpoint endpoint = rules.apply(provider, configuration.region(), override).join();
      return Optional.of(withoutTrailingSlash(endpoint.endpointUrl().toUri().toString()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
