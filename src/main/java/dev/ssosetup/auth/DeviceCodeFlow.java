package dev.ssosetup.auth;

import dev.ssosetup.aws.AwsErrors;
import dev.ssosetup.common.Environment;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.prompt.Prompter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssooidc.model.AccessDeniedException;
import software.amazon.awssdk.services.ssooidc.model.AuthorizationPendingException;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.ExpiredTokenException;
import software.amazon.awssdk.services.ssooidc.model.InvalidClientException;
import software.amazon.awssdk.services.ssooidc.model.InvalidRequestException;
import software.amazon.awssdk.services.ssooidc.model.SlowDownException;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;

/**
 * The device-code login (RFC 8628) of a legacy profile, of {@code --use-device-code}, and of a
 * machine with no browser: a code shown here is approved on a page that may be on another device,
 * while this side polls CreateToken at the interval the service asks for.
 */
final class DeviceCodeFlow {
  static final String DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

  private static final Duration DEFAULT_DEVICE_LIFETIME = Duration.ofMinutes(10);
  private static final int DEFAULT_INTERVAL_SECONDS = 5;
  private static final int SLOW_DOWN_SECONDS = 5;

  private final ClientRegistrar registrar;
  private final BrowserOpener browser;
  private final Messages messages;
  private final Environment environment;
  private final Clock clock;
  private final Sleeper sleeper;

  DeviceCodeFlow(
      ClientRegistrar registrar,
      BrowserOpener browser,
      Messages messages,
      Environment environment,
      Sleeper sleeper) {
    this.registrar = registrar;
    this.browser = browser;
    this.messages = messages;
    this.environment = environment;
    this.clock = environment.clock();
    this.sleeper = sleeper;
  }

  IssuedTokens login(LoginRequest login) {
    SsoSessionRef session = login.session();
    // Legacy: a bare registration, as the AWS CLI makes (no scopes, so no refresh token).
    ClientRegistrar.Purpose purpose =
        session.legacy()
            ? new ClientRegistrar.Purpose(List.of(), List.of(), false)
            : new ClientRegistrar.Purpose(
                session.scopes(), List.of(DEVICE_CODE_GRANT, OidcCalls.REFRESH_TOKEN_GRANT), false);
    Registration client = registrar.client(login, purpose);
    StartDeviceAuthorizationResponse device;
    try {
      device = start(login, client);
    } catch (InvalidClientException e) {
      // The service forgot the cached client (a restarted sandbox, a revoked registration).
      client = registrar.replace(login, purpose);
      device = start(login, client);
    }
    show(device, login);
    return poll(login, client, device);
  }

  private StartDeviceAuthorizationResponse start(LoginRequest login, Registration client) {
    SsoSessionRef session = login.session();
    try {
      return login
          .oidc()
          .startDeviceAuthorization(
              r ->
                  r.clientId(client.clientId())
                      .clientSecret(client.clientSecret().reveal())
                      .startUrl(session.startUrl()));
    } catch (InvalidClientException e) {
      throw e;
    } catch (InvalidRequestException e) {
      throw ClientRegistrar.unknownInstance(session, e);
    } catch (SdkException e) {
      throw AwsErrors.translate(e, Text.of("auth.action.startLogin", session.title()));
    }
  }

  /** The device page (in the browser when it may) and the code to enter there. */
  private void show(StartDeviceAuthorizationResponse device, LoginRequest login) {
    LoginScreens screens = new LoginScreens(login.prompter(), messages);
    Optional<URI> page = BrowserUris.openable(device.verificationUriComplete());
    if (page.isEmpty()) {
      screens.notOpened(device.verificationUriComplete());
    }
    boolean opened =
        !login.options().noBrowser()
            && !Headless.machine(environment)
            && browser.available()
            && page.isPresent()
            && browser.open(page.get());
    screens.page(opened, device.verificationUri());
    screens.code(device.userCode(), opened, device.verificationUriComplete());
  }

  /** CreateToken at the service's interval until the code is approved, denied or expired. */
  private IssuedTokens poll(
      LoginRequest login, Registration client, StartDeviceAuthorizationResponse device) {
    long interval =
        device.interval() == null || device.interval() <= 0
            ? DEFAULT_INTERVAL_SECONDS
            : device.interval();
    Duration lifetime =
        device.expiresIn() == null || device.expiresIn() <= 0
            ? DEFAULT_DEVICE_LIFETIME
            : Duration.ofSeconds(device.expiresIn());
    Instant deadline = clock.instant().plus(lifetime);
    try (Prompter.Waiting waiting =
        login.prompter().waiting(LoginScreens.waiting(messages), deadline)) {
      while (true) {
        try {
          CreateTokenResponse response =
              login
                  .oidc()
                  .createToken(
                      r ->
                          r.grantType(DEVICE_CODE_GRANT)
                              .clientId(client.clientId())
                              .clientSecret(client.clientSecret().reveal())
                              .deviceCode(device.deviceCode()));
          return new IssuedTokens(response, client);
        } catch (AuthorizationPendingException e) {
          // Not approved yet: poll again after the interval.
        } catch (SlowDownException e) {
          interval += SLOW_DOWN_SECONDS;
        } catch (ExpiredTokenException e) {
          throw expired(lifetime);
        } catch (AccessDeniedException e) {
          throw UserFacingException.failure(
              Text.of("auth.denied"), Text.of("auth.denied.hint.deviceCode"));
        } catch (SdkException e) {
          throw AwsErrors.translate(
              e, Text.of("auth.action.completeLogin", login.session().title()));
        }
        if (!clock.instant().isBefore(deadline)) {
          throw expired(lifetime);
        }
        pause(Duration.ofSeconds(interval));
      }
    }
  }

  private void pause(Duration duration) {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw UserFacingException.interrupted();
    }
  }

  private static UserFacingException expired(Duration lifetime) {
    return UserFacingException.failure(
        Text.of("auth.codeExpired"), Text.of("auth.codeExpired.hint", Durations.words(lifetime)));
  }
}
