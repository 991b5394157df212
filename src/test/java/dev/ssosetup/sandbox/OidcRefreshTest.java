package dev.ssosetup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.testkit.MutableClock;
import dev.ssosetup.testkit.SandboxClients;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.SandboxLogin;
import dev.ssosetup.testkit.SandboxLogin.Login;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.UnauthorizedException;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.InvalidGrantException;
import software.amazon.awssdk.services.ssooidc.model.UnauthorizedClientException;

/** Token lifetimes, refresh with rotation, and logout. */
class OidcRefreshTest {
  private final MutableClock clock = MutableClock.startingNow();

  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(
          b ->
              b.clock(clock)
                  .tokenLifetime(Duration.ofMinutes(10))
                  .refreshTokenLifetime(Duration.ofHours(2)));

  private SsoOidcClient oidc;
  private SsoClient portal;
  private Login login;

  @BeforeEach
  void setUp() {
    oidc = SandboxClients.oidc(extension.get());
    portal = SandboxClients.portal(extension.get());
    login = SandboxLogin.deviceCode(extension.get());
  }

  @AfterEach
  void tearDown() {
    oidc.close();
    portal.close();
  }

  @Test
  void token_expiresAfterTheTokenLifetime() {
    listAccounts(login.accessToken());

    clock.advance(Duration.ofMinutes(10));

    assertThatThrownBy(() -> listAccounts(login.accessToken()))
        .isInstanceOf(UnauthorizedException.class);
  }

  @Test
  void refresh_givesANewAccessTokenAndRotatesTheRefreshToken() {
    clock.advance(Duration.ofMinutes(10));

    CreateTokenResponse refreshed = refresh(login.refreshToken());

    assertThat(refreshed.expiresIn()).isEqualTo(600);
    assertThat(refreshed.accessToken()).isNotEqualTo(login.accessToken());
    assertThat(refreshed.refreshToken()).isNotEqualTo(login.refreshToken()).startsWith("aor");
    listAccounts(refreshed.accessToken());
  }

  @Test
  void refresh_withARefreshTokenAlreadyUsed_isInvalidGrant() {
    CreateTokenResponse refreshed = refresh(login.refreshToken());

    assertThatThrownBy(() -> refresh(login.refreshToken()))
        .isInstanceOf(InvalidGrantException.class);
    assertThat(refresh(refreshed.refreshToken()).accessToken()).isNotBlank();
  }

  @Test
  void refresh_afterTheSessionEnded_isInvalidGrant() {
    CreateTokenResponse refreshed = refresh(login.refreshToken());

    // The session's end is fixed at login: rotation does not extend it.
    clock.advance(Duration.ofHours(2));

    assertThatThrownBy(() -> refresh(refreshed.refreshToken()))
        .isInstanceOf(InvalidGrantException.class);
  }

  @Test
  void refresh_byAnotherClient_isInvalidGrant() {
    var other =
        oidc.registerClient(
            r -> r.clientName("other").clientType("public").scopes("sso:account:access"));

    assertThatThrownBy(
            () ->
                oidc.createToken(
                    r ->
                        r.clientId(other.clientId())
                            .clientSecret(other.clientSecret())
                            .grantType("refresh_token")
                            .refreshToken(login.refreshToken())))
        .isInstanceOf(InvalidGrantException.class);
  }

  @Test
  void refresh_byAClientRegisteredWithoutScopesOrRefreshGrant_isUnauthorizedClient() {
    var legacy = oidc.registerClient(r -> r.clientName("legacy").clientType("public"));

    assertThatThrownBy(
            () ->
                oidc.createToken(
                    r ->
                        r.clientId(legacy.clientId())
                            .clientSecret(legacy.clientSecret())
                            .grantType("refresh_token")
                            .refreshToken(login.refreshToken())))
        .isInstanceOf(UnauthorizedClientException.class);
  }

  @Test
  void logout_revokesTheAccessTokenAndTheSessionsRefreshToken() {
    portal.logout(r -> r.accessToken(login.accessToken()));

    assertThatThrownBy(() -> listAccounts(login.accessToken()))
        .isInstanceOf(UnauthorizedException.class);
    assertThatThrownBy(() -> refresh(login.refreshToken()))
        .isInstanceOf(InvalidGrantException.class);
    assertThatThrownBy(() -> portal.logout(r -> r.accessToken(login.accessToken())))
        .isInstanceOf(UnauthorizedException.class);
  }

  @Test
  void logout_leavesOtherSessionsAlone() {
    Login other = SandboxLogin.deviceCode(extension.get());

    portal.logout(r -> r.accessToken(login.accessToken()));

    listAccounts(other.accessToken());
  }

  private void listAccounts(String accessToken) {
    portal.listAccounts(r -> r.accessToken(accessToken));
  }

  private CreateTokenResponse refresh(String refreshToken) {
    return oidc.createToken(
        r ->
            r.clientId(login.clientId())
                .clientSecret(login.clientSecret())
                .grantType("refresh_token")
                .refreshToken(refreshToken));
  }
}
