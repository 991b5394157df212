package dev.ssosetup.auth;

import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.aws.AwsErrors;
import dev.ssosetup.common.Environment;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.prompt.Prompter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.endpoints.EndpointProvider;
import software.amazon.awssdk.services.sso.model.UnauthorizedException;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcServiceClientConfiguration;
import software.amazon.awssdk.services.ssooidc.endpoints.SsoOidcEndpointParams;
import software.amazon.awssdk.services.ssooidc.endpoints.SsoOidcEndpointProvider;
import software.amazon.awssdk.services.ssooidc.model.AccessDeniedException;
import software.amazon.awssdk.services.ssooidc.model.AuthorizationPendingException;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.ExpiredTokenException;
import software.amazon.awssdk.services.ssooidc.model.InvalidClientException;
import software.amazon.awssdk.services.ssooidc.model.InvalidRequestException;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientRequest;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.ssooidc.model.SlowDownException;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;

/**
 * Gets a usable access token for an IAM Identity Center session, as {@code aws sso login} does:
 * reuses a cached token, else refreshes it, else logs in through the SSO-OIDC service, with the
 * authorization code and PKCE on a loopback redirect or with a device code (docs/spec.md §4). The
 * cache is written only after a login or refresh succeeded.
 */
public final class SsoLogin {
  /** A cached token with less time left than this is refreshed (botocore's window). */
  static final Duration REFRESH_WINDOW = Duration.ofMinutes(15);

  /** How long a browser login may take before it is given up. */
  static final Duration CALLBACK_TIMEOUT = Duration.ofMinutes(10);

  static final String WAITING_MESSAGE = "Waiting for approval in the browser";
  static final String DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
  static final String AUTHORIZATION_CODE_GRANT = "authorization_code";
  static final String REFRESH_TOKEN_GRANT = "refresh_token";

  /** What is registered as the redirect URI; the port is added per login (RFC 8252, 7.3). */
  static final String REGISTERED_REDIRECT_URI = "http://127.0.0.1" + LoopbackServer.CALLBACK_PATH;

  private static final Duration DEFAULT_DEVICE_LIFETIME = Duration.ofMinutes(10);
  private static final int DEFAULT_INTERVAL_SECONDS = 5;
  private static final int SLOW_DOWN_SECONDS = 5;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final AwsClients clients;
  private final TokenCache cache;
  private final BrowserOpener browser;
  private final Environment environment;
  private final Clock clock;
  private final RegistrationCache registrations;
  private final Sleeper sleeper;
  private final Duration callbackTimeout;

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
    this.registrations = new RegistrationCache(cache.files(), clock);
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.callbackTimeout = Objects.requireNonNull(callbackTimeout, "callbackTimeout");
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
      Optional<CachedToken> cached = cache.read(session).filter(token -> token.isFor(session));
      if (cached.isPresent()) {
        CachedToken token = cached.get();
        Instant now = clock.instant();
        if (reuseAccessToken && token.expiresAt().isAfter(now.plus(REFRESH_WINDOW))) {
          return new LoginResult(token.accessToken(), token.expiresAt(), LoginOutcome.REUSED);
        }
        if (!session.legacy() && token.refreshableAt(now)) {
          String distrusted = reuseAccessToken ? null : token.accessToken();
          Optional<LoginResult> refreshed =
              cache.locked(session, () -> refreshUnderLock(session, prompter, distrusted));
          if (refreshed.isPresent()) {
            return refreshed.get();
          }
        }
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
    Optional<CachedToken> cached = cache.read(session).filter(token -> token.isFor(session));
    if (cached.isEmpty()) {
      return Optional.empty();
    }
    CachedToken token = cached.get();
    Instant now = clock.instant();
    if (token.expiresAt().isAfter(now.plus(REFRESH_WINDOW))) {
      return Optional.of(
          new LoginResult(token.accessToken(), token.expiresAt(), LoginOutcome.REUSED));
    }
    if (!session.legacy() && token.refreshableAt(now)) {
      Optional<LoginResult> refreshed =
          cache.locked(session, () -> refreshUnderLock(session, null, null));
      if (refreshed.isPresent()) {
        return refreshed;
      }
    }
    return token.expiresAt().isAfter(now)
        ? Optional.of(new LoginResult(token.accessToken(), token.expiresAt(), LoginOutcome.REUSED))
        : Optional.empty();
  }

