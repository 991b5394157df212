package dev.ssosetup.verify;

import dev.ssosetup.aws.AwsService;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.endpoints.S3EndpointParams;
import software.amazon.awssdk.services.s3.endpoints.S3EndpointProvider;
import software.amazon.awssdk.services.sso.endpoints.SsoEndpointParams;
import software.amazon.awssdk.services.sso.endpoints.SsoEndpointProvider;
import software.amazon.awssdk.services.ssooidc.endpoints.SsoOidcEndpointParams;
import software.amazon.awssdk.services.ssooidc.endpoints.SsoOidcEndpointProvider;
import software.amazon.awssdk.services.sts.endpoints.StsEndpointParams;
import software.amazon.awssdk.services.sts.endpoints.StsEndpointProvider;

/**
 * Names the endpoint a failed call went to, resolved as the SDK resolves it: the override from
 * {@code AWS_ENDPOINT_URL_*} (and the matching system properties and config entries) when there is
 * one, else the region's public endpoint. Used only to explain a failure.
 */
final class ServiceEndpoints {
  /** The services verify reaches, with the variable that moves each. */
  enum Service {
    SSO_OIDC("IAM Identity Center (SSO-OIDC, to refresh the token)", "AWS_ENDPOINT_URL_SSO_OIDC"),
    SSO("the AWS access portal (SSO)", "AWS_ENDPOINT_URL_SSO"),
    STS("STS", "AWS_ENDPOINT_URL_STS"),
    S3("S3", "AWS_ENDPOINT_URL_S3");

    private final String title;
    private final String variable;

    Service(String title, String variable) {
      this.title = title;
      this.variable = variable;
    }

    String title() {
      return title;
    }

    String variable() {
      return variable;
    }

    /** The same service as the rest of sso-setup names it. */
    AwsService aws() {
      return switch (this) {
        case SSO_OIDC -> AwsService.SSO_OIDC;
        case SSO -> AwsService.SSO;
        case STS -> AwsService.STS;
        case S3 -> AwsService.S3;
      };
    }
  }

  private final RegionalClients clients;
  private final Map<String, String> resolved = new ConcurrentHashMap<>();

  ServiceEndpoints(RegionalClients clients) {
    this.clients = clients;
  }

  String url(Service service, String region) {
    return resolved.computeIfAbsent(service + " " + region, k -> resolve(service, region));
  }

  private String resolve(Service service, String region) {
    Region sdkRegion = Region.of(region);
    try {
      URI url =
          switch (service) {
            case SSO_OIDC -> {
              Optional<URI> override =
                  clients.clients().oidc(region).serviceClientConfiguration().endpointOverride();
              SsoOidcEndpointParams.Builder params =
                  SsoOidcEndpointParams.builder().region(sdkRegion);
              override.ifPresent(uri -> params.endpoint(uri.toString()));
              yield SsoOidcEndpointProvider.defaultProvider()
                  .resolveEndpoint(params.build())
                  .join()
                  .url();
            }
            case SSO -> {
              Optional<URI> override =
                  clients.clients().portal(region).serviceClientConfiguration().endpointOverride();
              SsoEndpointParams.Builder params = SsoEndpointParams.builder().region(sdkRegion);
              override.ifPresent(uri -> params.endpoint(uri.toString()));
              yield SsoEndpointProvider.defaultProvider()
                  .resolveEndpoint(params.build())
                  .join()
                  .url();
            }
            case STS -> {
              Optional<URI> override =
                  clients.sts(region).serviceClientConfiguration().endpointOverride();
              StsEndpointParams.Builder params = StsEndpointParams.builder().region(sdkRegion);
              override.ifPresent(uri -> params.endpoint(uri.toString()));
              yield StsEndpointProvider.defaultProvider()
                  .resolveEndpoint(params.build())
                  .join()
                  .url();
            }
            case S3 -> {
              Optional<URI> override =
                  clients.s3(region).serviceClientConfiguration().endpointOverride();
              S3EndpointParams.Builder params = S3EndpointParams.builder().region(sdkRegion);
              override.ifPresent(uri -> params.endpoint(uri.toString()));
              yield S3EndpointProvider.defaultProvider()
                  .resolveEndpoint(params.build())
                  .join()
                  .url();
            }
          };
      String text = url.toString();
      return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    } catch (RuntimeException e) {
      return "the " + service.name().toLowerCase(java.util.Locale.ROOT) + " endpoint of " + region;
    }
  }
}
