package dev.ssosetup.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays the person at the browser for tests and the demo: opens a login URL on the sandbox, clicks
 * Approve when the page asks, and follows redirects, but only ever to 127.0.0.1.
 */
final class Browser {
  private static final Pattern DECISION_FORM =
      Pattern.compile(
          "<form method=\"post\" action=\"([^\"]+)\"><input type=\"hidden\" name=\"([^\"]+)\""
              + " value=\"([^\"]*)\">");
  private static final int MAX_STEPS = 5;
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Secrets secrets;
  private HttpClient http;

  Browser(Secrets secrets) {
    this.secrets = secrets;
  }

  /**
   * Visits the URL as a browser would and approves what it is asked to; returns the status and URL
   * of the last page, with secret query values redacted, e.g. {@code 200
   * http://127.0.0.1:5123/oauth/callback?code=<redacted>&state=...}.
   */
  String visit(URI url) {
    URI current = requireLoopback(url);
    HttpResponse<String> response = send(HttpRequest.newBuilder(current).GET());
    boolean approved = false;
    for (int step = 0; step < MAX_STEPS; step++) {
      String location = response.headers().firstValue("Location").orElse(null);
      if (response.statusCode() / 100 == 3 && location != null) {
        current = requireLoopback(current.resolve(location));
        response = send(HttpRequest.newBuilder(current).GET());
        continue;
      }
      Matcher form = DECISION_FORM.matcher(response.body());
      if (response.statusCode() == 200 && !approved && form.find()) {
        approved = true;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(unescape(form.group(2)), unescape(form.group(3)));
        fields.put("decision", "approve");
        current = requireLoopback(current.resolve(unescape(form.group(1))));
        response =
            send(
                HttpRequest.newBuilder(current)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(UrlCodec.query(fields))));
        continue;
      }
      break;
    }
    return response.statusCode() + " " + redact(current);
  }

  private String redact(URI uri) {
    String base = uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
    return uri.getRawQuery() == null ? base : base + "?" + secrets.redactQuery(uri.getRawQuery());
  }

  private synchronized HttpClient client() {
    if (http == null) {
      // HTTP/1.1: the JDK client would otherwise offer an h2c upgrade to the loopback listener.
      http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(TIMEOUT)
              .build();
    }
    return http;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client().send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("The browser could not load " + request.build().uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while loading a page", e);
    }
  }

  private static URI requireLoopback(URI uri) {
    if (!"http".equals(uri.getScheme()) || !"127.0.0.1".equals(uri.getHost())) {
      throw new IllegalArgumentException(
          "The sandbox's browser only visits http://127.0.0.1 addresses, not "
              + uri.getScheme()
              + "://"
              + uri.getHost());
    }
    return uri;
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
