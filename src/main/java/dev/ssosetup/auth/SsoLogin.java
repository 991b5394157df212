package dev.ssosetup.auth;

import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.aws.EndpointUrls;
import dev.ssosetup.common.Environment;
import dev.ssosetup.common.Secret;
import dev.ssosetup.common.Text;
import dev.ssosetup.prompt.Prompter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sso.model.UnauthorizedException;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;

/**
 * Gets a usable access token for an IAM Identity Center session, as {@code aws sso login} does:
 * reuses a cached token, else refreshes it ({@link ReuseOrRefresh}), else logs in through the
 * SSO-OIDC service, with the authorization code and PKCE on a loopback redirect ({@link PkceFlow})
 * or with a device code ({@link DeviceCodeFlow}) (docs/spec.md §4). The cache is written only after
 * a login or refresh succeeded.
 */
public final class SsoLogin {
  /** How long a browser login may take before it is given up. */
  static final Duration CALLBACK_TIMEOUT = Duration.ofMinutes(10);

  private final AwsClients clients;
  private final TokenCache cache;
  private final BrowserOpener browser;
  private final Environment environment;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration callbackTimeout;
  private final ReuseOrRefresh reuse;
  private final PkceFlow pkce;
  private final DeviceCodeFlow deviceCode;

  public SsoLogin(
      AwsClients clients, TokenCache cache, BrowserOpener browser, Environment environment) {
    this(clients, cache, browser, environment, Sleeper.system(), CALLBACK_TIMEOUT);
  }

  private SsoLogin(
      AwsClients clients,
      TokenCache cache,
      BrowserOpener browser,
      Environment environment,
      Sleeper sleeper,
      Duration callbackTimeout) {
    this.clients = Objects.requireNonNull(clients, "clients");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.browser = Objects.requireNonNull(browser, "browser");
    this.environment = Objects.requireNonNull(environment, "environment");
    this.clock = environment.clock();
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.callbackTimeout = Objects.requireNonNull(callbackTimeout, "callbackTimeout");
    this.reuse = new ReuseOrRefresh(clients, cache, clock);
    ClientRegistrar registrar =
        new ClientRegistrar(new RegistrationCache(cache.files(), clock), clock);
    this.pkce = new PkceFlow(registrar, browser, clients.messages(), clock, callbackTimeout);
    this.deviceCode =
        new DeviceCodeFlow(registrar, browser, clients.messages(), environment, sleeper);
  }

  /** The same login waiting between device-code polls through this sleeper (tests). */
  public SsoLogin withSleeper(Sleeper sleeper) {
    return new SsoLogin(clients, cache, browser, environment, sleeper, callbackTimeout);
  }

  /** The same login giving up on the browser's redirect after this long (tests). */
  public SsoLogin withCallbackTimeout(Duration timeout) {
    return new SsoLogin(clients, cache, browser, environment, sleeper, timeout);
  }

  /**
   * Reuse a cached token with more than 15 minutes left (unless options.force), else refresh it
   * with its refresh token, else log in (PKCE for a session; device code for legacy,
   * --use-device-code, or a headless machine). Writes the cache only after a successful login or
   * refresh. Prints through the prompter.
   */
  public LoginResult login(SsoSessionRef session, LoginOptions options, Prompter prompter) {
    return login(session, options, prompter, true);
  }

  /**
   * Like {@link #login} for a session whose cached access token the service has rejected (signed
   * out elsewhere, or ended on the server although the file says otherwise): that token is not
   * reused; it is refreshed when it can be, else there is a new login.
   */
  public LoginResult loginAgain(SsoSessionRef session, LoginOptions options, Prompter prompter) {
    return login(session, options, prompter, false);
  }

  /**
   * Whether the AWS access portal still accepts this access token, asked with the cheapest call
   * there is (ListAccounts for one account). Only an unauthorized answer says no: when the portal
   * cannot be asked (network, throttling), the token is given the benefit of the doubt, and the
   * command that uses it reports what goes wrong.
   */
  public boolean accepted(SsoSessionRef session, String accessToken) {
    try {
      clients.portal(session.region()).listAccounts(r -> r.accessToken(accessToken).maxResults(1));
      return true;
    } catch (UnauthorizedException e) {
      return false;
    } catch (SdkException e) {
      return true;
    }
  }

