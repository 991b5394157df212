package dev.ssosetup.verify;

import dev.ssosetup.aws.AwsService;
import dev.ssosetup.aws.EndpointUrls;
import dev.ssosetup.common.Text;
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
    SSO_OIDC("verify.service.ssoOidc", "AWS_ENDPOINT_URL_SSO_OIDC"),
    SSO("verify.service.sso", "AWS_ENDPOINT_URL_SSO"),
    STS("verify.service.sts", "AWS_ENDPOINT_URL_STS"),
    S3("verify.service.s3", "AWS_ENDPOINT_URL_S3");

    private final String titleKey;
    private final String variable;

    Service(String titleKey, String variable) {
      this.titleKey = titleKey;
      this.variable = variable;
    }

    /** The service as a failure names it, such as "the AWS access portal (SSO)". */
    Text title() {
      return Text.of(titleKey);
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
  private final Map<String, Text> resolved = new ConcurrentHashMap<>();

  ServiceEndpoints(RegionalClients clients) {
    this.clients = clients;
  }

  /** The endpoint's URL, or, when the SDK cannot resolve one, words naming it. */
  Text url(Service service, String region) {
    return resolved.computeIfAbsent(service + " " + region, k -> resolve(service, region));
  }

  private Text resolve(Service service, String region) {
    try {
      Optional<String> url =
          switch (service) {
            case SSO_OIDC -> EndpointUrls.oidc(clients.clients().oidc(region));
            case SSO -> EndpointUrls.portal(clients.clients().portal(region));
            case STS -> EndpointUrls.sts(clients.sts(region));
            case S3 -> EndpointUrls.s3(clients.s3(region));
          };
      return Text.of("common.asIs", url.orElseThrow());
    } catch (RuntimeException e) {
      // No client for the region, or no endpoint the SDK could resolve.
      return Text.of(
          "verify.endpointOf", service.name().toLowerCase(java.util.Locale.ROOT), region);
    }
  }
}
