package dev.ssosetup.aws;

import dev.ssosetup.common.TerminalText;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The --debug wire log: one line per request and per response, with header names and the values of
 * harmless headers. Bodies are never logged, and the values of headers that carry credentials or
 * tokens are replaced, so no secret can reach the log.
 */
public final class WireLog implements ExecutionInterceptor {
  private static final Set<String> SECRET_HEADERS =
      Set.of(
          "authorization",
          "x-amz-security-token",
          "x-amz-sso_bearer_token",
          "cookie",
          "set-cookie",
          "proxy-authorization");
  private static final Set<String> SHOWN_RESPONSE_HEADERS =
      Set.of("x-amzn-errortype", "x-amzn-requestid", "x-amz-request-id", "retry-after");
  private static final Set<String> SECRET_QUERY_PARAMETERS =
      Set.of("x-amz-security-token", "x-amz-signature", "x-amz-credential", "code", "state");
  private static final ExecutionAttribute<Long> STARTED =
      new ExecutionAttribute<>("sso-setup.wire-log.started");

  private final PrintWriter err;

  public WireLog(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void beforeTransmission(
      Context.BeforeTransmission context, ExecutionAttributes attributes) {
    attributes.putAttribute(STARTED, System.nanoTime());
    SdkHttpRequest request = context.httpRequest();
    StringBuilder line = new StringBuilder("[debug] > ");
    line.append(request.method()).append(' ').append(safeUri(request));
    line.append(" headers: ").append(headers(request.headers(), null));
    print(line.toString());
  }

  @Override
  public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
    SdkHttpResponse response = context.httpResponse();
    Long started = attributes.getAttribute(STARTED);
    long millis = started == null ? -1 : Duration.ofNanos(System.nanoTime() - started).toMillis();
    String line =
        "[debug] < "
            + response.statusCode()
            + " ("
            + millis
            + " ms) "
            + context.httpRequest().method()
            + ' '
            + context.httpRequest().encodedPath()
            + " "
            + headers(response.headers(), SHOWN_RESPONSE_HEADERS);
    print(line);
  }

  private void print(String line) {
    synchronized (err) {
      err.println(TerminalText.safe(line));
      err.flush();
    }
  }

  private static String safeUri(SdkHttpRequest request) {
    StringBuilder uri = new StringBuilder();
    uri.append(request.protocol()).append("://").append(request.host());
    if (request.port() > 0 && request.port() != 443 && request.port() != 80) {
      uri.append(':').append(request.port());
    }
    uri.append(request.encodedPath());
    Map<String, List<String>> query = new TreeMap<>(request.rawQueryParameters());
    if (!query.isEmpty()) {
      StringBuilder params = new StringBuilder();
      query.forEach(
          (name, values) -> {
            for (String value : values) {
              params.append(params.length() == 0 ? '?' : '&').append(name).append('=');
              params.append(
                  SECRET_QUERY_PARAMETERS.contains(name.toLowerCase()) ? "<redacted>" : value);
            }
          });
      uri.append(params);
    }
    return uri.toString();
  }

  /** Header names, with values only for those in {@code shown} (null: all but secret ones). */
  private static String headers(Map<String, List<String>> headers, Set<String> shown) {
    StringBuilder text = new StringBuilder("{");
    new TreeMap<>(headers)
        .forEach(
            (name, values) -> {
              String lower = name.toLowerCase();
              if (shown != null && !shown.contains(lower)) {
                return;
              }
              if (text.length() > 1) {
                text.append(", ");
              }
              text.append(name);
              if (SECRET_HEADERS.contains(lower)) {
                text.append("=<redacted>");
              } else {
                text.append('=').append(String.join(",", values));
              }
            });
    return text.append('}').toString();
  }
}
