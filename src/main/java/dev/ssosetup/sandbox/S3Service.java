package dev.ssosetup.sandbox;

import dev.ssosetup.sandbox.CredentialStore.RoleCredential;
import dev.ssosetup.sandbox.Fixture.Bucket;
import dev.ssosetup.sandbox.Fixture.Role;
import dev.ssosetup.sandbox.SigV4Verifier.Rejection;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * S3 (rest-xml) with ListBuckets: the buckets the fixture gives the role of the signing
 * credentials, or AccessDenied for a role without S3. Any other S3 request is answered {@code
 * NotImplemented}, in S3's error format.
 */
final class S3Service implements Service {
  static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";
  private static final DateTimeFormatter CREATION_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);
  private static final int MAX_BUCKETS = 10_000;

  private final SigV4Verifier verifier;
  private final Directory directory;

  S3Service(SigV4Verifier verifier, Directory directory) {
    this.verifier = verifier;
    this.directory = directory;
  }

  @Override
  public String name() {
    return "s3";
  }

  /**
   * {@code GET /} is ListBuckets (STS, also at {@code /}, is asked first and takes what is signed
   * for it); any other request signed for S3 is S3's too, to be answered NotImplemented.
   */
  @Override
  public String operation(Request request) {
    if (request.path().equals("/") && request.method().equals("GET")) {
      return "ListBuckets";
    }
    return "s3".equals(SigV4Verifier.scopeService(request))
        ? request.method() + " " + request.path()
        : null;
  }

  @Override
  public Response handle(String operation, Request request) {
    RoleCredential credential =
        verifier.verifyOr(request, "s3", rejection -> rejected(rejection, request));
    if (!operation.equals("ListBuckets")) {
      throw new HttpFailure(
          error(
              501,
              "NotImplemented",
              "The sandbox serves only ListBuckets (GET /), not " + operation + ".",
              request));
    }
    Role role = directory.role(credential.accountId(), credential.roleName()).orElse(null);
    if (role == null || !role.s3Access()) {
      throw new HttpFailure(
          error(
              403,
              "AccessDenied",
              "User: "
                  + credential.arn()
                  + " is not authorized to perform: s3:ListAllMyBuckets because no identity-based"
                  + " policy allows the s3:ListAllMyBuckets action",
              request));
    }
    return listBuckets(role, credential, request);
  }

  @Override
  public Response internalError(Request request) {
    return error(
        500, "InternalError", "We encountered an internal error. Please try again.", request);
  }

  /**
   * ListBuckets with its newer parameters: {@code prefix}, {@code max-buckets} and {@code
   * continuation-token} (the last bucket name listed); {@code BucketRegion} is shown when any
   * parameter was sent, as S3 does.
   */
  private Response listBuckets(Role role, RoleCredential credential, Request request) {
    String prefix = request.queryParameter("prefix");
    String bucketRegion = request.queryParameter("bucket-region");
    String maxBucketsText = request.queryParameter("max-buckets");
    String continuation = request.queryParameter("continuation-token");
    boolean paged =
        prefix != null || bucketRegion != null || maxBucketsText != null || continuation != null;
    int maxBuckets = maxBuckets(maxBucketsText, request);
    String after = continuation == null ? null : decodeToken(continuation, request);
    String region = directory.fixture().region();
    List<Bucket> buckets =
        role.buckets().stream()
            .filter(b -> prefix == null || b.name().startsWith(prefix))
            .filter(b -> bucketRegion == null || bucketRegion.equals(region))
            .filter(b -> after == null || b.name().compareTo(after) > 0)
            .sorted(Comparator.comparing(Bucket::name))
            .toList();
    List<Bucket> page = buckets.subList(0, Math.min(maxBuckets, buckets.size()));

    Xml xml = new Xml().open("ListAllMyBucketsResult", NAMESPACE);
    xml.open("Owner")
        .element("DisplayName", credential.user())
        .element("ID", Crypto.sha256Hex("owner/" + credential.accountId()))
        .close("Owner");
    xml.open("Buckets");
    for (Bucket bucket : page) {
      xml.open("Bucket")
          .element("Name", bucket.name())
          .element("CreationDate", CREATION_DATE.format(bucket.creationDate()))
          .element("BucketRegion", paged ? region : null)
          .close("Bucket");
    }
    xml.close("Buckets");
    if (page.size() < buckets.size()) {
      xml.element("ContinuationToken", encodeToken(page.get(page.size() - 1).name()));
    }
    xml.element("Prefix", prefix);
    xml.close("ListAllMyBucketsResult");
    return withS3Headers(
        Response.xml(200, xml.toString()).header("Content-Type", "application/xml"), request);
  }

  private static int maxBuckets(String text, Request request) {
    if (text == null) {
      return MAX_BUCKETS;
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= 1 && value <= MAX_BUCKETS) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new HttpFailure(
        error(
            400, "InvalidArgument", "max-buckets must be from 1 to " + MAX_BUCKETS + ".", request));
  }

  private static String encodeToken(String lastBucket) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(lastBucket.getBytes(StandardCharsets.UTF_8));
  }

  private static String decodeToken(String token, Request request) {
    try {
      return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new HttpFailure(
          error(400, "InvalidArgument", "The continuation token provided is incorrect.", request));
    }
  }

  private static Response rejected(Rejection rejection, Request request) {
    return switch (rejection.problem()) {
      case MISSING_AUTHENTICATION -> error(403, "AccessDenied", "Access Denied", request);
      case MALFORMED ->
          error(
              400,
              "AuthorizationHeaderMalformed",
              "The authorization header is malformed; " + rejection.getMessage(),
              request);
      case UNKNOWN_ACCESS_KEY ->
          error(
              403,
              "InvalidAccessKeyId",
              "The AWS Access Key Id you provided does not exist in our records.",
              request);
      case EXPIRED_CREDENTIALS ->
          error(400, "ExpiredToken", "The provided token has expired.", request);
      case INVALID_SESSION_TOKEN ->
          error(
              400,
              "InvalidToken",
              "The provided token is malformed or otherwise invalid.",
              request);
      case SIGNATURE_MISMATCH ->
          error(
              403,
              "SignatureDoesNotMatch",
              "The request signature we calculated does not match the signature you provided."
                  + " Check your key and signing method.",
              request);
      case REQUEST_TIME_SKEWED ->
          error(
              403,
              "RequestTimeTooSkewed",
              "The difference between the request time and the current time is too large.",
              request);
      case CONTENT_SHA256_MISMATCH ->
          error(400, "XAmzContentSHA256Mismatch", rejection.getMessage(), request);
    };
  }

  /** An S3 error: {@code <Error><Code/><Message/><RequestId/><HostId/></Error>}. */
  static Response error(int status, String code, String message, Request request) {
    Response response =
        Response.xml(
                status,
                new Xml()
                    .open("Error")
                    .element("Code", code)
                    .element("Message", message)
                    .element("RequestId", request.id())
                    .element("HostId", hostId(request))
                    .close("Error")
                    .toString())
            .header("Content-Type", "application/xml")
            .errorType(code);
    return withS3Headers(response, request);
  }

  private static Response withS3Headers(Response response, Request request) {
    return response.header("x-amz-request-id", request.id()).header("x-amz-id-2", hostId(request));
  }

  private static String hostId(Request request) {
    return Base64.getEncoder()
        .encodeToString(Crypto.sha256(request.id().getBytes(StandardCharsets.UTF_8)));
  }
}
