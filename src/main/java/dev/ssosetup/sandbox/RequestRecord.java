package dev.ssosetup.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * One request as the sandbox saw it, with no secret value: the query has secrets replaced by {@code
 * <redacted>}, and of the headers only the names are kept.
 *
 * @param service {@code sso-oidc}, {@code sso}, {@code sts}, {@code s3}, {@code browser} (the
 *     authorize and device pages), or {@code unknown}
 * @param operation the API operation ({@code CreateToken}, {@code ListAccounts}, ...) or page, null
 *     when no service serves the path
 * @param query the query string without {@code ?}, empty when there is none
 * @param headerNames the request's header names in lower case, sorted
 * @param errorType the error's name ({@code AuthorizationPendingException}, {@code
 *     SignatureDoesNotMatch}, ...) or null on success
 */
public record RequestRecord(
    Instant time,
    String service,
    String operation,
    String method,
    String path,
    String query,
    List<String> headerNames,
    int status,
    String errorType) {

  public RequestRecord {
    headerNames = List.copyOf(headerNames);
  }

  /** The path with its query, as the request line had it. */
  public String pathAndQuery() {
    return query.isEmpty() ? path : path + "?" + query;
  }

  /** One line in the layout of the reference request logs: method, path, status, error. */
  public String logLine() {
    return String.format(
        "%-5s %-58s %d %s", method, pathAndQuery(), status, errorType == null ? "" : errorType);
  }

  @Override
  public String toString() {
    return logLine().stripTrailing();
  }
}
