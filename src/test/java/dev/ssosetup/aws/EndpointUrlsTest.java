package dev.ssosetup.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.testkit.SandboxClients;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The URL each client calls, as its SDK resolves it; the login keys its registration cache on the
 * OIDC one and verify names them in its failures. No call is made: resolving is local.
 */
class EndpointUrlsTest {
  private static final URI OVERRIDE = URI.create("http://127.0.0.1:9/base/");

  @Test
  void anOverriddenEndpoint_isTheOverride_withoutItsTrailingSlash() {
    try (SsoOidcClient oidc = overridden(SsoOidcClient.builder());
        SsoClient portal = overridden(SsoClient.builder());
        StsClient sts = overridden(StsClient.builder());
        S3Client s3 = overridden(S3Client.builder())) {
      assertThat(EndpointUrls.oidc(oidc)).contains("http://127.0.0.1:9/base");
      assertThat(EndpointUrls.portal(portal)).contains("http://127.0.0.1:9/base");
      assertThat(EndpointUrls.sts(sts)).contains("http://127.0.0.1:9/base");
      assertThat(EndpointUrls.s3(s3)).contains("http://127.0.0.1:9/base");
    }
  }

  private static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C overridden(
      B builder) {
    return builder
        .httpClient(SandboxClients.httpClient())
        .region(Region.EU_WEST_1)
        .endpointOverride(OVERRIDE)
        .credentialsProvider(AnonymousCredentialsProvider.create())
        .build();
  }

  @Test
  void trailingSlashes_allGo() {
    assertThat(EndpointUrls.withoutTrailingSlash("https://oidc.example//"))
        .isEqualTo("https://oidc.example");
    assertThat(EndpointUrls.withoutTrailingSlash("https://oidc.example"))
        .isEqualTo("https://oidc.example");
  }
}
