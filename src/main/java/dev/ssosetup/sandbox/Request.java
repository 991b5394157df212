package dev.ssosetup.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP request as the services see it: the raw path and query exactly as sent (SigV4 signs
 * them), the headers under lower-case names, and the whole body.
 */
final class Request {
  private final String id;
  private final String method;
  private final String rawPath;
  private final String rawQuery;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private Map<String, String> query;

  Request(
      String id,
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      byte[] body) {
    this.id = id;
    this.method = method.toUpperCase(Locale.ROOT);
    this.rawPath = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    this.rawQuery = rawQuery == null ? "" : rawQuery;
    this.headers = new TreeMap<>();
    headers.forEach((name, values) -> this.headers.put(name.toLowerCase(Locale.ROOT), values));
    this.body = body;
  }

  /** The request id the response carries ({@code x-amzn-RequestId}, or in the XML body). */
  String id() {
    return id;
  }

  String method() {
    return method;
  }

  /** The path as sent, still percent-encoded. */
  String rawPath() {
    return rawPath;
  }

  /** The decoded path. */
  String path() {
    return UrlCodec.decode(rawPath, false);
  }

  /** The query as sent (without {@code ?}), or the empty string. */
  String rawQuery() {
    return rawQuery;
  }

  /** A decoded query parameter, or null. */
  String queryParameter(String name) {
    if (query == null) {
      query = UrlCodec.parameters(rawQuery, false);
    }
    return query.get(name);
  }

  /** All headers, names in lower case, sorted. */
  Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header (any case), or null. */
  String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  byte[] body() {
    return body;
  }

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The parameters of an {@code application/x-www-form-urlencoded} body. */
  Map<String, String> form() {
    return UrlCodec.parameters(bodyText(), true);
  }
}
