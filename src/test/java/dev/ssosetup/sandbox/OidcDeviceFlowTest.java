package dev.ssosetup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ssosetup.testkit.MutableClock;
import dev.ssosetup.testkit.SandboxClients;
import dev.ssosetup.testkit.SandboxExtension;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.AccessDeniedException;
import software.amazon.awssdk.services.ssooidc.model.AuthorizationPendingException;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.ExpiredTokenException;
import software.amazon.awssdk.services.ssooidc.model.InvalidClientException;
import software.amazon.awssdk.services.ssooidc.model.InvalidGrantException;
import software.amazon.awssdk.services.ssooidc.model.InvalidRequestException;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.ssooidc.model.SlowDownException;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;
import software.amazon.awssdk.services.ssooidc.model.UnsupportedGrantTypeException;

/** The device code login through the real {@code SsoOidcClient}, and each way it can fail. */
class OidcDeviceFlowTest {
  private static final String DEVICE_CODE = "urn:ietf:params:oauth:grant-type:device_code";

  private final MutableClock clock = MutableClock.startingNow();

  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.approval(Approval.DEVICE_PAGE).clock(clock));

  private SsoOidcClient oidc;

  private SsoOidcClient oidc() {
    if (oidc == null) {
      oidc = SandboxClients.oidc(extension.get());
    }
    return oidc;
  }

  @AfterEach
  void closeClient() {
    if (oidc != null) {
      oidc.close();
    }
  }

  @Test
  void deviceFlow_isPendingUntilTheUserCodeIsApproved_thenIssuesTokens() {
    Sandbox sandbox = extension.get();
    RegisterClientResponse client = register(List.of("sso:account:access"));
    StartDeviceAuthorizationResponse device = start(client);

    assertThatThrownBy(() -> token(client, device))
        .isInstanceOf(AuthorizationPendingException.class);
    sandbox.approveUserCode(device.userCode());
    CreateTokenResponse token = token(client, device);

    assertThat(token.accessToken()).startsWith("aoa");
    assertThat(token.refreshToken()).startsWith("aor");
    assertThat(token.tokenType()).isEqualTo("Bearer");
    assertThat(token.expiresIn()).isEqualTo(3600);
    assertThat(sandbox.issuedSecrets()).contains(token.accessToken(), token.refreshToken());
    // The same sequence as the AWS CLI's (docs/spec.md §2.10).
    assertThat(sandbox.requests())
        .extracting(r -> r.method() + " " + r.path() + " " + r.status() + " " + r.errorType())
        .containsExactly(
            "POST /client/register 200 null",
            "POST /device_authorization 200 null",
            "POST /token 400 AuthorizationPendingException",
            "POST /token 200 null");
  }

  @Test
  void deviceFlow_approvedInTheBrowser_atTheCompleteVerificationUri() {
    Sandbox sandbox = extension.get();
    RegisterClientResponse client = register(List.of("sso:account:access"));
    StartDeviceAuthorizationResponse device = start(client);

    String result = sandbox.approveInBrowser(URI.create(device.verificationUriComplete()));

    assertThat(result).isEqualTo("200 " + sandbox.oidcEndpoint() + "/device");
    assertThat(token(client, device).accessToken()).isNotBlank();
  }

  @Test
  void deviceAuthorization_pointsTheUserAtTheSandboxsDevicePage() {
    Sandbox sandbox = extension.get();
    StartDeviceAuthorizationResponse device = start(register(List.of()));

    assertThat(device.verificationUri()).isEqualTo(sandbox.oidcEndpoint() + "/device");
    assertThat(device.verificationUriComplete())
        .isEqualTo(sandbox.oidcEndpoint() + "/device?user_code=" + device.userCode());
    assertThat(device.userCode()).matches("[A-Z]{4}-[A-Z]{4}");
    assertThat(device.interval()).isEqualTo(1);
    assertThat(device.expiresIn()).isEqualTo(600);
  }

  @Test
  void token_polledTwiceWithinTheInterval_isSlowDown() {
    RegisterClientResponse client = register(List.of());
    StartDeviceAuthorizationResponse device = start(client);
    assertThatThrownBy(() -> token(client, device))
        .isInstanceOf(AuthorizationPendingException.class);

    assertThatThrownBy(() -> token(client, device)).isInstanceOf(SlowDownException.class);
    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(() -> token(client, device))
        .isInstanceOf(AuthorizationPendingException.class);
  }

  @Test
  void token_afterTheDeviceCodeExpired_isExpiredToken() {
    RegisterClientResponse client = register(List.of());
    StartDeviceAuthorizationResponse device = start(client);

    clock.advance(Duration.ofMinutes(10));

    assertThatThrownBy(() -> token(client, device)).isInstanceOf(ExpiredTokenException.class);
  }

  @Test
  void token_whenTheUserDenies_isAccessDenied() {
    extension.get().setApproval(Approval.DENY);
    RegisterClientResponse client = register(List.of());
    StartDeviceAuthorizationResponse device = start(client);

    assertThatThrownBy(() -> token(client, device))
        .isInstanceOfSatisfying(
            AccessDeniedException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.error()).isEqualTo("access_denied");
            });
  }

  @Test
  void token_withADeviceCodeAlreadyRedeemed_isInvalidGrant() {
    extension.get().setApproval(Approval.AUTO);
    RegisterClientResponse client = register(List.of());
    StartDeviceAuthorizationResponse device = start(client);
    token(client, device);

    assertThatThrownBy(() -> token(client, device)).isInstanceOf(InvalidGrantException.class);
  }

  @Test
  void token_withADeviceCodeOfAnotherClient_isInvalidGrant() {
    StartDeviceAuthorizationResponse device = start(register(List.of()));
    RegisterClientResponse other = register(List.of());

    assertThatThrownBy(() -> token(other, device)).isInstanceOf(InvalidGrantException.class);
  }

  @Test
  void token_withAWrongClientSecret_isInvalidClientWith401() {
    RegisterClientResponse client = register(List.of());
    StartDeviceAuthorizationResponse device = start(client);

    assertThatThrownBy(
            () ->
                oidc()
                    .createToken(
                        r ->
                            r.clientId(client.clientId())
                                .clientSecret("not-the-secret")
                                .grantType(DEVICE_CODE)
                                .deviceCode(device.deviceCode())))
        .isInstanceOfSatisfying(
            InvalidClientException.class, e -> assertThat(e.statusCode()).isEqualTo(401));
  }

  @Test
  void token_afterTheClientRegistrationExpired_isInvalidClient() {
    RegisterClientResponse client = register(List.of());
    clock.advance(Duration.ofDays(90));

    assertThatThrownBy(() -> start(client)).isInstanceOf(InvalidClientException.class);
  }

  @Test
  void token_withoutADeviceCode_isInvalidRequest() {
    RegisterClientResponse client = register(List.of());

    assertThatThrownBy(
            () ->
                oidc()
                    .createToken(
                        r ->
                            r.clientId(client.clientId())
                                .clientSecret(client.clientSecret())
                                .grantType(DEVICE_CODE)))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.errorDescription()).isEqualTo("deviceCode is required"));
  }

  @Test
  void token_withAnUnknownGrantType_isUnsupportedGrantType() {
    RegisterClientResponse client = register(List.of());

    assertThatThrownBy(
            () ->
                oidc()
                    .createToken(
                        r ->
                            r.clientId(client.clientId())
                                .clientSecret(client.clientSecret())
                                .grantType("password")))
        .isInstanceOf(UnsupportedGrantTypeException.class);
  }

  @Test
  void deviceAuthorization_forAnotherStartUrl_isInvalidRequest_asTheServiceSaysIt() {
    RegisterClientResponse client = register(List.of());

    assertThatThrownBy(
            () ->
                oidc()
                    .startDeviceAuthorization(
                        r ->
                            r.clientId(client.clientId())
                                .clientSecret(client.clientSecret())
                                .startUrl("https://d-0000000000.awsapps.com/start")))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            // The real service names neither instance: a wrong start URL and a wrong region (the
            // instance is not in the region asked) get this one answer.
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.error()).isEqualTo("invalid_request");
              assertThat(e.errorDescription()).isEqualTo("Invalid start url provided");
            });
  }

  @Test
  void deviceAuthorization_acceptsTheStartUrlWithATrailingSlashOrFragment() {
    RegisterClientResponse client = register(List.of());

    oidc()
        .startDeviceAuthorization(
            r ->
                r.clientId(client.clientId())
                    .clientSecret(client.clientSecret())
                    .startUrl(extension.get().startUrl() + "/#/"));
  }

  @Test
  void token_forAClientRegisteredWithoutScopes_hasNoRefreshToken() {
    extension.get().setApproval(Approval.AUTO);
    RegisterClientResponse client = register(List.of());

    CreateTokenResponse token = token(client, start(client));

    assertThat(token.accessToken()).isNotBlank();
    assertThat(token.refreshToken()).isNull();
  }

  @Test
  void registerClient_answersEpochSecondsWithA90DayRegistration() {
    RegisterClientResponse client = register(List.of("sso:account:access"));

    assertThat(client.clientSecretExpiresAt() - client.clientIdIssuedAt())
        .isEqualTo(Duration.ofDays(90).toSeconds());
    assertThat(client.clientIdIssuedAt()).isCloseTo(clock.instant().getEpochSecond(), within(1L));
    assertThat(client.clientSecret()).startsWith("eyJ");
  }

  private RegisterClientResponse register(List<String> scopes) {
    return oidc().registerClient(r -> r.clientName("test").clientType("public").scopes(scopes));
  }

  private StartDeviceAuthorizationResponse start(RegisterClientResponse client) {
    return oidc()
        .startDeviceAuthorization(
            r ->
                r.clientId(client.clientId())
                    .clientSecret(client.clientSecret())
                    .startUrl(extension.get().startUrl()));
  }

  private CreateTokenResponse token(
      RegisterClientResponse client, StartDeviceAuthorizationResponse device) {
    return oidc()
        .createToken(
            r ->
                r.clientId(client.clientId())
                    .clientSecret(client.clientSecret())
                    .grantType(DEVICE_CODE)
                    .deviceCode(device.deviceCode()));
  }
}