  /**
   * The portal's Logout for the cached token (best effort: a network failure is reported, not
   * fatal), then delete the cache file. Returns whether there was a token.
   */
  public boolean logout(SsoSessionRef session, Prompter prompter) {
    Optional<CachedToken> token = cache.read(session);
    if (token.isPresent() && token.get().expiresAt().isAfter(clock.instant())) {
      try {
        clients.portal(session.region()).logout(r -> r.accessToken(token.get().accessToken()));
      } catch (UnauthorizedException e) {
        // The portal no longer knows the token: it is signed out already.
      } catch (SdkException e) {
        prompter.warn(
            "Could not sign out of the AWS access portal for "
                + session.describe()
                + " ("
                + reason(e)
                + "); the cached token is deleted anyway.");
      }
    }
    // A corrupt file goes too (it is no use to anyone), and so does any temp copy of the token
    // that a killed write left behind.
    cache.delete(session);
    return token.isPresent();
  }

  /**
   * Holding the session's lock: the cache as it is now (another process may have refreshed it while
   * this one waited, rotating the refresh token this one read), reused if it is fresh, else
   * refreshed. A failed refresh is told through the prompter, unless it is null (silent).
   */
  private Optional<LoginResult> refreshUnderLock(
      SsoSessionRef session, Prompter prompter, String distrusted) {
    Optional<CachedToken> current = cache.read(session).filter(token -> token.isFor(session));
    if (current.isEmpty()) {
      return Optional.empty();
    }
    CachedToken token = current.get();
    Instant now = clock.instant();
    // Another process may have refreshed it meanwhile; a token the service rejected is no reuse.
    if (token.expiresAt().isAfter(now.plus(REFRESH_WINDOW))
        && !token.accessToken().equals(distrusted)) {
      return Optional.of(
          new LoginResult(token.accessToken(), token.expiresAt(), LoginOutcome.REUSED));
    }
    return token.refreshableAt(now) ? refresh(session, token, prompter) : Optional.empty();
  }

  private Optional<LoginResult> refresh(
      SsoSessionRef session, CachedToken token, Prompter prompter) {
    CreateTokenResponse response;
    try {
      response =
          clients
              .oidc(session.region())
              .createToken(
                  r ->
                      r.grantType(REFRESH_TOKEN_GRANT)
                          .clientId(token.clientId())
                          .clientSecret(token.clientSecret())
                          .refreshToken(token.refreshToken()));
    } catch (SdkException e) {
      if (prompter == null) {
        return Optional.empty();
      }
      prompter.warn(
          "Could not refresh the cached token for "
              + session.describe()
              + " ("
              + reason(e)
              + "); logging in again.");
      return Optional.empty();
    }
    Instant expiresAt = expiry(response);
    // A service that does not rotate the refresh token leaves the old one valid.
    String refreshToken =
        response.refreshToken() != null ? response.refreshToken() : token.refreshToken();
    cache.write(
        session,
        new CachedToken(
            session.startUrl(),
            session.region(),
            response.accessToken(),
            expiresAt,
            token.clientId(),
            token.clientSecret(),
            token.registrationExpiresAt(),
            refreshToken));
    return Optional.of(new LoginResult(response.accessToken(), expiresAt, LoginOutcome.REFRESHED));
  }

  private LoginResult newLogin(SsoSessionRef session, LoginOptions options, Prompter prompter) {
    SsoOidcClient oidc = clients.oidc(session.region());
    String endpoint = oidcEndpoint(oidc, session.region());
    boolean deviceCode =
        session.legacy() || options.useDeviceCode() || headless() || !browser.available();
    Tokens tokens =
        deviceCode
            ? deviceCodeLogin(oidc, endpoint, session, options, prompter)
            : pkceLogin(oidc, endpoint, session, options, prompter);
    CreateTokenResponse response = tokens.response();
    Instant expiresAt = expiry(response);
    Registration client = tokens.client();
    CachedToken token =
        session.legacy()
            // Legacy logins are never refreshed, so the AWS CLI keeps no client in their file.
            ? new CachedToken(
                session.startUrl(),
                session.region(),
                response.accessToken(),
                expiresAt,
                null,
                null,
                null,
                null)
            : new CachedToken(
                session.startUrl(),
                session.region(),
                response.accessToken(),
                expiresAt,
                client.clientId(),
                client.clientSecret(),
                client.expiresAt(),
                response.refreshToken());
    cache.write(session, token);
    return new LoginResult(response.accessToken(), expiresAt, LoginOutcome.LOGGED_IN);
  }

