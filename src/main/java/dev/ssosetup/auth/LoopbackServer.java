package dev.ssosetup.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ssosetup.common.UserFacingException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The PKCE redirect target: an HTTP server on 127.0.0.1 only that accepts exactly one {@code
 * /oauth/callback} carrying the login's {@code state}, answers the browser with a short page, and
 * hands the authorization code (or the error) to the waiting login. A callback with another state
 * is refused and the server keeps waiting.
 */
final class LoopbackServer implements AutoCloseable {
  static final String CALLBACK_PATH = "/oauth/callback";
  private static final byte[] LOOPBACK = {127, 0, 0, 1};

  private final HttpServer server;
  private final ExecutorService executor;
  private final String state;
  private final AtomicBoolean answered = new AtomicBoolean();
  private final CompletableFuture<String> code = new CompletableFuture<>();

  private LoopbackServer(HttpServer server, ExecutorService executor, String state) {
    this.server = server;
    this.executor = executor;
    this.state = state;
  }

  /** Listens on 127.0.0.1:port (0: any free port). */
  static LoopbackServer start(int port, String state) {
    HttpServer server;
    try {
      server =
          HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), port), 8);
    } catch (BindException e) {
      throw UserFacingException.failure(
          "Cannot listen on 127.0.0.1:" + port + " for the browser's redirect: " + e.getMessage(),
          "Choose a free port with --redirect-port, or leave it out to use any free port.",
          e);
    } catch (IOException e) {
      throw UserFacingException.failure(
          "Cannot listen on 127.0.0.1 for the browser's redirect: " + e.getMessage(),
          "Use --use-device-code to log in without a redirect.",
          e);
    }
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "sso-setup-loopback");
              thread.setDaemon(true);
              return thread;
            });
    LoopbackServer loopback = new LoopbackServer(server, executor, state);
    server.setExecutor(executor);
    server.createContext("/", loopback::handle);
    server.start();
    return loopback;
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:<port>/oauth/callback}. */
  String redirectUri() {
    return "http://127.0.0.1:" + port() + CALLBACK_PATH;
  }

  /**
   * The authorization code, once the browser brings it back; a failure (exit 1) when the login was
   * refused in the browser or no answer came within the timeout.
   */
  String awaitCode(Duration timeout) {
    try {
      return code.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw UserFacingException.failure(
          "No answer came from the browser within " + Durations.words(timeout) + "; gave up.",
          "Run the login again and approve it in the browser, or use --use-device-code.");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UserFacingException userFacing) {
        throw userFacing;
      }
      throw new IllegalStateException("The redirect handler failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw UserFacingException.interrupted();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!exchange.getRequestURI().getRawPath().equals(CALLBACK_PATH)) {
        respond(exchange, 404, "Not found", "This address only receives the sign-in redirect.");
        return;
      }
      if (!method.equals("GET")) {
        respond(exchange, 405, "Not allowed", "Only the browser's redirect is accepted here.");
        return;
      }
      Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
      if (!state.equals(query.get("state"))) {
        respond(
            exchange,
            400,
            "Sign-in not accepted",
            "This response does not belong to the login waiting in your terminal. Start the login"
                + " again from the terminal.");
        return;
      }
      if (!answered.compareAndSet(false, true)) {
        respond(
            exchange,
            400,
            "Sign-in already complete",
            "This login has already been answered. Return to the terminal.");
        return;
      }
      String error = query.get("error");
      String authorizationCode = query.get("code");
      if (error == null && authorizationCode != null && !authorizationCode.isEmpty()) {
        respond(
            exchange,
            200,
            "Sign-in complete",
            "sso-setup has your approval. Return to the terminal; you may close this tab.");
        code.complete(authorizationCode);
        return;
      }
      String reason = error == null ? "invalid_response" : error;
      String description = query.get("error_description");
      respond(
          exchange,
          200,
          "Sign-in not completed",
          "The sign-in ended with " + reason + ". Return to the terminal.");
      code.completeExceptionally(denied(reason, description));
    }
  }

  private static UserFacingException denied(String error, String description) {
    String detail =
        description == null || description.isBlank() ? "" : " (" + clip(description) + ")";
    if (error.equals("access_denied")) {
      return UserFacingException.failure(
          "The login was denied in the browser" + detail + ".",
          "Run the login again and choose Allow, or ask your administrator for access.");
    }
    return UserFacingException.failure(
        "The browser returned the error " + clip(error) + detail + " instead of a login.",
        "Run the login again; if it persists, try --use-device-code.");
  }

  private static String clip(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
  }

  private static void respond(HttpExchange exchange, int status, String title, String message)
      throws IOException {
    String html =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
            + title
            + "</title></head><body style=\"font-family:sans-serif;margin:3em\"><h1>"
            + title
            + "</h1><p>"
            + message
            + "</p></body></html>";
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static Map<String, String> parse(String rawQuery) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return parameters;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        parameters.putIfAbsent(
            URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        // A malformed escape: the parameter is ignored.
      }
    }
    return parameters;
  }
}
