package dev.ssosetup.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one handler of the HTTP server: reads the request, finds the service it is for, applies the
 * simulated latency, injected failures and the throttle, lets the service answer, writes the
 * response and records the request (without secrets).
 */
final class Router implements HttpHandler {
  private final List<Service> services;
  private final Switches switches;
  private final RequestLog log;
  private final Secrets secrets;
  private final Clock clock;

  Router(List<Service> services, Switches switches, RequestLog log, Secrets secrets) {
    this.services = List.copyOf(services);
    this.switches = switches;
    this.log = log;
    this.secrets = secrets;
    this.clock = switches.clock;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      Request request =
          new Request(
              secrets.requestId(),
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              exchange.getRequestURI().getRawQuery(),
              exchange.getRequestHeaders(),
              exchange.getRequestBody().readAllBytes());
      Service service = null;
      String operation = null;
      for (Service candidate : services) {
        operation = candidate.operation(request);
        if (operation != null) {
          service = candidate;
          break;
        }
      }
      switches.simulateLatency();
      Response response = answer(service, operation, request);
      response.header("x-amzn-RequestId", request.id());
      // Recorded before the client can see the answer, so a test reading the log after a call
      // always finds that call in it.
      log.add(record(service, operation, request, response));
      write(exchange, response);
    } finally {
      exchange.close();
    }
  }

  private Response answer(Service service, String operation, Request request) {
    if (service == null) {
      return Response.restJsonError(
          404,
          "UnknownOperationException",
          "sandbox",
          Map.of("message", "No such operation: " + request.method() + " " + request.path()));
    }
    Response injected = switches.failNow() ? service.internalError(request) : null;
    if (injected != null) {
      return injected;
    }
    Response throttled = service.tooManyRequests();
    if (throttled != null && !switches.throttle.tryAcquire()) {
      return throttled;
    }
    try {
      return service.handle(operation, request);
    } catch (HttpFailure failure) {
      return failure.response();
    } catch (RuntimeException e) {
      // A bug in the sandbox: answer as the service would answer its own failure, and name it.
      Response response = service.internalError(request);
      if (response == null) {
        response = Response.html(500, "Internal error");
      }
      return response.errorType(
          "SandboxBug:" + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static void write(HttpExchange exchange, Response response) throws IOException {
    response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    byte[] body = response.body();
    boolean noBody = body.length == 0 || exchange.getRequestMethod().equals("HEAD");
    // -1 means "no body" to HttpServer; 0 would mean a chunked body of unknown length.
    exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private RequestRecord record(
      Service service, String operation, Request request, Response response) {
    return new RequestRecord(
        clock.instant(),
        service == null ? "unknown" : service.name(),
        operation,
        request.method(),
        request.path(),
        secrets.redactQuery(request.rawQuery()),
        new ArrayList<>(request.headers().keySet()),
        response.status(),
        response.errorType());
  }
}
