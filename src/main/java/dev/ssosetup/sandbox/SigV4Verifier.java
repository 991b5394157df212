package dev.ssosetup.sandbox;

import dev.ssosetup.sandbox.CredentialStore.RoleCredential;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an AWS Signature Version 4 {@code Authorization} header the way AWS does: the access key
 * was issued by the portal and is not expired, the session token matches, and the signature,
 * recomputed from the canonical request with the credential's secret key, is the one sent.
 *
 * <p>S3's variants are followed: its paths are not encoded a second time, and {@code
 * x-amz-content-sha256} names the payload hash ({@code UNSIGNED-PAYLOAD} and the {@code
 * STREAMING-...} forms are signed as they stand; only the seed signature of a chunked upload is
 * checked).
 */
final class SigV4Verifier {
  static final String ALGORITHM = "AWS4-HMAC-SHA256";
  static final Duration MAX_SKEW = Duration.ofMinutes(15);
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);
  private static final Pattern AUTHORIZATION =
      Pattern.compile(
          "AWS4-HMAC-SHA256\\s+Credential=([^,\\s]+)\\s*,\\s*SignedHeaders=([^,\\s]+)\\s*,"
              + "\\s*Signature=([0-9a-f]{64})\\s*");
  private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final CredentialStore credentials;
  private final Clock clock;

  SigV4Verifier(CredentialStore credentials, Clock clock) {
    this.credentials = credentials;
    this.clock = clock;
  }

  /** Why a request was refused; each service turns it into its own error code. */
  enum Problem {
    MISSING_AUTHENTICATION,
    MALFORMED,
    UNKNOWN_ACCESS_KEY,
    EXPIRED_CREDENTIALS,
    INVALID_SESSION_TOKEN,
    SIGNATURE_MISMATCH,
    REQUEST_TIME_SKEWED,
    CONTENT_SHA256_MISMATCH
  }

  /** A refused request: the problem and a detail for the error message. */
  static final class Rejection extends Exception {
    private static final long serialVersionUID = 1L;
    private final Problem problem;

    Rejection(Problem problem, String detail) {
      super(detail, null, false, false);
      this.problem = problem;
    }

    Problem problem() {
      return problem;
    }
  }

  /** The signing service named in the request's credential scope, or null when unsigned. */
  static String scopeService(Request request) {
    String authorization = request.header("authorization");
    if (authorization == null) {
      return null;
    }
    Matcher matcher = AUTHORIZATION.matcher(authorization);
    if (!matcher.matches()) {
      return null;
    }
    String[] scope = matcher.group(1).split("/");
    return scope.length == 5 ? scope[3] : null;
  }

  /** The region named in the request's credential scope, or null when unsigned. */
  static String scopeRegion(Request request) {
    String authorization = request.header("authorization");
    Matcher matcher = authorization == null ? null : AUTHORIZATION.matcher(authorization);
    if (matcher == null || !matcher.matches()) {
      return null;
    }
    String[] scope = matcher.group(1).split("/");
    return scope.length == 5 ? scope[2] : null;
  }

  /**
   * The credentials that signed a request for {@code service}; a rejected request is answered with
   * what {@code answer} makes of the rejection, in the service's own format.
   *
   * @throws HttpFailure with that answer
   */
  RoleCredential verifyOr(Request request, String service, Function<Rejection, Response> answer) {
    try {
      return verify(request, service);
    } catch (Rejection rejection) {
      throw new HttpFailure(answer.apply(rejection));
    }
  }

  /** Verifies the request was signed for {@code service}; returns the credential it used. */
  RoleCredential verify(Request request, String service) throws Rejection {
    String authorization = request.header("authorization");
    if (authorization == null) {
      if (request.queryParameter("X-Amz-Signature") != null) {
        throw new Rejection(Problem.MALFORMED, "Presigned URLs are not supported by the sandbox.");
      }
      throw new Rejection(
          Problem.MISSING_AUTHENTICATION, "Request is missing Authentication Token");
    }
    Matcher matcher = AUTHORIZATION.matcher(authorization);
    if (!matcher.matches()) {
      throw new Rejection(
          Problem.MALFORMED,
          "Authorization header requires '"
              + ALGORITHM
              + " Credential=..., SignedHeaders=...,"
              + " Signature=...'.");
    }
    String[] scope = matcher.group(1).split("/");
    if (scope.length != 5 || !"aws4_request".equals(scope[4])) {
      throw new Rejection(
          Problem.MALFORMED,
          "Credential must have the form <key>/<date>/<region>/<service>/aws4_request.");
    }
    List<String> signedHeaders = List.of(matcher.group(2).split(";"));
    String signature = matcher.group(3);

    RoleCredential credential = credentials.find(scope[0]);
    if (credential == null) {
      throw new Rejection(Problem.UNKNOWN_ACCESS_KEY, "Unknown access key " + scope[0] + ".");
    }
    Instant now = clock.instant();
    if (!now.isBefore(credential.expiration())) {
      throw new Rejection(Problem.EXPIRED_CREDENTIALS, "Expired at " + credential.expiration());
    }
    if (!Crypto.constantTimeEquals(
        request.header("x-amz-security-token"), credential.sessionToken())) {
      throw new Rejection(Problem.INVALID_SESSION_TOKEN, "The session token does not match.");
    }
    if (!service.equals(scope[3])) {
      throw new Rejection(
          Problem.SIGNATURE_MISMATCH,
          "Credential should be scoped to correct service: '" + service + "'.");
    }
    if (!signedHeaders.contains("host")) {
      throw new Rejection(Problem.MALFORMED, "The host header must be signed.");
    }
    String amzDate = request.header("x-amz-date");
    Instant requestTime = parseAmzDate(amzDate);
    if (!amzDate.startsWith(scope[1])) {
      throw new Rejection(
          Problem.SIGNATURE_MISMATCH,
          "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from"
              + " HTTP: '"
              + scope[1]
              + "' != '"
              + amzDate.substring(0, 8)
              + "'.");
    }

    String payloadHash = payloadHash(request, service);
    String canonicalRequest = canonicalRequest(request, service, signedHeaders, payloadHash);
    String credentialScope = String.join("/", scope[1], scope[2], scope[3], scope[4]);
    String expected =
        signature(credential.secretAccessKey(), amzDate, credentialScope, canonicalRequest);
    if (!Crypto.constantTimeEquals(expected, signature)) {
      throw new Rejection(Problem.SIGNATURE_MISMATCH, "The signature does not match.");
    }
    if (Duration.between(requestTime, now).abs().compareTo(MAX_SKEW) > 0) {
      throw new Rejection(
          Problem.REQUEST_TIME_SKEWED,
          "Signature expired: "
              + amzDate
              + " is more than 15 minutes from the server's time "
              + AMZ_DATE.format(now.atOffset(ZoneOffset.UTC))
              + ".");
    }
    return credential;
  }

  /** The hex signature of a canonical request, as SigV4 derives it from the secret key. */
  static String signature(
      String secretKey, String amzDate, String credentialScope, String canonicalRequest) {
    String stringToSign =
        ALGORITHM
            + "\n"
            + amzDate
            + "\n"
            + credentialScope
            + "\n"
            + Crypto.sha256Hex(canonicalRequest);
    byte[] key = ("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8);
    for (String part : credentialScope.split("/")) {
      key = Crypto.hmacSha256(key, part);
    }
    return HexFormat.of().formatHex(Crypto.hmacSha256(key, stringToSign));
  }

  private static Instant parseAmzDate(String amzDate) throws Rejection {
    if (amzDate == null) {
      throw new Rejection(Problem.MALFORMED, "The X-Amz-Date header is missing.");
    }
    try {
      return LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new Rejection(Problem.MALFORMED, "X-Amz-Date must be YYYYMMDD'T'HHMMSS'Z': " + amzDate);
    }
  }

  /**
   * The payload hash the signer used: S3's {@code x-amz-content-sha256} when sent (a hex hash must
   * match the body), else the hash of the body.
   */
  private static String payloadHash(Request request, String service) throws Rejection {
    String declared = request.header("x-amz-content-sha256");
    String actual = Crypto.sha256Hex(request.body());
    if (declared == null) {
      if ("s3".equals(service)) {
        throw new Rejection(
            Problem.MALFORMED, "Missing required header for this request: x-amz-content-sha256");
      }
      return actual;
    }
    if (HEX_SHA256.matcher(declared).matches() && !declared.equals(actual)) {
      throw new Rejection(
          Problem.CONTENT_SHA256_MISMATCH,
          "The provided 'x-amz-content-sha256' header does not match what was computed.");
    }
    return declared;
  }

  static String canonicalRequest(
      Request request, String service, List<String> signedHeaders, String payloadHash) {
    StringBuilder canonical = new StringBuilder();
    canonical.append(request.method()).append('\n');
    // S3 signs the path as sent; every other service encodes the already encoded path again.
    canonical
        .append("s3".equals(service) ? request.rawPath() : UrlCodec.encodePath(request.rawPath()))
        .append('\n');
    canonical.append(canonicalQuery(request.rawQuery())).append('\n');
    Map<String, List<String>> headers = request.headers();
    for (String name : signedHeaders) {
      canonical
          .append(name)
          .append(':')
          .append(canonicalHeaderValue(headers.get(name)))
          .append('\n');
    }
    canonical.append('\n');
    canonical.append(String.join(";", signedHeaders)).append('\n');
    canonical.append(payloadHash);
    return canonical.toString();
  }

  /** Parameters decoded, encoded again the SigV4 way, sorted by name then value. */
  static String canonicalQuery(String rawQuery) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    for (Map.Entry<String, String> pair : UrlCodec.pairs(rawQuery, false)) {
      pairs.add(Map.entry(UrlCodec.encode(pair.getKey()), UrlCodec.encode(pair.getValue())));
    }
    pairs.sort(
        Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
    StringBuilder query = new StringBuilder();
    for (Map.Entry<String, String> pair : pairs) {
      if (query.length() > 0) {
        query.append('&');
      }
      query.append(pair.getKey()).append('=').append(pair.getValue());
    }
    return query.toString();
  }

  private static String canonicalHeaderValue(List<String> values) {
    if (values == null) {
      return "";
    }
    List<String> trimmed = new ArrayList<>(values.size());
    for (String value : values) {
      trimmed.add(value.strip().replaceAll("\\s+", " "));
    }
    return String.join(",", trimmed);
  }
}
