package dev.ssosetup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.testkit.LoopbackCallback;
import dev.ssosetup.testkit.Pkce;
import dev.ssosetup.testkit.SandboxClients;
import dev.ssosetup.testkit.SandboxLogin;
import dev.ssosetup.testkit.SandboxLogin.Login;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.sts.StsClient;

/** Every flow at once, then a scan of everything the sandbox logged for the secrets it issued. */
class NoSecretLeaksTest {
  @Test
  void requestLogAndLogSink_neverShowAnIssuedSecret() throws Exception {
    List<String> sinkLines = new ArrayList<>();
    try (Sandbox sandbox =
            Sandbox.builder()
                .approval(Approval.DEVICE_PAGE)
                .log(
                    record -> {
                      synchronized (sinkLines) {
                        sinkLines.add(record.logLine() + " " + record);
                      }
                    })
                .build()
                .start();
        SsoOidcClient oidc = SandboxClients.oidc(sandbox);
        SsoClient portal = SandboxClients.portal(sandbox);
        LoopbackCallback loopback = LoopbackCallback.start()) {
      // PKCE, approved on the authorize page.
      RegisterClientResponse client =
          oidc.registerClient(
              r ->
                  r.clientName("leaks")
                      .clientType("public")
                      .scopes("sso:account:access")
                      .grantTypes("authorization_code", "refresh_token")
                      .redirectUris("http://127.0.0.1/oauth/callback")
                      .issuerUrl(sandbox.startUrl()));
      Pkce pkce = Pkce.create();
      String browserResult =
          sandbox.approveInBrowser(
              loopback.authorizeUrl(
                  sandbox.oidcEndpoint(), client.clientId(), "s", pkce.challenge()));
      String code = loopback.await(Duration.ofSeconds(10)).get("code");
      CreateTokenResponse token =
          oidc.createToken(
              r ->
                  r.clientId(client.clientId())
                      .clientSecret(client.clientSecret())
                      .grantType("authorization_code")
                      .code(code)
                      .redirectUri(loopback.redirectUri())
                      .codeVerifier(pkce.verifier()));
      oidc.createToken(
          r ->
              r.clientId(client.clientId())
                  .clientSecret(client.clientSecret())
                  .grantType("refresh_token")
                  .refreshToken(token.refreshToken()));
      // Device code, approved in the browser; role credentials; STS and S3; a paged listing.
      sandbox.setApproval(Approval.AUTO);
      Login login = SandboxLogin.deviceCode(sandbox);
      StaticCredentialsProvider credentials =
          SandboxLogin.roleCredentials(
              sandbox, login.accessToken(), "111122223333", "S3DynamoDBAccess");
      try (StsClient sts = SandboxClients.sts(sandbox, credentials);
          S3Client s3 = SandboxClients.s3(sandbox, credentials)) {
        sts.getCallerIdentity();
        s3.listBuckets();
      }
      portal.listAccounts(r -> r.accessToken(login.accessToken()).maxResults(1));
      portal.logout(r -> r.accessToken(login.accessToken()));
      // A secret where it should never be: in a query string.
      sandbox.approveInBrowser(
          URI.create(
              sandbox.oidcEndpoint()
                  + "/device?user_code="
                  + login.accessToken()
                  + "&code="
                  + code));

      Set<String> secrets = sandbox.issuedSecrets();
      assertThat(secrets).hasSizeGreaterThanOrEqualTo(12);
      List<String> logged = new ArrayList<>();
      for (RequestRecord record : sandbox.requests()) {
        logged.add(record.toString());
        logged.add(record.query());
        logged.add(String.join(",", record.headerNames()));
      }
      synchronized (sinkLines) {
        logged.addAll(sinkLines);
      }
      logged.add(browserResult);
      for (String secret : secrets) {
        assertThat(logged).noneMatch(text -> text.contains(secret));
      }
      assertThat(sandbox.requests())
          .extracting(RequestRecord::query)
          .contains("user_code=<redacted>&code=<redacted>");
    }
  }
}
