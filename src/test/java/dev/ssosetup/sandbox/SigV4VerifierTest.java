package dev.ssosetup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.sandbox.CredentialStore.RoleCredential;
import dev.ssosetup.sandbox.SigV4Verifier.Problem;
import dev.ssosetup.sandbox.SigV4Verifier.Rejection;
import dev.ssosetup.testkit.MutableClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * The verifier against AWS's published example and against requests signed by the SDK's own SigV4
 * signer, in the STS (double-encoded path) and S3 (payload hash header) variants.
 */
class SigV4VerifierTest {
  private static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z");
  private final MutableClock clock = new MutableClock(NOW);
  private final CredentialStore store =
      new CredentialStore(new Secrets(), clock, Duration.ofHours(1));
  private final SigV4Verifier verifier = new SigV4Verifier(store, clock);
  private final RoleCredential credential =
      store.issue("workday_worker", "111122223333", "S3DynamoDBAccess");

  @Test
  void signature_matchesAwsDocumentedExample() {
    // "Create a canonical request" / "Calculate the signature" example of the SigV4 documentation.
    String canonical =
        "GET\n/\nAction=ListUsers&Version=2010-05-08\n"
            + "content-type:application/x-www-form-urlencoded; charset=utf-8\n"
            + "host:iam.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
            + "content-type;host;x-amz-date\n"
            + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    assertThat(Crypto.sha256Hex(canonical))
        .isEqualTo("f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59");
    assertThat(
            SigV4Verifier.signature(
                "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                "20150830T123600Z",
                "20150830/us-east-1/iam/aws4_request",
                canonical))
        .isEqualTo("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7");
  }

