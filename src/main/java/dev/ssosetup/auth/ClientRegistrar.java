package dev.ssosetup.auth;

import dev.ssosetup.common.Secret;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.InvalidRequestException;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientRequest;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;

/**
 * The OIDC client a login runs as: the registration cached for the session, its scopes, grant types
 * and endpoint, else a new one from RegisterClient.
 */
final class ClientRegistrar {
  /** What is registered as the redirect URI; the port is added per login (RFC 8252, 7.3). */
  static final String REGISTERED_REDIRECT_URI = "http://127.0.0.1" + LoopbackServer.CALLBACK_PATH;

  /**
   * What a client is registered for; {@code loopback} adds the redirect URI and issuer that the
   * authorization code flow needs.
   */
  record Purpose(List<String> scopes, List<String> grantTypes, boolean loopback) {}

  private final RegistrationCache registrations;
  private final Clock clock;

  ClientRegistrar(RegistrationCache registrations, Clock clock) {
    this.registrations = registrations;
    this.clock = clock;
  }

  /** The cached registration for this login and purpose, else a new one (then cached). */
  Registration client(LoginRequest login, Purpose purpose) {
    return registrations.get(key(login, purpose), () -> register(login, purpose));
  }

  /** A new registration in place of the cached one, which the service no longer knows. */
  Registration replace(LoginRequest login, Purpose purpose) {
    registrations.forget(key(login, purpose));
    return client(login, purpose);
  }

  private static RegistrationCache.Key key(LoginRequest login, Purpose purpose) {
    return new RegistrationCache.Key(
        login.session(), purpose.scopes(), purpose.grantTypes(), login.endpoint());
  }

  private Registration register(LoginRequest login, Purpose purpose) {
    SsoSessionRef session = login.session();
    RegisterClientRequest.Builder request =
        RegisterClientRequest.builder().clientName(clientName(session)).clientType("public");
    if (!purpose.scopes().isEmpty()) {
      request.scopes(purpose.scopes());
    }
    if (!purpose.grantTypes().isEmpty()) {
      request.grantTypes(purpose.grantTypes());
    }
    if (purpose.loopback()) {
      request.redirectUris(REGISTERED_REDIRECT_URI).issuerUrl(session.startUrl());
    }
    SsoOidcClient oidc = login.oidc();
    RegisterClientResponse response;
    try {
      response =
          OidcCalls.call(
              Text.of("auth.action.register", session.region()),
              () -> oidc.registerClient(request.build()));
    } catch (UserFacingException e) {
      if (e.getCause() instanceof InvalidRequestException invalid) {
        throw unknownInstance(session, invalid);
      }
      throw e;
    }
    Instant expiresAt =
        response.clientSecretExpiresAt() == null
            ? clock.instant()
            : Instant.ofEpochSecond(response.clientSecretExpiresAt());
    return new Registration(
        response.clientId(),
        Secret.of(response.clientSecret()),
        expiresAt,
        purpose.scopes(),
        purpose.grantTypes());
  }

  /** {@code sso-setup-<session>}, or {@code sso-setup-<epoch seconds>} for a legacy profile. */
  private String clientName(SsoSessionRef session) {
    return "sso-setup-"
        + (session.legacy() ? Long.toString(clock.instant().getEpochSecond()) : session.name());
  }

  /**
   * The service's InvalidRequestException for a start URL it does not know in this region: the
   * start URL or the region is wrong (it cannot say which), the commonest mistake of all. The error
   * names both values as typed and where each is found.
   */
  static UserFacingException unknownInstance(SsoSessionRef session, InvalidRequestException cause) {
    return UserFacingException.failure(
        Text.of("login.unknownInstance", session.startUrl(), session.region()),
        Text.of("login.unknownInstanceHint"),
        cause);
  }
}
