package dev.ssosetup.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A local IAM Identity Center emulator: SSO-OIDC (with the authorize and device pages), the SSO
 * portal, STS GetCallerIdentity, S3 ListBuckets and the console sign-in federation endpoint, on one
 * port of 127.0.0.1, speaking the real wire protocols so the real AWS SDKs and the AWS CLI work
 * against it unchanged. The services share one base URL and are told apart by path, STS from S3
 * (both at {@code /}) by the service in the SigV4 credential scope. Thread-safe: every request runs
 * on its own pool thread, so simulated latency does not serialise concurrent requests.
 */
public final class Sandbox implements AutoCloseable {
  private static final byte[] LOOPBACK = {127, 0, 0, 1};

  static {
    // HttpServer writes a response's headers and body as two packets; without TCP_NODELAY, Nagle
    // and the client's delayed ACK add 40 ms to every keep-alive request. The JDK reads this
    // property once, when the first HttpServer of the JVM is made, so set it as early as we can.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final Fixture fixture;
  private final Switches switches;
  private final int requestedPort;
  private final Secrets secrets = new Secrets();
  private final Directory directory;
  private final DeviceGrants deviceGrants;
  private final RequestLog log;
  private final Router router;
  private final Browser browser;
  private HttpServer server;
  private ExecutorService executor;
  private volatile URI baseUri;

  private Sandbox(Builder builder) {
    this.fixture = builder.fixture;
    this.requestedPort = builder.port;
    this.switches =
        new Switches(
            builder.clock,
            builder.tokenLifetime,
            builder.refreshTokenLifetime,
            builder.credentialLifetime,
            builder.approval,
            builder.latency,
            builder.throttleRps,
            builder.failRate);
    this.switches.setSignedInUser(
        builder.signedInUser != null ? builder.signedInUser : fixture.signedInUser());
    this.switches.setProvisioningFailure(builder.provisioningFailure);
    this.directory = new Directory(fixture, secrets, switches.clock);
    requireUser(switches.signedInUser());
    this.deviceGrants = new DeviceGrants(secrets, switches);
    this.log = new RequestLog(builder.log);
    OidcClients clients = new OidcClients(secrets, switches);
    AuthorizationCodes codes = new AuthorizationCodes(secrets, switches);
    Sessions sessions = new Sessions(secrets, switches);
    CredentialStore credentials =
        new CredentialStore(secrets, switches.clock, switches.credentialLifetime);
    SigV4Verifier verifier = new SigV4Verifier(credentials, switches.clock);
    this.router =
        new Router(
            List.of(
                new OidcService(
                    fixture,
                    clients,
                    deviceGrants,
                    codes,
                    sessions,
                    this::oidcEndpoint,
                    switches::signedInUser,
                    switches.clock),
                new LoginPages(fixture, clients, deviceGrants, codes, switches),
                new PortalService(directory, sessions, credentials),
                new FederationService(credentials, secrets, switches.clock),
                // The admin APIs before STS and S3: all live at "/", told apart by X-Amz-Target
                // or, for IAM, by the service the request is signed for.
                new SsoAdminService(verifier, directory, switches),
                new IdentityStoreService(verifier, directory),
                new OrganizationsService(verifier, directory),
                new IamService(verifier, directory),
                // STS before S3: both live at "/", and STS takes only what is signed for it.
                new StsService(verifier),
                new S3Service(verifier, directory)),
            switches,
            log,
            secrets);
    this.browser = new Browser(secrets);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Binds 127.0.0.1 (only) and starts serving; returns this. */
  public synchronized Sandbox start() {
    if (server != null) {
      throw new IllegalStateException("The sandbox is already started");
    }
    InetSocketAddress address;
    try {
      address = new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), requestedPort);
      server = HttpServer.create(address, 256);
    } catch (BindException e) {
      throw new UncheckedIOException(
          "Cannot listen on 127.0.0.1:" + requestedPort + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    executor = Executors.newCachedThreadPool(daemonThreads());
    server.setExecutor(executor);
    server.createContext("/", router);
    server.start();
    baseUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    return this;
  }

  /** Stops serving at once and frees the port. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
  }

  public Fixture fixture() {
    return fixture;
  }

  /** The fixture's start URL, e.g. {@code https://d-9067a1b2c3.awsapps.com/start}. */
  public String startUrl() {
    return fixture.startUrl();
  }

  /** The fixture's Identity Center region. */
  public String region() {
    return fixture.region();
  }

  /** The port it listens on (after {@link #start()}). */
  public int port() {
    return baseUri().getPort();
  }

  public URI oidcEndpoint() {
    return baseUri();
  }

  public URI portalEndpoint() {
    return baseUri();
  }

  public URI stsEndpoint() {
    return baseUri();
  }

  public URI s3Endpoint() {
    return baseUri();
  }

  /** The base of the sign-in federation endpoint ({@code <base>/federation}). */
  public URI signinEndpoint() {
    return baseUri();
  }

  /**
   * The variables that point the AWS CLI and SDKs at this sandbox, in this order: {@code
   * AWS_ENDPOINT_URL_SSO_OIDC}, {@code _SSO}, {@code _STS}, {@code _S3}, then the administrator's
   * {@code _SSO_ADMIN}, {@code _IDENTITYSTORE}, {@code _ORGANIZATIONS}, {@code _IAM}, and {@code
   * _SIGNIN} (the console sign-in federation endpoint, which sso-setup's {@code console} reads).
   */
  public Map<String, String> endpointVariables() {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("AWS_ENDPOINT_URL_SSO_OIDC", oidcEndpoint().toString());
    variables.put("AWS_ENDPOINT_URL_SSO", portalEndpoint().toString());
    variables.put("AWS_ENDPOINT_URL_STS", stsEndpoint().toString());
    variables.put("AWS_ENDPOINT_URL_S3", s3Endpoint().toString());
    String admin = baseUri().toString();
    variables.put("AWS_ENDPOINT_URL_SSO_ADMIN", admin);
    variables.put("AWS_ENDPOINT_URL_IDENTITYSTORE", admin);
    variables.put("AWS_ENDPOINT_URL_ORGANIZATIONS", admin);
    variables.put("AWS_ENDPOINT_URL_IAM", admin);
    variables.put("AWS_ENDPOINT_URL_SIGNIN", signinEndpoint().toString());
    return variables;
  }

  /** The one URL every service of the sandbox answers at. */
  public URI endpoint() {
    return baseUri();
  }

  /**
   * Plays the browser: for an {@code /authorize} URL, loads it, clicks Approve if the page asks
   * ({@link Approval#DEVICE_PAGE}), and follows the redirect to the client's loopback address; for
   * a device verification URL with {@code user_code}, approves that code. Returns the final status
   * and URL, e.g. {@code 200 http://127.0.0.1:5123/oauth/callback?code=<redacted>&state=...} (in
   * DENY mode the redirect carries {@code error=access_denied}). Only 127.0.0.1 is ever visited.
   */
  public String approveInBrowser(URI url) {
    return browser.visit(Objects.requireNonNull(url, "url"));
  }

  /** Approves a device code's user code, as clicking Approve on the device page does. */
  public void approveUserCode(String userCode) {
    deviceGrants.approve(userCode);
  }

  /** The requests served so far, oldest first, without secret values. */
  public List<RequestRecord> requests() {
    return log.snapshot();
  }

  public void clearRequests() {
    log.clear();
  }

  public void setApproval(Approval approval) {
    switches.setApproval(approval);
  }

  /** Each request waits this long before it is answered, side by side; a change applies at once. */
  public void setLatency(Duration latency) {
    switches.setLatency(latency);
  }

  /** How many requests are waiting out the latency now (for tests of this package). */
  int requestsInLatency() {
    return switches.requestsInLatency();
  }

  /** Requests per second the portal serves before answering TooManyRequestsException; 0 = off. */
  public void setThrottleRps(double requestsPerSecond) {
    switches.throttle.setRate(requestsPerSecond);
  }

  /**
   * The share (0 to 1) of API requests answered with a 500 in the service's own format, drawn from
   * a fixed seed: which requests fail repeats from run to run.
   */
  public void setFailRate(double failRate) {
    switches.setFailRate(failRate);
  }

  /** The same, with the draws starting from this seed. */
  public void setFailRate(double failRate, long seed) {
    switches.setFailRate(failRate, seed);
  }

  /**
   * Who the next logins sign in as, whoever approves them (default the fixture's first user): the
   * administrator and a user of the team guide take turns in one sandbox.
   */
  public void signInAs(String user) {
    requireUser(user);
    switches.setSignedInUser(user);
  }

  /** Who logins sign in as now. */
  public String signedInUser() {
    return switches.signedInUser();
  }

  private void requireUser(String user) {
    if (user == null || directory.store().userByName(user) == null) {
      throw new IllegalArgumentException(
          "Cannot sign in as " + user + ": the identity store has no such user");
    }
  }

  /** How long CreateAccountAssignment and ProvisionPermissionSet stay IN_PROGRESS (0.3 s). */
  public void setProvisioningDelay(Duration delay) {
    switches.setProvisioningDelay(delay);
  }

  /**
   * Makes the provisioning requests made from now on end FAILED with this reason (null: they
   * succeed again), as the service reports a failure it found after accepting the request.
   */
  public void failProvisioning(String reason) {
    switches.setProvisioningFailure(reason);
  }

  /** Removes a role assignment; credentials issued before stay valid until they expire. */
  public void unassign(String user, String accountId, String roleName) {
    directory.unassign(user, accountId, roleName);
  }

  public void assign(String user, String accountId, String roleName) {
    directory.assign(user, accountId, roleName);
  }

  /**
   * Every secret it issued: access and refresh tokens, client secrets, authorization and device
   * codes, secret keys and session tokens, so that tests can check none appears in output.
   */
  public Set<String> issuedSecrets() {
    return secrets.issued();
  }

  private URI baseUri() {
    URI uri = baseUri;
    if (uri == null) {
      throw new IllegalStateException("The sandbox is not started: call start() first");
    }
    return uri;
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "sandbox-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Configures a sandbox; every setting has a default that suits tests. */
  public static final class Builder {
    private Fixture fixture;
    private Approval approval = Approval.AUTO;
    private Duration tokenLifetime = Duration.ofHours(1);
    private Duration refreshTokenLifetime = Duration.ofHours(8);
    private Duration credentialLifetime = Duration.ofHours(1);
    private Duration latency = Duration.ZERO;
    private double throttleRps;
    private double failRate;
    private Clock clock = Clock.systemUTC();
    private int port;
    private Consumer<RequestRecord> log = record -> {};
    private String signedInUser;
    private String provisioningFailure;

    private Builder() {}

    /** Who logins sign in as (default the fixture's first user); see {@link #signInAs}. */
    public Builder signInAs(String user) {
      this.signedInUser = Objects.requireNonNull(user, "user");
      return this;
    }

    /** The reason every provisioning request fails with (default none: they succeed). */
    public Builder failProvisioning(String reason) {
      this.provisioningFailure = reason;
      return this;
    }

    /** The organisation to serve (default {@link Fixture#small()}). */
    public Builder fixture(Fixture fixture) {
      this.fixture = Objects.requireNonNull(fixture, "fixture");
      return this;
    }

    /** How logins are approved (default {@link Approval#AUTO}). */
    public Builder approval(Approval approval) {
      this.approval = Objects.requireNonNull(approval, "approval");
      return this;
    }

    /** Lifetime of access tokens (default 1 hour). */
    public Builder tokenLifetime(Duration lifetime) {
      this.tokenLifetime = lifetime;
      return this;
    }

    /** Lifetime of a sign-in session, and so of its refresh tokens (default 8 hours). */
    public Builder refreshTokenLifetime(Duration lifetime) {
      this.refreshTokenLifetime = lifetime;
      return this;
    }

    /** Lifetime of role credentials (default 1 hour). */
    public Builder credentialLifetime(Duration lifetime) {
      this.credentialLifetime = lifetime;
      return this;
    }

    /** Delay added to every request (default none). */
    public Builder latency(Duration latency) {
      this.latency = latency;
      return this;
    }

    /** Portal requests per second before TooManyRequestsException (default 0 = unlimited). */
    public Builder throttleRps(double requestsPerSecond) {
      this.throttleRps = requestsPerSecond;
      return this;
    }

    /** Share of API requests (0 to 1) answered with a 500 (default 0). */
    public Builder failRate(double failRate) {
      this.failRate = failRate;
      return this;
    }

    /** The clock for every expiry and for SigV4's time check (default the system clock). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The port on 127.0.0.1 (default 0, a free port). */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /** Called with each request after it is answered (default none); must be thread-safe. */
    public Builder log(Consumer<RequestRecord> sink) {
      this.log = Objects.requireNonNull(sink, "sink");
      return this;
    }

    /** A sandbox with these settings, not yet started; invalid settings fail here. */
    public Sandbox build() {
      if (fixture == null) {
        fixture = Fixture.small();
      }
      return new Sandbox(this);
    }
  }
}
