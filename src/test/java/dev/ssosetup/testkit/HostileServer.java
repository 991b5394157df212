package dev.ssosetup.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A small hostile HTTP server on 127.0.0.1 for tests: a compromised endpoint, or one that {@code
 * AWS_ENDPOINT_URL_*} points at by mistake. Each request is answered by the behaviour for its path
 * (by default the one for every path): a canned answer with any status, headers and body, no answer
 * at all (the connection stays open), or an answer trickled one byte at a time, slowly enough that
 * no read ever times out. Every connection is served on its own thread and closed with the server.
 */
public final class HostileServer implements AutoCloseable {
  /** How the server answers one request. */
  @FunctionalInterface
  public interface Behaviour {
    void answer(Request request, OutputStream out) throws IOException, InterruptedException;
  }

  /** A request as the server read it. */
  public record Request(String method, String path, Map<String, String> headers, String body) {
    /** {@code POST /client/register}. */
    public String line() {
      return method + " " + path;
    }
  }

  private final ServerSocket socket;
  private final Map<String, Behaviour> byPath = new LinkedHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile Behaviour fallback;

  private HostileServer(Behaviour fallback) {
    this.fallback = fallback;
    try {
      socket = new ServerSocket(0, 50, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::accept, "hostile-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A server answering every request with this behaviour. */
  public static HostileServer start(Behaviour everyRequest) {
    return new HostileServer(everyRequest);
  }

  /**
   * Answers requests for this path (without the query), or for {@code METHOD path} (STS and S3
   * share {@code /}), with another behaviour.
   */
  public synchronized HostileServer on(String path, Behaviour behaviour) {
    byPath.put(path, behaviour);
    return this;
  }

  /** {@code http://127.0.0.1:<port>}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort());
  }

  /** The host and port, as error messages name it. */
  public String hostAndPort() {
    return "127.0.0.1:" + socket.getLocalPort();
  }

  /** The requests read so far, oldest first. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    closed.countDown();
    try {
      socket.close();
    } catch (IOException e) {
      // Closing anyway.
    }
    for (Socket connection : connections) {
      try {
        connection.close();
      } catch (IOException e) {
        // Closing anyway.
      }
    }
  }

  // ---- Behaviours --------------------------------------------------------------------------

  /** A complete answer: status, headers, body (with its Content-Length). */
  public static Behaviour answer(int status, Map<String, String> headers, String body) {
    return (request, out) -> out.write(response(status, headers, body));
  }

  /** A JSON answer with status 200. */
  public static Behaviour json(String body) {
    return answer(200, Map.of("Content-Type", "application/json"), body);
  }

  /** A rest-json error: the exception in {@code x-amzn-ErrorType}, and a JSON body. */
  public static Behaviour restJsonError(int status, String exception, String body) {
    return answer(
        status, Map.of("Content-Type", "application/json", "x-amzn-ErrorType", exception), body);
  }

  /** Reads the request and never answers; the connection stays open until the server closes. */
  public static Behaviour neverAnswer() {
    return (request, out) -> Thread.sleep(Long.MAX_VALUE);
  }

  /**
   * Sends a valid answer one byte at a time with this pause between bytes, and never finishes: the
   * status line, then headers without end. Each byte arrives well within any read timeout.
   */
  public static Behaviour trickle(Duration pause) {
    return (request, out) -> {
      byte[] start = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n".getBytes();
      for (int i = 0; ; i++) {
        out.write(i < start.length ? start[i] : 'x');
        if (i >= start.length && i % 40 == 39) {
          out.write(new byte[] {':', ' ', 'y', '\r', '\n'});
        }
        out.flush();
        Thread.sleep(pause.toMillis());
      }
    };
  }

  // ---- Serving -----------------------------------------------------------------------------

  private void accept() {
    while (closed.getCount() > 0) {
      try {
        Socket connection = socket.accept();
        connections.add(connection);
        Thread thread = new Thread(() -> serve(connection), "hostile-server-connection");
        thread.setDaemon(true);
        thread.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      InputStream in = connection.getInputStream();
      OutputStream out = connection.getOutputStream();
      while (closed.getCount() > 0) {
        Request request = read(in);
        if (request == null) {
          return;
        }
        requests.add(request);
        behaviourFor(request).answer(request, out);
        out.flush();
      }
    } catch (IOException e) {
      // The client went away.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized Behaviour behaviourFor(Request request) {
    Behaviour exact = byPath.get(request.line());
    return exact != null ? exact : byPath.getOrDefault(request.path(), fallback);
  }

  private static Request read(InputStream in) throws IOException {
    String requestLine = line(in);
    if (requestLine == null || requestLine.isEmpty()) {
      return null;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
      int colon = header.indexOf(':');
      if (colon > 0) {
        headers.put(
            header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            header.substring(colon + 1).strip());
      }
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    byte[] body = in.readNBytes(length);
    String[] parts = requestLine.split(" ");
    String target = parts.length > 1 ? parts[1] : "/";
    int query = target.indexOf('?');
    String path = query < 0 ? target : target.substring(0, query);
    return new Request(parts[0], path, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }

  private static byte[] response(int status, Map<String, String> headers, String body) {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    lines.add("HTTP/1.1 " + status + " " + (status < 400 ? "OK" : "Error"));
    headers.forEach((name, value) -> lines.add(name + ": " + value));
    lines.add("Content-Length: " + content.length);
    StringBuilder head = new StringBuilder();
    for (String line : lines) {
      head.append(line).append("\r\n");
    }
    head.append("\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[headBytes.length + content.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(content, 0, all, headBytes.length, content.length);
    return all;
  }
}