  @Test
  void canonicalQuery_sortsByNameThenValueAndEncodesTheSigV4Way() {
    assertThat(SigV4Verifier.canonicalQuery("b=2&a-b=3&a=z&a=y&c=x%20y+z&d&e=%2a~"))
        .isEqualTo("a=y&a=z&a-b=3&b=2&c=x%20y%2Bz&d=&e=%2A~");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/?Action=GetCallerIdentity&Version=2011-06-15",
        "/some%20path/with~tilde?q=a%20b&z=%E6%9D%B1&empty=",
        "/a/b%2Fc?list-type=2&prefix=x%2By",
      })
  void verify_acceptsWhatTheSdkSignerSigns_forSts(String pathAndQuery) throws Exception {
    Request request = signed("sts", "POST", pathAndQuery, "Action=GetCallerIdentity", true);

    assertThat(verifier.verify(request, "sts")).isEqualTo(credential);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/?max-buckets=5&prefix=a%20b", "/bucket/key%20with%20space.txt"})
  void verify_acceptsWhatTheSdkSignerSigns_forS3(String pathAndQuery) throws Exception {
    Request request = signed("s3", "GET", pathAndQuery, "", false);

    assertThat(request.header("x-amz-content-sha256")).isNotNull();
    assertThat(verifier.verify(request, "s3")).isEqualTo(credential);
  }

  @Test
  void verify_acceptsUnsignedPayloadForS3() throws Exception {
    Request request = signed("s3", "PUT", "/bucket/key", "body bytes", false, false);

    assertThat(request.header("x-amz-content-sha256")).isEqualTo("UNSIGNED-PAYLOAD");
    assertThat(verifier.verify(request, "s3")).isEqualTo(credential);
  }

  @Test
  void verify_withATamperedBodyUnderTheSdksPayloadHash_isContentMismatch() {
    Request request = signed("sts", "POST", "/", "Action=GetCallerIdentity", true);
    Request tampered = copy(request, request.headers(), "Action=AssumeRole");

    assertRejected(tampered, "sts", Problem.CONTENT_SHA256_MISMATCH);
  }

  @Test
  void verify_withoutPayloadHashHeader_hashesTheBody_asBotocoreSignsSts() throws Exception {
    // botocore sends no x-amz-content-sha256 to STS: the body's hash is in the canonical request.
    String body = "Action=GetCallerIdentity&Version=2011-06-15";
    String amzDate = "20261127T101530Z";
    String canonical =
        "POST\n/\n\n"
            + "content-type:application/x-www-form-urlencoded; charset=utf-8\n"
            + "host:127.0.0.1:4566\n"
            + "x-amz-date:"
            + amzDate
            + "\n"
            + "x-amz-security-token:"
            + credential.sessionToken()
            + "\n\n"
            + "content-type;host;x-amz-date;x-amz-security-token\n"
            + Crypto.sha256Hex(body);
    String scope = "20261127/us-east-1/sts/aws4_request";
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of("application/x-www-form-urlencoded; charset=utf-8"));
    headers.put("Host", List.of("127.0.0.1:4566"));
    headers.put("X-Amz-Date", List.of(amzDate));
    headers.put("X-Amz-Security-Token", List.of(credential.sessionToken()));
    headers.put(
        "Authorization",
        List.of(
            "AWS4-HMAC-SHA256 Credential="
                + credential.accessKeyId()
                + "/"
                + scope
                + ", SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature="
                + SigV4Verifier.signature(
                    credential.secretAccessKey(), amzDate, scope, canonical)));
    Request request =
        new Request("id", "POST", "/", "", headers, body.getBytes(StandardCharsets.UTF_8));

    assertThat(verifier.verify(request, "sts")).isEqualTo(credential);
    assertRejected(copy(request, headers, body + "&x=1"), "sts", Problem.SIGNATURE_MISMATCH);
  }

  @Test
  void verify_withABodyThatDoesNotMatchTheDeclaredHash_isContentMismatch() {
    Request request = signed("s3", "PUT", "/bucket/key", "original", false);
    Request tampered = copy(request, request.headers(), "changed");

    assertRejected(tampered, "s3", Problem.CONTENT_SHA256_MISMATCH);
  }

  @Test
  void verify_withATamperedQuery_isSignatureMismatch() {
    Request request = signed("s3", "GET", "/?prefix=a", "", false);
    Request tampered = new Request("id", "GET", "/", "prefix=b", request.headers(), new byte[0]);

    assertRejected(tampered, "s3", Problem.SIGNATURE_MISMATCH);
  }

  @Test
  void verify_withAnotherSecretKey_isSignatureMismatch() {
    Request request = signedWith("wrong-secret", credential.sessionToken(), "sts");

    assertRejected(request, "sts", Problem.SIGNATURE_MISMATCH);
  }

  @Test
  void verify_withAnotherSessionToken_isInvalidSessionToken() {
    Request request = signedWith(credential.secretAccessKey(), "another-token", "sts");

    assertRejected(request, "sts", Problem.INVALID_SESSION_TOKEN);
  }

  @Test
  void verify_withAnUnknownAccessKey_isUnknownAccessKey() {
    RoleCredential other =
        new CredentialStore(new Secrets(), clock, Duration.ofHours(1)).issue("u", "1", "r");
    Request request =
        sign(
            other.accessKeyId(),
            other.secretAccessKey(),
            other.sessionToken(),
            "sts",
            "POST",
            "/",
            "Action=GetCallerIdentity",
            true,
            true);

    assertRejected(request, "sts", Problem.UNKNOWN_ACCESS_KEY);
  }

  @Test
  void verify_afterTheCredentialExpired_isExpired() {
    Request request = signed("sts", "POST", "/", "Action=GetCallerIdentity", true);
    clock.advance(Duration.ofHours(1));

    assertRejected(request, "sts", Problem.EXPIRED_CREDENTIALS);
  }

  @Test
  void verify_moreThan15MinutesFromTheServerTime_isSkewed() {
    Request request = signed("sts", "POST", "/", "Action=GetCallerIdentity", true);
    clock.advance(Duration.ofMinutes(16));

    assertRejected(request, "sts", Problem.REQUEST_TIME_SKEWED);
  }

  @Test
  void verify_signedForAnotherService_isSignatureMismatch() {
    Request request = signed("s3", "GET", "/", "", false);

    assertRejected(request, "sts", Problem.SIGNATURE_MISMATCH);
  }

  @Test
  void verify_withoutAuthorization_isMissingAuthentication() {
    Request request = new Request("id", "GET", "/", "", Map.of(), new byte[0]);

    assertRejected(request, "s3", Problem.MISSING_AUTHENTICATION);
  }

  @Test
  void verify_withAnotherAlgorithm_isMalformed() {
    Request request =
        new Request(
            "id",
            "GET",
            "/",
            "",
            Map.of("Authorization", List.of("AWS AKIDEXAMPLE:signature")),
            new byte[0]);

    assertRejected(request, "s3", Problem.MALFORMED);
  }

  @Test
  void scopeService_namesTheServiceOfTheCredentialScope() {
    assertThat(SigV4Verifier.scopeService(signed("s3", "GET", "/", "", false))).isEqualTo("s3");
    assertThat(SigV4Verifier.scopeService(signed("sts", "POST", "/", "x", true))).isEqualTo("sts");
    assertThat(SigV4Verifier.scopeService(new Request("id", "GET", "/", "", Map.of(), new byte[0])))
        .isNull();
  }

  private void assertRejected(Request request, String service, Problem problem) {
    assertThatThrownBy(() -> verifier.verify(request, service))
        .isInstanceOfSatisfying(
            Rejection.class, rejection -> assertThat(rejection.problem()).isEqualTo(problem));
  }

  private Request signed(
      String service, String method, String pathAndQuery, String body, boolean doubleEncode) {
    return signed(service, method, pathAndQuery, body, doubleEncode, true);
  }

  private Request signed(
      String service,
      String method,
      String pathAndQuery,
      String body,
      boolean doubleEncode,
      boolean payloadSigning) {
    return sign(
        credential.accessKeyId(),
        credential.secretAccessKey(),
        credential.sessionToken(),
        service,
        method,
        pathAndQuery,
        body,
        doubleEncode,
        payloadSigning);
  }

  private Request signedWith(String secretKey, String sessionToken, String service) {
    return sign(
        credential.accessKeyId(),
        secretKey,
        sessionToken,
        service,
        "POST",
        "/",
        "Action=GetCallerIdentity",
        true,
        true);
  }

  /** Signs with the SDK's own signer, as S3 (payload hash header) or as other services. */
  private Request sign(
      String accessKey,
      String secretKey,
      String sessionToken,
      String service,
      String method,
      String pathAndQuery,
      String body,
      boolean doubleEncode,
      boolean payloadSigning) {
    // The SDK signs an unsigned payload only over HTTPS; the verifier does not look at the scheme.
    URI uri = URI.create((payloadSigning ? "http" : "https") + "://127.0.0.1:4566" + pathAndQuery);
    SdkHttpRequest.Builder http =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.fromValue(method))
            .uri(uri)
            .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .putHeader("X-Custom", List.of("  one   two ", "three"));
    if ("s3".equals(service)) {
      http.putHeader("x-amz-content-sha256", payloadSigning ? "required" : "UNSIGNED-PAYLOAD");
    }
    SdkHttpRequest signedRequest =
        AwsV4HttpSigner.create()
            .sign(
                r ->
                    r.identity(
                            AwsSessionCredentialsIdentity.create(
                                accessKey, secretKey, sessionToken))
                        .request(http.build())
                        .payload(ContentStreamProvider.fromUtf8String(body))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-1")
                        .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, doubleEncode)
                        .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, doubleEncode)
                        .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, payloadSigning)
                        .putProperty(HttpSigner.SIGNING_CLOCK, clock))
            .request();
    Map<String, List<String>> headers = new LinkedHashMap<>(signedRequest.headers());
    headers.put("Host", List.of("127.0.0.1:4566"));
    return new Request(
        UUID.randomUUID().toString(),
        method,
        signedRequest.getUri().getRawPath(),
        signedRequest.getUri().getRawQuery(),
        headers,
        body.getBytes(StandardCharsets.UTF_8));
  }

  private static Request copy(Request request, Map<String, List<String>> headers, String body) {
    return new Request(
        request.id(),
        request.method(),
        request.rawPath(),
        request.rawQuery(),
        headers,
        body.getBytes(StandardCharsets.UTF_8));
  }
}
