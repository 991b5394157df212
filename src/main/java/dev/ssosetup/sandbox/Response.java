package dev.ssosetup.sandbox;

import dev.ssosetup.common.Json;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a service answers: status, headers, body, and for the request log the name of the error it
 * stands for (null on success).
 */
final class Response {
  private final int status;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final byte[] body;
  private String errorType;

  private Response(int status, String contentType, byte[] body) {
    this.status = status;
    this.body = body;
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
  }

  static Response json(int status, Object value) {
    return new Response(
        status, "application/json", Json.write(value).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * An error of a rest-json service: the JSON body, and {@code x-amzn-ErrorType} naming the
   * exception ({@code Name:namespace}), which is what the SDKs read the error code from.
   */
  static Response restJsonError(int status, String exception, String namespace, Object body) {
    return json(status, body)
        .header("x-amzn-ErrorType", exception + ":" + namespace)
        .errorType(exception);
  }

  /** A JSON 1.1 answer ({@code application/x-amz-json-1.1}), as sso-admin and its kin send. */
  static Response json11(int status, Object value) {
    return new Response(
        status, "application/x-amz-json-1.1", Json.write(value).getBytes(StandardCharsets.UTF_8));
  }

  static Response xml(int status, String xml) {
    return new Response(status, "text/xml", xml.getBytes(StandardCharsets.UTF_8));
  }

  static Response html(int status, String html) {
    return new Response(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  static Response empty(int status) {
    return new Response(status, null, new byte[0]);
  }

  static Response redirect(String location) {
    return empty(302).header("Location", location).header("Cache-Control", "no-store");
  }

  Response header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** Marks this response as the given error, for the request log. */
  Response errorType(String type) {
    this.errorType = type;
    return this;
  }

  int status() {
    return status;
  }

  Map<String, String> headers() {
    return Collections.unmodifiableMap(headers);
  }

  byte[] body() {
    return body;
  }

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  String errorType() {
    return errorType;
  }
}
