package dev.ssosetup.testkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A test's loopback redirect target on 127.0.0.1 ({@code /oauth/callback}, any free port), as a
 * PKCE client listens for the authorization code; it keeps the query of the first callback.
 */
public final class LoopbackCallback implements AutoCloseable {
  private final HttpServer server;
  private final CompletableFuture<Map<String, String>> callback = new CompletableFuture<>();

  private LoopbackCallback() {
    try {
      server =
          HttpServer.create(
              new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/oauth/callback",
        exchange -> {
          callback.complete(parse(exchange.getRequestURI().getRawQuery()));
          byte[] body = "Return to the terminal.".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  public static LoopbackCallback start() {
    return new LoopbackCallback();
  }

  /** {@code http://127.0.0.1:<port>/oauth/callback}. */
  public String redirectUri() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth/callback";
  }

  /** The query parameters of the first callback, waiting for it up to the timeout. */
  public Map<String, String> await(Duration timeout) {
    try {
      return callback.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("No callback arrived at " + redirectUri(), e);
    }
  }

  public boolean received() {
    return callback.isDone();
  }

  /** The authorize URL of docs/spec.md §4.2 for a client, this redirect URI and a challenge. */
  public URI authorizeUrl(URI oidcEndpoint, String clientId, String state, String challenge) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", clientId);
    query.put("redirect_uri", redirectUri());
    query.put("state", state);
    query.put("code_challenge_method", "S256");
    query.put("scopes", "sso:account:access");
    query.put("code_challenge", challenge);
    StringBuilder url = new StringBuilder(oidcEndpoint + "/authorize?");
    query.forEach(
        (name, value) ->
            url.append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"))
                .append('&'));
    return URI.create(url.substring(0, url.length() - 1));
  }

  private static Map<String, String> parse(String rawQuery) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        parameters.put(
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return parameters;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
