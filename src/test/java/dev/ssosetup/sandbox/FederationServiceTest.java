package dev.ssosetup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.Json;
import dev.ssosetup.testkit.MutableClock;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.SandboxLogin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * The sandbox's sign-in federation endpoint, over real HTTP: {@code getSigninToken} takes only a
 * role session the portal issued and that has not expired, and {@code login} takes only a sign-in
 * token it issued, with an issuer and an https destination.
 */
class FederationServiceTest {
  private final MutableClock clock = MutableClock.startingNow();

  @RegisterExtension final SandboxExtension extension = SandboxExtension.with(b -> b.clock(clock));

  @Test
  void getSigninToken_withARoleSessionThePortalIssued_answersASigninToken() throws IOException {
    Answer answer = get(Map.of("Action", "getSigninToken", "Session", session(credentials())));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(Json.parseObject(answer.body())).containsOnlyKeys("SigninToken");
    assertThat(extension.get().issuedSecrets())
        .contains((String) Json.parseObject(answer.body()).get("SigninToken"));
  }

  @Test
  void getSigninToken_asAPostedForm_isAnsweredToo() throws IOException {
    Answer answer = post(Map.of("Action", "getSigninToken", "Session", session(credentials())));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("SigninToken");
  }

  @Test
  void getSigninToken_withAWrongSecretKey_isRefused() throws IOException {
    AwsSessionCredentials real = credentials();
    AwsSessionCredentials forged =
        AwsSessionCredentials.create(
            real.accessKeyId(), real.secretAccessKey() + "x", real.sessionToken());

    Answer answer = get(Map.of("Action", "getSigninToken", "Session", session(forged)));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).doesNotContain("SigninToken");
  }

  @Test
  void getSigninToken_withAnUnknownKeyOrAWrongToken_isRefused() throws IOException {
    AwsSessionCredentials real = credentials();
    AwsSessionCredentials unknown =
        AwsSessionCredentials.create(
            "ASIAUNKNOWNUNKNOWN12", real.secretAccessKey(), real.sessionToken());
    AwsSessionCredentials wrongToken =
        AwsSessionCredentials.create(real.accessKeyId(), real.secretAccessKey(), "IQoJb3Jp");

    assertThat(get(Map.of("Action", "getSigninToken", "Session", session(unknown))).status())
        .isEqualTo(400);
    assertThat(get(Map.of("Action", "getSigninToken", "Session", session(wrongToken))).status())
        .isEqualTo(400);
  }

  @Test
  void getSigninToken_withExpiredRoleCredentials_isRefused() throws IOException {
    AwsSessionCredentials credentials = credentials();
    clock.advance(Duration.ofHours(1).plusSeconds(1));

    Answer answer = get(Map.of("Action", "getSigninToken", "Session", session(credentials)));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("expired");
  }

  @Test
  void getSigninToken_withoutASessionOrWithMalformedJson_isRefused() throws IOException {
    assertThat(get(Map.of("Action", "getSigninToken")).status()).isEqualTo(400);
    assertThat(get(Map.of("Action", "getSigninToken", "Session", "{not json")).status())
        .isEqualTo(400);
    assertThat(get(Map.of("Action", "getSigninToken", "Session", "[]")).status()).isEqualTo(400);
  }

  @Test
  void getSigninToken_withASessionDurationOutOfRange_isRefused() throws IOException {
    String session = session(credentials());

    Map<String, String> tooShort = new LinkedHashMap<>();
    tooShort.put("Action", "getSigninToken");
    tooShort.put("SessionDuration", "899");
    tooShort.put("Session", session);
    Map<String, String> inRange = new LinkedHashMap<>(tooShort);
    inRange.put("SessionDuration", "43200");

    assertThat(get(tooShort).status()).isEqualTo(400);
    assertThat(get(inRange).status()).isEqualTo(200);
  }

  @Test
  void login_withTheSigninToken_showsTheConsolePageForTheRoleAndDestination() throws IOException {
    String token = signinToken();

    Answer answer =
        get(
            login(
                token,
                "https://d-9067a1b2c3.awsapps.com/start",
                "https://ap-northeast-1.console.aws.amazon.com/s3/home?region=ap-northeast-1"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body())
        .contains("111122223333")
        .contains("AWSReservedSSO_S3DynamoDBAccess_")
        .contains("https://ap-northeast-1.console.aws.amazon.com/s3/home?region=ap-northeast-1")
        .doesNotContain(token);
  }

  @Test
  void login_withAnUnknownOrExpiredToken_isRefused() throws IOException {
    String destination = "https://console.aws.amazon.com/";
    assertThat(get(login("not-a-token", "https://example.com", destination)).status())
        .isEqualTo(400);

    String token = signinToken();
    clock.advance(Duration.ofMinutes(15).plusSeconds(1));

    assertThat(get(login(token, "https://example.com", destination)).status()).isEqualTo(400);
  }

  @Test
  void login_withoutAnIssuerOrWithADestinationThatIsNotHttps_isRefused() throws IOException {
    String token = signinToken();
    Map<String, String> noIssuer = login(token, null, "https://console.aws.amazon.com/");

    assertThat(get(noIssuer).status()).isEqualTo(400);
    assertThat(get(login(token, "https://x", "javascript:alert(1)")).status()).isEqualTo(400);
    assertThat(get(login(token, "https://x", "http://console.aws.amazon.com/")).status())
        .isEqualTo(400);
    assertThat(get(login(token, "https://x", "https://console.aws.amazon.com/")).status())
        .isEqualTo(200);
  }

  @Test
  void theRequestLog_neverShowsTheSessionOrTheSigninToken() throws IOException {
    AwsSessionCredentials credentials = credentials();
    String token = signinToken(credentials);
    get(login(token, "https://x", "https://console.aws.amazon.com/"));

    String logged =
        extension.get().requests().stream()
            .map(r -> r.toString() + " " + r.query())
            .collect(Collectors.joining("\n"));

    assertThat(logged)
        .contains("Action=getSigninToken")
        .contains("Session=<redacted>")
        .contains("SigninToken=<redacted>")
        .doesNotContain(credentials.secretAccessKey())
        .doesNotContain(credentials.sessionToken())
        .doesNotContain(token);
    assertThat(extension.get().requests())
        .extracting(RequestRecord::service, RequestRecord::operation)
        .contains(
            org.assertj.core.groups.Tuple.tuple("signin", "GetSigninToken"),
            org.assertj.core.groups.Tuple.tuple("signin", "Login"));
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private AwsSessionCredentials credentials() {
    Sandbox sandbox = extension.get();
    SandboxLogin.Login login = SandboxLogin.deviceCode(sandbox);
    return (AwsSessionCredentials)
        SandboxLogin.roleCredentials(
                sandbox, login.accessToken(), "111122223333", "S3DynamoDBAccess")
            .resolveCredentials();
  }

  private String signinToken() throws IOException {
    return signinToken(credentials());
  }

  private String signinToken(AwsSessionCredentials credentials) throws IOException {
    Answer answer = get(Map.of("Action", "getSigninToken", "Session", session(credentials)));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return (String) Json.parseObject(answer.body()).get("SigninToken");
  }

  private static String session(AwsSessionCredentials credentials) {
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("sessionId", credentials.accessKeyId());
    session.put("sessionKey", credentials.secretAccessKey());
    session.put("sessionToken", credentials.sessionToken());
    return Json.write(session);
  }

  private static Map<String, String> login(String token, String issuer, String destination) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("Action", "login");
    if (issuer != null) {
      parameters.put("Issuer", issuer);
    }
    parameters.put("Destination", destination);
    parameters.put("SigninToken", token);
    return parameters;
  }

  private record Answer(int status, String body) {}

  private Answer get(Map<String, String> parameters) throws IOException {
    URI uri = URI.create(extension.get().oidcEndpoint() + "/federation?" + form(parameters));
    HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
    connection.setInstanceFollowRedirects(false);
    return answer(connection);
  }

  private Answer post(Map<String, String> parameters) throws IOException {
    URI uri = URI.create(extension.get().oidcEndpoint() + "/federation");
    HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
    try (OutputStream out = connection.getOutputStream()) {
      out.write(form(parameters).getBytes(StandardCharsets.UTF_8));
    }
    return answer(connection);
  }

  private static Answer answer(HttpURLConnection connection) throws IOException {
    int status = connection.getResponseCode();
    InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
    String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    connection.disconnect();
    return new Answer(status, body);
  }

  private static String form(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