  private LoginResult login(
      SsoSessionRef session, LoginOptions options, Prompter prompter, boolean reuseAccessToken) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(prompter, "prompter");
    if (!options.force()) {
      Optional<LoginResult> cached = reuse.beforeLogin(session, prompter, reuseAccessToken);
      if (cached.isPresent()) {
        return cached.get();
      }
    }
    return newLogin(session, options, prompter);
  }

  /**
   * A usable token with no login and no word to anyone, for commands that must never prompt or open
   * a browser: the cached token while it has more than 15 minutes left; else one renewed with its
   * refresh token (under the session's lock); else the cached token while it has any time left.
   * Empty when only a new login would do.
   */
  public Optional<LoginResult> withoutPrompting(SsoSessionRef session) {
    Objects.requireNonNull(session, "session");
    return reuse.withoutPrompting(session);
  }

  /**
   * The portal's Logout for the cached token (best effort: a network failure is reported, not
   * fatal), then delete the cache file. Returns whether there was a token.
   */
  public boolean logout(SsoSessionRef session, Prompter prompter) {
    Optional<CachedToken> token = cache.read(session);
    if (token.isPresent() && token.get().expiresAt().isAfter(clock.instant())) {
      try {
        clients
            .portal(session.region())
            .logout(r -> r.accessToken(token.get().accessToken().reveal()));
      } catch (UnauthorizedException e) {
        // The portal no longer knows the token: it is signed out already.
      } catch (SdkException e) {
        prompter.warn(
            Text.of("auth.signOutFailed", session.title(), OidcCalls.reason(e))
                .in(clients.messages()));
      }
    }
    // A corrupt file goes too (it is no use to anyone), and so does any temp copy of the token
    // that a killed write left behind.
    cache.delete(session);
    return token.isPresent();
  }

  private LoginResult newLogin(SsoSessionRef session, LoginOptions options, Prompter prompter) {
    SsoOidcClient oidc = clients.oidc(session.region());
    LoginRequest request =
        new LoginRequest(oidc, oidcEndpoint(oidc, session.region()), session, options, prompter);
    boolean useDeviceCode =
        session.legacy()
            || options.useDeviceCode()
            || Headless.machine(environment)
            || !browser.available();
    IssuedTokens tokens = useDeviceCode ? deviceCode.login(request) : pkce.login(request);
    CreateTokenResponse response = tokens.response();
    Instant expiresAt = OidcCalls.expiry(response, clock);
    Registration client = tokens.client();
    CachedToken token =
        session.legacy()
            // Legacy logins are never refreshed, so the AWS CLI keeps no client in their file.
            ? new CachedToken(
                session.startUrl(),
                session.region(),
                Secret.of(response.accessToken()),
                expiresAt,
                null,
                null,
                null,
                null)
            : new CachedToken(
                session.startUrl(),
                session.region(),
                Secret.of(response.accessToken()),
                expiresAt,
                client.clientId(),
                client.clientSecret(),
                client.expiresAt(),
                Secret.ofNullable(response.refreshToken()));
    cache.write(session, token);
    return new LoginResult(token.accessToken(), expiresAt, LoginOutcome.LOGGED_IN);
  }

  /**
   * The OIDC endpoint the client calls, as the SDK resolves it; when it cannot say, the override or
   * else the region's public endpoint. Part of the registration cache's key.
   */
  static String oidcEndpoint(SsoOidcClient oidc, String region) {
    return EndpointUrls.oidc(oidc)
        .orElseGet(
            () ->
                oidc.serviceClientConfiguration()
                    .endpointOverride()
                    .map(uri -> EndpointUrls.withoutTrailingSlash(uri.toString()))
                    .orElse("https://oidc." + region + ".amazonaws.com"));
  }
}
