package dev.ssosetup.verify;

import dev.ssosetup.aws.AwsService;
import dev.ssosetup.aws.EndpointUrls;
import dev.ssosetup.common.Text;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names the endpoint a failed call went to, resolved as the SDK resolves it: the override from
 * {@code AWS_ENDPOINT_URL_*} (and the matching system properties and config entries) when there is
 * one, else the region's public endpoint. Used only to explain a failure, for the services verify
 * reaches: {@link AwsService#SSO_OIDC}, {@link AwsService#SSO}, {@link AwsService#STS} and {@link
 * AwsService#S3}.
 */
final class ServiceEndpoints {
  private final RegionalClients clients;
  private final Map<String, Text> resolved = new ConcurrentHashMap<>();

  ServiceEndpoints(RegionalClients clients) {
    this.clients = clients;
  }

  /**
   * The service as verify's failures name it: as everywhere else, except that SSO-OIDC is only
   * called to refresh the token, which verify says.
   */
  static Text title(AwsService service) {
    return service == AwsService.SSO_OIDC ? Text.of("verify.service.ssoOidc") : service.title();
  }

  /** The endpoint's URL, or, when the SDK cannot resolve one, words naming it. */
  Text url(AwsService service, String region) {
    return resolved.computeIfAbsent(service + " " + region, k -> resolve(service, region));
  }

  private Text resolve(AwsService service, String region) {
    try {
      Optional<String> url =
          switch (service) {
            case SSO_OIDC -> EndpointUrls.oidc(clients.clients().oidc(region));
            case SSO -> EndpointUrls.portal(clients.clients().portal(region));
            case STS -> EndpointUrls.sts(clients.sts(region));
            case S3 -> EndpointUrls.s3(clients.s3(region));
            default -> Optional.empty();
          };
      return Text.of("common.asIs", url.orElseThrow());
    } catch (RuntimeException e) {
      // No client for the region, or no endpoint the SDK could resolve.
      return Text.of("verify.endpointOf", service.name().toLowerCase(Locale.ROOT), region);
    }
  }
}