  /** The tokens of a login and the client they were issued to. */
  private record Tokens(CreateTokenResponse response, Registration client) {}

  // ---- Authorization code with PKCE --------------------------------------------------------

  private Tokens pkceLogin(
      SsoOidcClient oidc,
      String endpoint,
      SsoSessionRef session,
      LoginOptions options,
      Prompter prompter) {
    List<String> grantTypes = List.of(AUTHORIZATION_CODE_GRANT, REFRESH_TOKEN_GRANT);
    RegistrationCache.Key key =
        new RegistrationCache.Key(session, session.scopes(), grantTypes, endpoint);
    Registration client =
        registrations.get(key, () -> register(oidc, session, session.scopes(), grantTypes, true));
    String state = UUID.randomUUID().toString();
    String verifier = codeVerifier();
    int port = options.redirectPort() == null ? 0 : options.redirectPort();
    try (LoopbackServer loopback = LoopbackServer.start(port, state)) {
      URI authorize =
          authorizeUri(
              endpoint,
              client.clientId(),
              loopback.redirectUri(),
              state,
              session.scopes(),
              codeChallenge(verifier));
      boolean openable = BrowserUris.openable(authorize.toString()).isPresent();
      if (!openable) {
        warnNotOpened(authorize.toString(), prompter);
      }
      if (!options.noBrowser() && openable && browser.open(authorize)) {
        prompter.say(
            "Attempting to automatically open the SSO authorization page in your default"
                + " browser.");
        prompter.say(
            "If the browser does not open or you wish to use a different device to authorize"
                + " this request, open the following URL:");
      } else {
        prompter.say("Browser will not be automatically opened.");
        prompter.say("Please visit the following URL:");
      }
      prompter.say("");
      prompter.say(authorize.toString());
      String code;
      try (Prompter.Waiting waiting =
          prompter.waiting(WAITING_MESSAGE, clock.instant().plus(callbackTimeout))) {
        code = loopback.awaitCode(callbackTimeout);
      }
      CreateTokenResponse response =
          call(
              "complete the login for " + session.describe(),
              () ->
                  oidc.createToken(
                      r ->
                          r.grantType(AUTHORIZATION_CODE_GRANT)
                              .clientId(client.clientId())
                              .clientSecret(client.clientSecret())
                              .code(code)
                              .redirectUri(loopback.redirectUri())
                              .codeVerifier(verifier)));
      return new Tokens(response, client);
    }
  }

  /** The {@code /authorize} page (docs/spec.md §4.2), its parameters in the AWS CLI's order. */
  static URI authorizeUri(
      String endpoint,
      String clientId,
      String redirectUri,
      String state,
      List<String> scopes,
      String challenge) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", clientId);
    query.put("redirect_uri", redirectUri);
    query.put("state", state);
    query.put("code_challenge_method", "S256");
    if (!scopes.isEmpty()) {
      query.put("scopes", String.join(" ", scopes));
    }
    query.put("code_challenge", challenge);
    StringBuilder url = new StringBuilder(stripTrailingSlash(endpoint)).append("/authorize");
    char separator = '?';
    for (Map.Entry<String, String> parameter : query.entrySet()) {
      url.append(separator)
          .append(parameter.getKey())
          .append('=')
          .append(
              URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
      separator = '&';
    }
    return URI.create(url.toString());
  }

