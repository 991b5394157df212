package dev.ssosetup.testkit;

import dev.ssosetup.auth.CachedToken;
import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.common.Secret;
import dev.ssosetup.sandbox.Sandbox;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.RoleCredentials;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;

/**
 * A whole device-code login against a sandbox in {@code AUTO} approval mode, through the real
 * {@code SsoOidcClient}: for tests that need a token or role credentials and are not about the
 * login itself.
 */
public final class SandboxLogin {
  private SandboxLogin() {}

  /** What a login gives; the fields the AWS CLI's token cache file holds. */
  public record Login(
      String clientId,
      String clientSecret,
      Instant registrationExpiresAt,
      String accessToken,
      Instant expiresAt,
      String refreshToken) {}

  /** Registers a client with {@code sso:account:access} and logs in with a device code. */
  public static Login deviceCode(Sandbox sandbox) {
    try (SsoOidcClient oidc = SandboxClients.oidc(sandbox)) {
      return deviceCode(oidc, sandbox.startUrl());
    }
  }

  /** The sandbox's start URL and region as the {@code [sso-session name]} of a config. */
  public static SsoSessionRef session(Sandbox sandbox, String name) {
    return new SsoSessionRef(name, sandbox.startUrl(), sandbox.region(), List.of());
  }

  /** A legacy profile's session: the sandbox's start URL and region, no session name. */
  public static SsoSessionRef legacySession(Sandbox sandbox) {
    return session(sandbox, null);
  }

  /**
   * Logs in with a device code and puts the token in the home's token cache for the session, as
   * {@code sso-setup login} would, expiring then (a legacy session's token has no registration and
   * no refresh token). The sandbox's request log is cleared after, so that a test sees only the
   * requests of the command it runs.
   */
  public static Login cached(
      Sandbox sandbox, TestHome home, SsoSessionRef session, Instant expiresAt) {
    Login login = deviceCode(sandbox);
    boolean legacy = session.legacy();
    new TokenCache(home.ssoCache(), Clock.systemUTC(), home.locks())
        .write(
            session,
            new CachedToken(
                session.startUrl(),
                session.region(),
                Secret.of(login.accessToken()),
                expiresAt,
                legacy ? null : login.clientId(),
                Secret.ofNullable(legacy ? null : login.clientSecret()),
                legacy ? null : login.registrationExpiresAt(),
                Secret.ofNullable(legacy ? null : login.refreshToken())));
    sandbox.clearRequests();
    return login;
  }

  /**
   * The same through a client of the caller's, for a sandbox in another process (approving in
   * {@code AUTO} mode, as {@code sandbox --auto-approve} does).
   */
  public static Login deviceCode(SsoOidcClient oidc, String startUrl) {
    RegisterClientResponse client =
        oidc.registerClient(
            r ->
                r.clientName("sandbox-test")
                    .clientType("public")
                    .scopes(List.of("sso:account:access")));
    StartDeviceAuthorizationResponse device =
        oidc.startDeviceAuthorization(
            r ->
                r.clientId(client.clientId())
                    .clientSecret(client.clientSecret())
                    .startUrl(startUrl));
    CreateTokenResponse token =
        oidc.createToken(
            r ->
                r.clientId(client.clientId())
                    .clientSecret(client.clientSecret())
                    .grantType("urn:ietf:params:oauth:grant-type:device_code")
                    .deviceCode(device.deviceCode()));
    return new Login(
        client.clientId(),
        client.clientSecret(),
        Instant.ofEpochSecond(client.clientSecretExpiresAt()),
        token.accessToken(),
        Instant.now().plusSeconds(token.expiresIn()),
        token.refreshToken());
  }

  /**
   * The administrator's role credentials in the small fixture: a login as {@code admin} and its
   * {@code AdministratorAccess} role on the management account. Later logins sign in as before.
   */
  public static StaticCredentialsProvider administrator(Sandbox sandbox) {
    String previous = sandbox.signedInUser();
    sandbox.signInAs("admin");
    try {
      return roleCredentials(
          sandbox, deviceCode(sandbox).accessToken(), "999988887777", "AdministratorAccess");
    } finally {
      sandbox.signInAs(previous);
    }
  }

  /** Role credentials from the portal for a token. */
  public static StaticCredentialsProvider roleCredentials(
      Sandbox sandbox, String accessToken, String accountId, String roleName) {
    try (SsoClient portal = SandboxClients.portal(sandbox)) {
      RoleCredentials credentials =
          portal
              .getRoleCredentials(
                  r -> r.accessToken(accessToken).accountId(accountId).roleName(roleName))
              .roleCredentials();
      return StaticCredentialsProvider.create(
          AwsSessionCredentials.create(
              credentials.accessKeyId(),
              credentials.secretAccessKey(),
              credentials.sessionToken()));
    }
  }
}
