package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.auth.CachedToken;
import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.aws.AwsTimeouts;
import dev.ssosetup.common.Json;
import dev.ssosetup.common.Secret;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.HostileServer;
import dev.ssosetup.testkit.HostileServer.Behaviour;
import dev.ssosetup.testkit.SandboxEndpoints;
import dev.ssosetup.testkit.SdkHome;
import dev.ssosetup.testkit.TestHome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code verify} against a hostile endpoint for every service it calls, including the portal the
 * SDK's own credential provider calls: an incomplete answer and an answer that never comes are
 * failures naming the endpoint, within the configured time.
 */
@Timeout(30)
class VerifyAgainstHostileServerTest {
  static final String START_URL = "https://d-9067a1b2c3.awsapps.com/start";
  static final Duration TIMEOUT = Duration.ofSeconds(1);
  static final String CREDENTIALS =
      "{\"roleCredentials\":{\"accessKeyId\":\"ASIAEXAMPLE\",\"secretAccessKey\":\"s\","
          + "\"sessionToken\":\"t\",\"expiration\":"
          + Instant.now().plusSeconds(3600).toEpochMilli()
          + "}}";
  static final String STS_NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";
  static final String IDENTITY =
      "<GetCallerIdentityResponse xmlns=\""
          + STS_NAMESPACE
          + "\"><GetCallerIdentityResult><Arn>arn:aws:sts::111122223333:assumed-role/R/u</Arn>"
          + "<UserId>U</UserId><Account>111122223333</Account></GetCallerIdentityResult>"
          + "<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>"
          + "</GetCallerIdentityResponse>";
  static final String NO_IDENTITY =
      "<GetCallerIdentityResponse xmlns=\""
          + STS_NAMESPACE
          + "\"><GetCallerIdentityResult></GetCallerIdentityResult>"
          + "</GetCallerIdentityResponse>";

  @RegisterExtension final SdkHome sdkHome = new SdkHome();
  private HostileServer server;
  private SandboxEndpoints endpoints;

  private TestHome home() {
    return sdkHome.get();
  }

  @BeforeEach
  void setUp() {
    home()
        .writeConfig(
            "[profile workday]\nsso_session = corp\nsso_account_id = 111122223333\n"
                + "sso_role_name = S3DynamoDBAccess\nregion = ap-northeast-1\n\n"
                + "[sso-session corp]\nsso_start_url = "
                + START_URL
                + "\nsso_region = ap-northeast-1\nsso_registration_scopes = sso:account:access\n");
    new TokenCache(home().ssoCache(), Clock.systemUTC(), home().locks())
        .write(
            new SsoSessionRef("corp", START_URL, "ap-northeast-1", List.of()),
            new CachedToken(
                START_URL,
                "ap-northeast-1",
                Secret.of("the-access-token"),
                Instant.now().plusSeconds(3600),
                "id",
                Secret.ofNullable("secret"),
                Instant.now().plusSeconds(86400),
                Secret.ofNullable("the-refresh-token")));
  }

  @AfterEach
  void tearDown() {
    if (endpoints != null) {
      endpoints.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private HostileServer serve(Behaviour everyRequest) {
    server = HostileServer.start(everyRequest);
    String url = server.uri().toString();
    endpoints =
        SandboxEndpoints.pointAt(
            Map.of(
                "AWS_ENDPOINT_URL_SSO_OIDC", url,
                "AWS_ENDPOINT_URL_SSO", url,
                "AWS_ENDPOINT_URL_STS", url,
                "AWS_ENDPOINT_URL_S3", url));
    return server;
  }

  /** Verify with timeouts long enough for a cold SDK, for answers that come at once. */
  private Result verify(String... more) {
    return verifyWithin(Duration.ofSeconds(10), more);
  }

  private Result verifyWithin(Duration timeout, String... more) {
    String[] args = new String[more.length + 1];
    args[0] = "verify";
    System.arraycopy(more, 0, args, 1, more.length);
    return CliRun.run(home(), context -> context.awsTimeouts(AwsTimeouts.all(timeout)), args);
  }

  @Test
  void anIncompleteIdentity_isAFailureNamingSts() {
    serve(HostileServer.json("{}"))
        .on("/federation/credentials", HostileServer.json(CREDENTIALS))
        .on("POST /", HostileServer.answer(200, Map.of("Content-Type", "text/xml"), NO_IDENTITY));

    Result result = verify("--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .contains("STS at " + server.hostAndPort() + " sent an incomplete answer")
        .contains("GetCallerIdentity");
    assertThat(result.out()).doesNotContain("null");
  }

  @Test
  void anEmptyRoleCredentialsAnswer_isAFailureNamingThePortal() {
    serve(HostileServer.json("{}"));

    Result result = verify("--profile", "workday", "--format", "json");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err()).contains("the AWS access portal (SSO)").contains("incomplete");
    Map<String, Object> json = Json.parseObject(result.out());
    assertThat(json.get("failure")).isEqualTo("incomplete-answer");
  }

  @Test
  void aPortalThatNeverAnswers_insideTheSdksProvider_failsWithinTheTimeout() {
    serve(HostileServer.neverAnswer());

    long started = System.nanoTime();
    Result result = verifyWithin(TIMEOUT, "--profile", "workday");
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err())
        .contains("the AWS access portal (SSO)")
        .contains(server.hostAndPort())
        .contains("did not answer");
    assertThat(took).isLessThan(TIMEOUT.multipliedBy(10));
  }

  @Test
  void stsTricklingItsAnswer_failsWithinTheTimeout_namingSts() {
    serve(HostileServer.json("{}"))
        .on("/federation/credentials", HostileServer.json(CREDENTIALS))
        .on("POST /", HostileServer.trickle(Duration.ofMillis(50)));
    // The SDK's own provider gets the credentials first, from a cold start: it has time for that.
    Result result = verifyWithin(Duration.ofSeconds(3), "--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err()).contains("STS at " + server.hostAndPort() + " did not answer");
  }

  @Test
  void aBucketWithoutItsName_isAFailureNamingS3() {
    serve(HostileServer.json("{}"))
        .on("/federation/credentials", HostileServer.json(CREDENTIALS))
        .on("POST /", HostileServer.answer(200, Map.of("Content-Type", "text/xml"), IDENTITY))
        .on(
            "GET /",
            HostileServer.answer(
                200,
                Map.of("Content-Type", "application/xml"),
                "<ListAllMyBucketsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                    + "<Buckets><Bucket><CreationDate>2024-04-01T09:30:00.000Z</CreationDate>"
                    + "</Bucket></Buckets></ListAllMyBucketsResult>"));

    Result result = verify("--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err()).contains("S3 at " + server.hostAndPort() + " sent an incomplete");
    assertThat(result.out()).doesNotContain("null");
  }
}