  /** RFC 7636: 64 random bytes as unpadded base64url, 86 characters. */
  private static String codeVerifier() {
    byte[] bytes = new byte[64];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The S256 challenge: unpadded base64url of the verifier's SHA-256. */
  static String codeChallenge(String verifier) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK has no SHA-256", e);
    }
  }

  // ---- Device code --------------------------------------------------------------------------

  private Tokens deviceCodeLogin(
      SsoOidcClient oidc,
      String endpoint,
      SsoSessionRef session,
      LoginOptions options,
      Prompter prompter) {
    // Legacy: a bare registration, as the AWS CLI makes (no scopes, so no refresh token).
    List<String> scopes = session.legacy() ? List.of() : session.scopes();
    List<String> grantTypes =
        session.legacy() ? List.of() : List.of(DEVICE_CODE_GRANT, REFRESH_TOKEN_GRANT);
    RegistrationCache.Key key = new RegistrationCache.Key(session, scopes, grantTypes, endpoint);
    Supplier<Registration> register = () -> register(oidc, session, scopes, grantTypes, false);
    Registration client = registrations.get(key, register);
    StartDeviceAuthorizationResponse device;
    try {
      device = startDeviceAuthorization(oidc, session, client);
    } catch (InvalidClientException e) {
      // The service forgot the cached client (a restarted sandbox, a revoked registration).
      registrations.forget(key);
      client = registrations.get(key, register);
      device = startDeviceAuthorization(oidc, session, client);
    }
    showDeviceCode(device, options, prompter);
    Registration registered = client;
    String deviceCode = device.deviceCode();
    long interval =
        device.interval() == null || device.interval() <= 0
            ? DEFAULT_INTERVAL_SECONDS
            : device.interval();
    Duration lifetime =
        device.expiresIn() == null || device.expiresIn() <= 0
            ? DEFAULT_DEVICE_LIFETIME
            : Duration.ofSeconds(device.expiresIn());
    Instant deadline = clock.instant().plus(lifetime);
    try (Prompter.Waiting waiting = prompter.waiting(WAITING_MESSAGE, deadline)) {
      while (true) {
        try {
          CreateTokenResponse response =
              oidc.createToken(
                  r ->
                      r.grantType(DEVICE_CODE_GRANT)
                          .clientId(registered.clientId())
                          .clientSecret(registered.clientSecret())
                          .deviceCode(deviceCode));
          return new Tokens(response, registered);
        } catch (AuthorizationPendingException e) {
          // Not approved yet: poll again after the interval.
        } catch (SlowDownException e) {
          interval += SLOW_DOWN_SECONDS;
        } catch (ExpiredTokenException e) {
          throw deviceCodeExpired(lifetime);
        } catch (AccessDeniedException e) {
          throw UserFacingException.failure(
              "The login was denied in the browser.",
              "Start the login again and choose Allow, or ask your administrator for access.");
        } catch (SdkException e) {
          throw AwsErrors.translate(e, "complete the login for " + session.describe());
        }
        if (!clock.instant().isBefore(deadline)) {
          throw deviceCodeExpired(lifetime);
        }
        try {
          sleeper.sleep(Duration.ofSeconds(interval));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw UserFacingException.interrupted();
        }
      }
    }
  }

  private StartDeviceAuthorizationResponse startDeviceAuthorization(
      SsoOidcClient oidc, SsoSessionRef session, Registration client) {
    try {
      return oidc.startDeviceAuthorization(
          r ->
              r.clientId(client.clientId())
                  .clientSecret(client.clientSecret())
                  .startUrl(session.startUrl()));
    } catch (InvalidClientException e) {
      throw e;
    } catch (InvalidRequestException e) {
      throw unknownInstance(session, e);
    } catch (SdkException e) {
      throw AwsErrors.translate(e, "start the login for " + session.describe());
    }
  }

  /**
   * The service's InvalidRequestException for a start URL it does not know in this region: the
   * start URL or the region is wrong (it cannot say which), the commonest mistake of all. The error
   * names both values as typed and where each is found; anything else passes through.
   */
  private static UserFacingException unknownInstance(
      SsoSessionRef session, InvalidRequestException cause) {
    return UserFacingException.failure(
        Text.of("login.unknownInstance", session.startUrl(), session.region()),
        Text.of("login.unknownInstanceHint"),
        cause);
  }

  /** The AWS CLI's device-code screens, word for word. */
  private void showDeviceCode(
      StartDeviceAuthorizationResponse device, LoginOptions options, Prompter prompter) {
    Optional<URI> page = BrowserUris.openable(device.verificationUriComplete());
    if (page.isEmpty()) {
      warnNotOpened(device.verificationUriComplete(), prompter);
    }
    boolean opened =
        !options.noBrowser()
            && !headless()
            && browser.available()
            && page.isPresent()
            && browser.open(page.get());
    if (opened) {
      prompter.say(
          "Attempting to automatically open the SSO authorization page in your default browser.");
      prompter.say(
          "If the browser does not open or you wish to use a different device to authorize this"
              + " request, open the following URL:");
    } else {
      prompter.say("Browser will not be automatically opened.");
      prompter.say("Please visit the following URL:");
    }
    prompter.say("");
    prompter.say(device.verificationUri());
    prompter.say("");
    prompter.say("Then enter the code:");
    prompter.say("");
    prompter.say(device.userCode());
    if (!opened) {
      prompter.say("");
      prompter.say(
          "Alternatively, you may visit the following URL which will autofill the code upon"
              + " loading:");
      prompter.say(device.verificationUriComplete());
    }
  }

  /** The page is shown (terminal-safe, like every line said) but not handed to a browser. */
  private void warnNotOpened(String address, Prompter prompter) {
    prompter.warn(clients.messages().get("security.page-not-opened", address));
    prompter.warn(clients.messages().get("security.page-not-opened-hint"));
  }

  private static UserFacingException deviceCodeExpired(Duration lifetime) {
    return UserFacingException.failure(
        "The login code expired before it was approved.",
        "Start the login again and approve the code in the browser within "
            + Durations.words(lifetime)
            + ".");
  }

  // ---- Shared --------------------------------------------------------------------------------

  private Registration register(
      SsoOidcClient oidc,
      SsoSessionRef session,
      List<String> scopes,
      List<String> grantTypes,
      boolean pkce) {
    RegisterClientRequest.Builder request =
        RegisterClientRequest.builder().clientName(clientName(session)).clientType("public");
    if (!scopes.isEmpty()) {
      request.scopes(scopes);
    }
    if (!grantTypes.isEmpty()) {
      request.grantTypes(grantTypes);
    }
    if (pkce) {
      request.redirectUris(REGISTERED_REDIRECT_URI).issuerUrl(session.startUrl());
    }
    RegisterClientResponse response;
    try {
      response =
          call(
              "register sso-setup with IAM Identity Center in " + session.region(),
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
        response.clientId(), response.clientSecret(), expiresAt, scopes, grantTypes);
  }

  /** {@code sso-setup-<session>}, or {@code sso-setup-<epoch seconds>} for a legacy profile. */
  private String clientName(SsoSessionRef session) {
    return "sso-setup-"
        + (session.legacy() ? Long.toString(clock.instant().getEpochSecond()) : session.name());
  }

  /**
   * Whether no browser can be shown here: a Linux or BSD SSH session without a display (and no
   * {@code BROWSER} set to say otherwise).
   */
  boolean headless() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    boolean unixDesktopless = !os.startsWith("windows") && !os.startsWith("mac");
    boolean ssh =
        environment.variable("SSH_CONNECTION") != null || environment.variable("SSH_TTY") != null;
    boolean display =
        environment.variable("DISPLAY") != null || environment.variable("WAYLAND_DISPLAY") != null;
    return unixDesktopless && ssh && !display && environment.variable("BROWSER") == null;
  }

  /**
   * The OIDC endpoint the client calls, resolved as the SDK resolves it: an {@code
   * AWS_ENDPOINT_URL_SSO_OIDC}-style override when there is one, else the region's endpoint.
   */
  static String oidcEndpoint(SsoOidcClient oidc, String region) {
    SsoOidcServiceClientConfiguration configuration = oidc.serviceClientConfiguration();
    Optional<URI> override = configuration.endpointOverride();
    try {
      EndpointProvider provider = configuration.endpointProvider().orElse(null);
      SsoOidcEndpointProvider oidcProvider =
          provider instanceof SsoOidcEndpointProvider given
              ? given
              : SsoOidcEndpointProvider.defaultProvider();
      SsoOidcEndpointParams.Builder params =
          SsoOidcEndpointParams.builder().region(configuration.region());
      override.ifPresent(uri -> params.endpoint(uri.toString()));
      return stripTrailingSlash(
          oidcProvider.resolveEndpoint(params.build()).join().endpointUrl().toUri().toString());
    } catch (RuntimeException e) {
      return override
          .map(uri -> stripTrailingSlash(uri.toString()))
          .orElse("https://oidc." + region + ".amazonaws.com");
    }
  }

  private Instant expiry(CreateTokenResponse response) {
    int seconds = response.expiresIn() == null ? 0 : response.expiresIn();
    return clock.instant().plusSeconds(seconds);
  }

  private static <T> T call(String action, Supplier<T> call) {
    try {
      return call.get();
    } catch (SdkException e) {
      throw AwsErrors.translate(e, action);
    }
  }

  /** A failure in a few words: the service's error code, or the network cause. */
  private static String reason(SdkException e) {
    if (e instanceof AwsServiceException service
        && service.awsErrorDetails() != null
        && service.awsErrorDetails().errorCode() != null) {
      return service.awsErrorDetails().errorCode();
    }
    return AwsErrors.networkCause(e);
  }

  private static String stripTrailingSlash(String url) {
    String stripped = url;
    while (stripped.endsWith("/")) {
      stripped = stripped.substring(0, stripped.length() - 1);
    }
    return stripped;
  }
}
