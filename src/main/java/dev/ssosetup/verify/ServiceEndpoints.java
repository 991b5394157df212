package dev.ssosetup.verify;

import dev.ssosetup.aws.AwsService;
import dev.ssosetup.aws.EndpointUrls;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
    try {
      Optional<String> url =
          switch (service) {
            case SSO_OIDC -> EndpointUrls.oidc(clients.clients().oidc(region));
            case SSO -> EndpointUrls.portal(clients.clients().portal(region));
            case STS -> EndpointUrls.sts(clients.sts(region));
            case S3 -> EndpointUrls.s3(clients.s3(region));
          };
      return url.orElseThrow();
    } catch (RuntimeException e) {
      // No client for the region, or no endpoint the SDK could resolve.
      return "the " + service.name().toLowerCase(java.util.Locale.ROOT) + " endpoint of " + region;
    }
  }
}
