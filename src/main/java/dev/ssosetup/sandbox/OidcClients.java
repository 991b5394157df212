package dev.ssosetup.sandbox;

import dev.ssosetup.common.Secret;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The OIDC clients registered with RegisterClient, each valid for 90 days as the real ones. */
final class OidcClients {
  static final String DEVICE_CODE = "urn:ietf:params:oauth:grant-type:device_code";
  static final String AUTHORIZATION_CODE = "authorization_code";
  static final String REFRESH_TOKEN = "refresh_token";
  static final Duration REGISTRATION_LIFETIME = Duration.ofDays(90);

  private final Map<String, Client> clients = new ConcurrentHashMap<>();
  private final Secrets secrets;
  private final Switches switches;

  OidcClients(Secrets secrets, Switches switches) {
    this.secrets = secrets;
    this.switches = switches;
  }

  Client register(
      String name,
      String type,
      List<String> scopes,
      List<String> grantTypes,
      List<String> redirectUris,
      String issuerUrl) {
    // Whole seconds: the wire carries epoch seconds, and the client's idea of expiry is that.
    Instant now = Instant.ofEpochSecond(switches.clock.instant().getEpochSecond());
    Client client =
        new Client(
            secrets.clientId(),
            Secret.of(secrets.clientSecret()),
            name,
            type,
            List.copyOf(scopes),
            List.copyOf(grantTypes),
            List.copyOf(redirectUris),
            issuerUrl,
            now,
            now.plus(REGISTRATION_LIFETIME));
    clients.put(client.id(), client);
    return client;
  }

  /** The client with this id, or null. */
  Client find(String clientId) {
    return clientId == null ? null : clients.get(clientId);
  }

  /** A registered client; its secret is a {@link Secret}, so {@link #toString()} shows none. */
  record Client(
      String id,
      Secret secret,
      String name,
      String type,
      List<String> scopes,
      List<String> grantTypes,
      List<String> redirectUris,
      String issuerUrl,
      Instant issuedAt,
      Instant expiresAt) {

    /**
     * Whether the client may use a grant: the registered ones, or for a client registered without
     * any, the device code grant (and refresh, with scopes), as the AWS CLI's device flow expects.
     */
    boolean allows(String grantType) {
      if (REFRESH_TOKEN.equals(grantType)) {
        return mayRefresh();
      }
      return grantTypes.isEmpty() ? DEVICE_CODE.equals(grantType) : grantTypes.contains(grantType);
    }

    /** Refresh tokens go only to clients registered with scopes or the refresh grant. */
    boolean mayRefresh() {
      return !scopes.isEmpty() || grantTypes.contains(REFRESH_TOKEN);
    }

    /**
     * Whether a redirect URI matches a registered one: same scheme, host and path, any port, as RFC
     * 8252 asks for loopback redirects.
     */
    boolean acceptsRedirect(URI redirect) {
      for (String registered : redirectUris) {
        URI uri = URI.create(registered);
        if (equalsIgnoringNull(uri.getScheme(), redirect.getScheme())
            && equalsIgnoringNull(uri.getHost(), redirect.getHost())
            && equalsIgnoringNull(uri.getPath(), redirect.getPath())) {
          return true;
        }
      }
      return false;
    }

    private static boolean equalsIgnoringNull(String a, String b) {
      return a == null ? b == null : a.equalsIgnoreCase(b);
    }

    @Override
    public String toString() {
      return "Client[" + id + " " + name + " " + grantTypes + " " + scopes + "]";
    }
  }
}
