package dev.ssosetup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.Json;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.SandboxLogin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bytes on the wire, read without an SDK: status, {@code x-amzn-ErrorType}, content type and
 * body shape of each service's errors, as the real services send them.
 */
class WireFormatTest {
  @RegisterExtension final SandboxExtension extension = SandboxExtension.create();

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void oidcError_isJsonWithErrorAndDescription_andTheExceptionInXAmznErrorType() throws Exception {
    HttpResponse<String> response =
        post(
            "/token",
            "{\"clientId\":\"x\",\"clientSecret\":\"y\",\"grantType\":\"refresh_token\"}");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("x-amzn-ErrorType").orElseThrow())
        .startsWith("InvalidClientException:");
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(Json.parseObject(response.body()))
        .containsEntry("error", "invalid_client")
        .containsKey("error_description");
  }

  @Test
  void oidc_withABodyThatIsNotJson_isInvalidRequest() throws Exception {
    HttpResponse<String> response = post("/client/register", "{not json");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("x-amzn-ErrorType").orElseThrow())
        .startsWith("InvalidRequestException:");
  }

  @Test
  void portalError_isJsonWithAMessage_andTheExceptionInXAmznErrorType() throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri("/assignment/accounts"))
                .header("x-amz-sso_bearer_token", "nope")
                .GET());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("x-amzn-ErrorType").orElseThrow())
        .startsWith("UnauthorizedException:");
    assertThat(Json.parseObject(response.body()))
        .isEqualTo(Map.of("message", "Session token not found or invalid"));
  }

  @Test
  void portalThrottling_is429TooManyRequestsException() throws Exception {
    String token = SandboxLogin.deviceCode(extension.get()).accessToken();
    extension.get().setThrottleRps(1);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("/assignment/accounts"))
            .header("x-amz-sso_bearer_token", token)
            .GET();

    assertThat(send(request).statusCode()).isEqualTo(200);
    HttpResponse<String> throttled = send(request);

    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("x-amzn-ErrorType").orElseThrow())
        .startsWith("TooManyRequestsException:");
  }

  @Test
  void stsError_isAnErrorResponseDocument() throws Exception {
    HttpResponse<String> response = post("/", "Action=GetCallerIdentity&Version=2011-06-15");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/xml");
    assertThat(response.body())
        .contains("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">")
        .contains("<Error><Type>Sender</Type><Code>MissingAuthenticationToken</Code>")
        .containsPattern("<RequestId>[0-9a-f-]{36}</RequestId></ErrorResponse>");
  }

  @Test
  void s3Error_isAnErrorDocumentWithS3sRequestIdHeaders() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/")).GET());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml");
    assertThat(response.headers().firstValue("x-amz-request-id")).isPresent();
    assertThat(response.headers().firstValue("x-amz-id-2")).isPresent();
    assertThat(response.body())
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .contains("<Error><Code>AccessDenied</Code><Message>Access Denied</Message>");
  }

  @Test
  void everyResponse_carriesARequestId() throws Exception {
    assertThat(post("/token", "{}").headers().firstValue("x-amzn-RequestId")).isPresent();
    assertThat(
            send(HttpRequest.newBuilder(uri("/device")).GET())
                .headers()
                .firstValue("x-amzn-RequestId"))
        .isPresent();
  }

  @Test
  void anUnknownPath_is404UnknownOperation() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/favicon.ico")).GET());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("x-amzn-ErrorType").orElseThrow())
        .startsWith("UnknownOperationException");
    assertThat(extension.get().requests())
        .extracting(RequestRecord::service)
        .containsExactly("unknown");
  }

  @Test
  void devicePage_withoutACode_asksForIt() throws Exception {
    HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/device")).GET());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.body()).contains("<input name=\"user_code\"");
  }

  @Test
  void devicePage_withAnUnknownCode_is404() throws Exception {
    assertThat(send(HttpRequest.newBuilder(uri("/device?user_code=ZZZZ-ZZZZ")).GET()).statusCode())
        .isEqualTo(404);
  }

  private HttpResponse<String> post(String path, String body)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create(extension.get().oidcEndpoint() + path);
  }
}
