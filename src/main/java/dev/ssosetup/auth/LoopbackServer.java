package dev.ssosetup.auth;

import dev.ssosetup.common.Messages;
import dev.ssosetup.common.TerminalText;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The PKCE redirect target: an HTTP server on 127.0.0.1 only that accepts exactly one {@code
 * /oauth/callback} carrying the login's {@code state}, answers the browser with a short page, and
 * hands the authorization code (or the error) to the waiting login. A callback with another state
 * is refused and the server keeps waiting.
 *
 * <p>Every connection is served on its own thread, reads with a timeout and must send its request
 * within a limit, so an idle connection (a browser's preconnect, another local process) cannot hold
 * up the real redirect; a few connections at once are served, more are closed at once. Requests are
 * small (one line and headers, 16 KiB at most), answered with {@code Connection: close}.
 */
final class LoopbackServer implements AutoCloseable {
  static final String CALLBACK_PATH = "/oauth/callback";

  /** How long a connection may stay silent, and how long it may take to send its request. */
  static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

  private static final int MAX_CONNECTIONS = 16;
  private static final int MAX_REQUEST_BYTES = 16 * 1024;
  private static final byte[] LOOPBACK = {127, 0, 0, 1};

  /** How long close() waits for the accepting thread to let go of the port. */
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

  /** The language of the pages the browser shows. */
  private final Messages pages;

  private final ServerSocket socket;
  private volatile Thread acceptor;
  private final String state;
  private final Duration readTimeout;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean answered = new AtomicBoolean();
  private final CompletableFuture<String> code = new CompletableFuture<>();

  private LoopbackServer(ServerSocket socket, String state, Duration readTimeout, Messages pages) {
    this.pages = pages;
    this.socket = socket;
    this.state = state;
    this.readTimeout = readTimeout;
  }

  /** Listens on 127.0.0.1:port (0: any free port). */
  static LoopbackServer start(int port, String state) {
    return start(port, state, READ_TIMEOUT, Messages.english());
  }

  /** The same, its pages in the language of {@code pages}. */
  static LoopbackServer start(int port, String state, Messages pages) {
    return start(port, state, READ_TIMEOUT, pages);
  }

  /** The same with another read timeout (tests). */
  static LoopbackServer start(int port, String state, Duration readTimeout) {
    return start(port, state, readTimeout, Messages.english());
  }

  private static LoopbackServer start(
      int port, String state, Duration readTimeout, Messages pages) {
    ServerSocket socket;
    try {
      socket = new ServerSocket(port, 50, InetAddress.getByAddress(LOOPBACK));
    } catch (BindException e) {
      throw UserFacingException.failure(
          Text.of("auth.loopback.portBusy", port, e.getMessage()),
          Text.of("auth.loopback.portBusy.hint"),
          e);
    } catch (IOException e) {
      throw UserFacingException.failure(
          Text.of("auth.loopback.cannotListen", e.getMessage()),
          Text.of("auth.loopback.cannotListen.hint"),
          e);
    }
    LoopbackServer loopback = new LoopbackServer(socket, state, readTimeout, pages);
    loopback.acceptor = daemon(loopback::accept, "sso-setup-loopback");
    loopback.acceptor.start();
    return loopback;
  }

  int port() {
    return socket.getLocalPort();
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
          Text.of("auth.loopback.noAnswer", Durations.words(timeout)),
          Text.of("auth.loopback.noAnswer.hint"));
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
    closeQuietly(socket);
    open.forEach(LoopbackServer::closeQuietly);
    // A thread blocked in accept() keeps the listening socket bound until it wakes: wait for it,
    // so the port is free once close() returns (a second login may want the same port).
    Thread thread = acceptor;
    if (thread != null && thread != Thread.currentThread()) {
      try {
        thread.join(CLOSE_WAIT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void accept() {
    while (!socket.isClosed()) {
      Socket connection;
      try {
        connection = socket.accept();
      } catch (IOException e) {
        return;
      }
      if (open.size() >= MAX_CONNECTIONS) {
        closeQuietly(connection);
        continue;
      }
      open.add(connection);
      daemon(() -> serve(connection), "sso-setup-loopback-connection").start();
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      connection.setSoTimeout((int) Math.max(1, readTimeout.toMillis()));
      String target = readRequest(connection.getInputStream());
      if (target != null) {
        handle(target, connection.getOutputStream());
      }
    } catch (IOException e) {
      // A client that went away or said nothing in time: nothing to answer.
    } finally {
      open.remove(connection);
    }
  }

  /**
   * Reads the request line and headers within the time limit; returns {@code METHOD target}, or
   * null for a connection that closed, stalled or sent too much.
   */
  private String readRequest(InputStream in) throws IOException {
    long deadline = System.nanoTime() + readTimeout.toNanos();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int ends = 0;
    try {
      while (ends < 2) {
        int b = in.read();
        if (b < 0 || head.size() >= MAX_REQUEST_BYTES || System.nanoTime() > deadline) {
          return null;
        }
        if (b == '\n') {
          ends++;
        } else if (b != '\r') {
          ends = 0;
        }
        head.write(b);
      }
    } catch (SocketTimeoutException e) {
      return null;
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    int lineEnd = text.indexOf('\n');
    String[] requestLine = text.substring(0, lineEnd).strip().split(" ");
    return requestLine.length < 2 ? null : requestLine[0] + " " + requestLine[1];
  }

  private void handle(String request, OutputStream out) throws IOException {
    int space = request.indexOf(' ');
    String method = request.substring(0, space);
    URI target;
    try {
      target = new URI(request.substring(space + 1));
    } catch (URISyntaxException e) {
      respond(out, 400, "badRequest", Text.of("auth.page.onlyRedirect"));
      return;
    }
    if (!CALLBACK_PATH.equals(target.getRawPath())) {
      respond(out, 404, "notFound", Text.of("auth.page.onlyRedirect"));
      return;
    }
    if (!method.equals("GET")) {
      respond(out, 405, "notAllowed", Text.of("auth.page.onlyBrowser"));
      return;
    }
    Map<String, String> query = parse(target.getRawQuery());
    if (!state.equals(query.get("state"))) {
      respond(out, 400, "notAccepted", Text.of("auth.page.notAccepted"));
      return;
    }
    if (!answered.compareAndSet(false, true)) {
      respond(out, 400, "already", Text.of("auth.page.already"));
      return;
    }
    String error = query.get("error");
    String authorizationCode = query.get("code");
    if (error == null && authorizationCode != null && !authorizationCode.isEmpty()) {
      respond(out, 200, "complete", Text.of("auth.page.complete"));
      code.complete(authorizationCode);
      return;
    }
    String reason = error == null ? "invalid_response" : error;
    respond(out, 200, "notCompleted", Text.of("auth.page.notCompleted", clip(reason)));
    code.completeExceptionally(denied(reason, query.get("error_description")));
  }

  private static UserFacingException denied(String error, String description) {
    String detail =
        description == null || description.isBlank() ? "" : " (" + clip(description) + ")";
    if (error.equals("access_denied")) {
      return UserFacingException.failure(
          Text.of("auth.deniedWithDetail", detail), Text.of("auth.denied.hint.redirect"));
    }
    return UserFacingException.failure(
        Text.of("auth.browserError", clip(error), detail), Text.of("auth.browserError.hint"));
  }

  /** Whatever the redirect carried, as one short terminal-safe line. */
  private static String clip(String text) {
    String oneLine = TerminalText.safe(text.replaceAll("[ \\t\\r\\n]+", " ").strip());
    return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
  }

  /** The page, every text in it escaped as HTML: the error comes from whoever made the redirect. */
  private void respond(OutputStream out, int status, String page, Text text) throws IOException {
    String title = pages.get("auth.page." + page + ".title");
    String message = text.in(pages);
    String html =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
            + html(title)
            + "</title></head><body style=\"font-family:sans-serif;margin:3em\"><h1>"
            + html(title)
            + "</h1><p>"
            + html(message)
            + "</p></body></html>";
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 "
            + status
            + " "
            + (status == 200 ? "OK" : "Error")
            + "\r\nContent-Type: text/html; charset=utf-8"
            + "\r\nContent-Length: "
            + body.length
            + "\r\nCache-Control: no-store"
            + "\r\nReferrer-Policy: no-referrer"
            + "\r\nX-Content-Type-Options: nosniff"
            + "\r\nContent-Security-Policy: default-src 'none'; style-src 'unsafe-inline'"
            + "\r\nConnection: close\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  static String html(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
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

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }

  private static void closeQuietly(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException e) {
      // Closing anyway.
    }
  }
}
