package dev.ssosetup.credentials;

import dev.ssosetup.auth.RoleCredentials;
import dev.ssosetup.common.Environment;
import dev.ssosetup.common.Json;
import dev.ssosetup.credentials.CredentialsException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A sign-in link to the AWS console for a role, made through the AWS sign-in federation endpoint:
 * the role's session ({@code sessionId}, {@code sessionKey}, {@code sessionToken}) is exchanged for
 * a sign-in token with {@code Action=getSigninToken}, and the link is {@code Action=login} with the
 * token, an {@code Issuer} (the AWS access portal) and the {@code Destination} console page. The
 * endpoint is the partition's sign-in host for Identity Center's region, unless {@code
 * AWS_ENDPOINT_URL_SIGNIN} (or {@code AWS_ENDPOINT_URL}, or their system properties) names another,
 * as for the SDK's own clients. The session goes in a POST body, never in a URL; the link itself is
 * a credential, so the debug log shows neither.
 */
public final class ConsoleLink {
  /** A service name for {@code --destination}: {@code s3}, {@code ec2}, {@code dynamodbv2}. */
  private static final Pattern SERVICE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,62}");

  /** What a sign-in token may hold (the real ones are long and URL-safe). */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9+/=_.:~-]{1,8192}");

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

  private final Environment environment;
  private final PrintWriter debugLog;

  /**
   * @param debugLog where {@code --debug} lines go (without any secret), or null
   */
  public ConsoleLink(Environment environment, PrintWriter debugLog) {
    this.environment = environment;
    this.debugLog = debugLog;
  }

  /** Where a link signs in to and what it opens, checked before any call is made. */
  public record Plan(URI endpoint, String issuer, URI destination) {}

  /**
   * Checks what a link needs, with no network call: the partition of Identity Center's region, the
   * console page, the federation endpoint.
   *
   * @param destination a service name, an https console URL of the partition, or null for the
   *     console home in the profile's region
   * @throws CredentialsException for a destination, region or endpoint that cannot be used
   */
  public Plan plan(RoleTarget target, String destination) {
    String ssoRegion = target.session().region();
    Partition partition = Partition.of(ssoRegion);
    URI page = destination(partition, consoleRegion(partition, target), destination);
    return new Plan(endpoint(partition, ssoRegion), target.session().startUrl(), page);
  }

  /**
   * The sign-in link for the role's credentials: a sign-in token for them from the federation
   * endpoint, in an {@code Action=login} link.
   *
   * @throws CredentialsException when the federation endpoint refuses or cannot be reached
   */
  public URI create(Plan plan, RoleCredentials credentials) {
    String token = signinToken(plan.endpoint(), credentials);
    Map<String, String> login = new LinkedHashMap<>();
    login.put("Action", "login");
    login.put("Issuer", plan.issuer());
    login.put("Destination", plan.destination().toString());
    login.put("SigninToken", token);
    return URI.create(plan.endpoint() + "?" + form(login));
  }

  /** The region of the console page: the profile's, when it is in Identity Center's partition. */
  private static String consoleRegion(Partition partition, RoleTarget target) {
    String region = target.workRegion();
    try {
      return Partition.of(region) == partition ? region : target.session().region();
    } catch (CredentialsException malformed) {
      throw new CredentialsException(Problem.UNSUPPORTED_REGION, region, null);
    }
  }

  /**
   * The console page to open: a service's home in the region ({@code s3}), a console URL of the
   * partition as given, or the console home.
   */
  static URI destination(Partition partition, String region, String option) {
    String host = partition.consoleHost(region);
    if (option == null || option.isEmpty()) {
      return URI.create("https://" + host + "/console/home?region=" + region);
    }
    if (SERVICE.matcher(option).matches()) {
      String service = option.toLowerCase(Locale.ROOT);
      return URI.create("https://" + host + "/" + service + "/home?region=" + region);
    }
    try {
      URI uri = new URI(option);
      if ("https".equalsIgnoreCase(uri.getScheme())
          && uri.getHost() != null
          && uri.getRawUserInfo() == null
          && (uri.getPort() == -1 || uri.getPort() == 443)
          && partition.isConsoleHost(uri.getHost())) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // Reported below.
    }
    throw new CredentialsException(Problem.INVALID_DESTINATION, option, null);
  }

  /**
   * The federation endpoint: {@code AWS_ENDPOINT_URL_SIGNIN}, else {@code AWS_ENDPOINT_URL} (each
   * after its system property, {@code aws.endpointUrlSignin} and {@code aws.endpointUrl}), unless
   * {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS} is true; else the partition's sign-in host for the
   * region. An override must be https, or http on this machine only.
   */
  URI endpoint(Partition partition, String region) {
    String override = null;
    if (!"true"
        .equalsIgnoreCase(
            setting("aws.ignoreConfiguredEndpointUrls", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"))) {
      override = setting("aws.endpointUrlSignin", "AWS_ENDPOINT_URL_SIGNIN");
      if (override == null) {
        override = setting("aws.endpointUrl", "AWS_ENDPOINT_URL");
      }
    }
    if (override == null) {
      return URI.create("https://" + partition.signinHost(region) + "/federation");
    }
    try {
      URI base = new URI(override.strip());
      String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
      boolean local = "http".equals(scheme) && loopback(base.getHost());
      if (base.getHost() == null
          || base.getRawUserInfo() != null
          || base.getRawQuery() != null
          || base.getRawFragment() != null
          || !("https".equals(scheme) || local)) {
        throw new CredentialsException(Problem.INVALID_ENDPOINT, override, null);
      }
      String path = base.getRawPath() == null ? "" : base.getRawPath();
      while (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      if (!path.endsWith("/federation")) {
        path += "/federation";
      }
      return new URI(scheme, null, base.getHost(), base.getPort(), null, null, null).resolve(path);
    } catch (URISyntaxException e) {
      throw new CredentialsException(Problem.INVALID_ENDPOINT, override, e);
    }
  }

  /** {@code Action=getSigninToken} with the session in a form body; the token it answers. */
  private String signinToken(URI endpoint, RoleCredentials credentials) {
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("sessionId", credentials.accessKeyId());
    session.put("sessionKey", credentials.secretAccessKey().reveal());
    session.put("sessionToken", credentials.sessionToken().reveal());
    Map<String, String> request = new LinkedHashMap<>();
    request.put("Action", "getSigninToken");
    request.put("Session", Json.write(session));
    byte[] body = form(request).getBytes(StandardCharsets.UTF_8);
    debug("[debug] > POST " + endpoint + " Action=getSigninToken Session=<redacted>");
    long started = System.nanoTime();
    try {
      HttpURLConnection connection = (HttpURLConnection) endpoint.toURL().openConnection();
      try {
        connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
        connection.setReadTimeout((int) READ_TIMEOUT.toMillis());
        connection.setInstanceFollowRedirects(false);
        connection.setUseCaches(false);
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        connection.setRequestProperty("Accept", "application/json");
        try (OutputStream out = connection.getOutputStream()) {
          out.write(body);
        }
        int status = connection.getResponseCode();
        debug(
            "[debug] < "
                + status
                + " ("
                + Duration.ofNanos(System.nanoTime() - started).toMillis()
                + " ms) POST "
                + endpoint.getRawPath());
        if (status != 200) {
          throw new CredentialsException(Problem.SIGNIN_REFUSED, "HTTP " + status, null);
        }
        return token(connection);
      } finally {
        connection.disconnect();
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new CredentialsException(Problem.SIGNIN_UNREACHABLE, describe(e), e);
    }
  }

  /** The {@code SigninToken} of the answer, checked to be a token and nothing else. */
  private static String token(HttpURLConnection connection) throws IOException {
    String text;
    try (InputStream in = connection.getInputStream()) {
      text = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
    }
    Object token;
    try {
      token = Json.parseObject(text).get("SigninToken");
    } catch (IllegalArgumentException e) {
      token = null;
    }
    if (!(token instanceof String value) || !TOKEN.matcher(value).matches()) {
      throw new CredentialsException(Problem.BAD_ANSWER, "SigninToken", null);
    }
    return value;
  }

  private String setting(String property, String variable) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = environment.variable(variable);
    }
    return value == null || value.isBlank() ? null : value;
  }

  private static boolean loopback(String host) {
    return host != null
        && (host.equals("127.0.0.1")
            || host.equals("localhost")
            || host.equals("[::1]")
            || host.equals("::1"));
  }

  /** {@code name=value&...}, form-encoded. */
  private static String form(Map<String, String> parameters) {
    StringBuilder out = new StringBuilder();
    parameters.forEach(
        (name, value) -> {
          if (out.length() > 0) {
            out.append('&');
          }
          out.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
    return out.toString();
  }

  private void debug(String line) {
    if (debugLog != null) {
      synchronized (debugLog) {
        debugLog.println(line);
        debugLog.flush();
      }
    }
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + message;
  }
}
