package dev.ssosetup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.testkit.MutableClock;
import dev.ssosetup.testkit.SandboxClients;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.SandboxLogin;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.ListBucketsResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

/** STS GetCallerIdentity and S3 ListBuckets with role credentials, through the real clients. */
class StsAndS3Test {
  private final MutableClock clock = MutableClock.startingNow();

  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.fixture(Fixture.medium()).clock(clock));

  private String token;

  @BeforeEach
  void logIn() {
    token = SandboxLogin.deviceCode(extension.get()).accessToken();
  }

  @Test
  void getCallerIdentity_namesTheRoleSessionAsIdentityCenterDoes() {
    GetCallerIdentityResponse identity =
        sts(credentials("444455556666", "S3DynamoDBAccess"), StsClient::getCallerIdentity);

    assertThat(identity.account()).isEqualTo("444455556666");
    assertThat(identity.arn())
        .matches(
            "arn:aws:sts::444455556666:assumed-role/AWSReservedSSO_S3DynamoDBAccess_[0-9a-f]{16}"
                + "/workday_worker");
    assertThat(identity.userId()).matches("AROA[0-9A-Z]{17}:workday_worker");
  }

  @Test
  void getCallerIdentity_givesTheSameRoleNameEveryTime_andAnotherForAnotherRole() {
    String first =
        sts(credentials("444455556666", "ReadOnlyAccess"), StsClient::getCallerIdentity).arn();
    String again =
        sts(credentials("444455556666", "ReadOnlyAccess"), StsClient::getCallerIdentity).arn();
    String other =
        sts(credentials("444455556666", "S3DynamoDBAccess"), StsClient::getCallerIdentity).arn();

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void listBuckets_givesTheRolesBucketsSortedWithCreationDates() {
    ListBucketsResponse response =
        s3(credentials("444455556666", "S3DynamoDBAccess"), S3Client::listBuckets);

    assertThat(response.buckets())
        .extracting(Bucket::name)
        .containsExactly("staging-app-data", "staging-app-logs");
    assertThat(response.buckets().get(0).creationDate())
        .isEqualTo(Instant.parse("2023-11-20T08:00:00Z"));
    assertThat(response.owner().displayName()).isEqualTo("workday_worker");
  }

  @Test
  void listBuckets_withPrefixAndMaxBuckets_pagesWithAContinuationToken() {
    StaticCredentialsProvider credentials = credentials("444455556666", "S3DynamoDBAccess");

    ListBucketsResponse first =
        s3(credentials, s3 -> s3.listBuckets(r -> r.prefix("staging").maxBuckets(1)));
    ListBucketsResponse second =
        s3(
            credentials,
            s3 ->
                s3.listBuckets(
                    r ->
                        r.prefix("staging")
                            .maxBuckets(1)
                            .continuationToken(first.continuationToken())));

    assertThat(first.buckets()).extracting(Bucket::name).containsExactly("staging-app-data");
    assertThat(first.buckets().get(0).bucketRegion()).isEqualTo("us-east-1");
    assertThat(first.prefix()).isEqualTo("staging");
    assertThat(second.buckets()).extracting(Bucket::name).containsExactly("staging-app-logs");
    assertThat(second.continuationToken()).isNull();
  }

  @Test
  void listBuckets_ofARoleWithS3AccessButNoBuckets_isEmpty() {
    assertThat(
            s3(credentials("777788889999", "AdministratorAccess"), S3Client::listBuckets).buckets())
        .isEmpty();
  }

  @Test
  void listBuckets_ofARoleWithoutS3_isAccessDenied_whileTheIdentityCheckPasses() {
    StaticCredentialsProvider credentials = credentials("444455556666", "BillingViewer");

    assertThat(sts(credentials, StsClient::getCallerIdentity).arn()).contains("BillingViewer");
    assertThatThrownBy(() -> s3(credentials, S3Client::listBuckets))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertErrorCode(e, 403, "AccessDenied");
              assertThat(e.awsErrorDetails().errorMessage())
                  .contains("is not authorized to perform: s3:ListAllMyBuckets");
            });
  }

  @Test
  void aWrongSecretKey_isSignatureDoesNotMatch_forStsAndS3() {
    StaticCredentialsProvider wrong =
        withSecretKey(credentials("444455556666", "S3DynamoDBAccess"), "x".repeat(40));

    assertThatThrownBy(() -> sts(wrong, StsClient::getCallerIdentity))
        .isInstanceOfSatisfying(
            StsException.class, e -> assertErrorCode(e, 403, "SignatureDoesNotMatch"));
    assertThatThrownBy(() -> s3(wrong, S3Client::listBuckets))
        .isInstanceOfSatisfying(
            S3Exception.class, e -> assertErrorCode(e, 403, "SignatureDoesNotMatch"));
  }

  @Test
  void aWrongSessionToken_isRejected_byStsAsInvalidClientTokenId_andByS3AsInvalidToken() {
    StaticCredentialsProvider real = credentials("444455556666", "S3DynamoDBAccess");
    AwsSessionCredentials session = (AwsSessionCredentials) real.resolveCredentials();
    StaticCredentialsProvider wrong =
        StaticCredentialsProvider.create(
            AwsSessionCredentials.create(
                session.accessKeyId(), session.secretAccessKey(), "not-the-session-token"));

    assertThatThrownBy(() -> sts(wrong, StsClient::getCallerIdentity))
        .isInstanceOfSatisfying(
            StsException.class, e -> assertErrorCode(e, 403, "InvalidClientTokenId"));
    assertThatThrownBy(() -> s3(wrong, S3Client::listBuckets))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertErrorCode(e, 400, "InvalidToken"));
  }

  @Test
  void anAccessKeyTheSandboxNeverIssued_isRejected() {
    StaticCredentialsProvider unknown =
        StaticCredentialsProvider.create(
            AwsSessionCredentials.create("ASIAUNKNOWNUNKNOWN12", "y".repeat(40), "token"));

    assertThatThrownBy(() -> sts(unknown, StsClient::getCallerIdentity))
        .isInstanceOfSatisfying(
            StsException.class, e -> assertErrorCode(e, 403, "InvalidClientTokenId"));
    assertThatThrownBy(() -> s3(unknown, S3Client::listBuckets))
        .isInstanceOfSatisfying(
            S3Exception.class, e -> assertErrorCode(e, 403, "InvalidAccessKeyId"));
  }

  @Test
  void expiredRoleCredentials_areExpiredToken_forStsAndS3() {
    StaticCredentialsProvider credentials = credentials("444455556666", "S3DynamoDBAccess");

    clock.advance(Duration.ofHours(1));

    assertThatThrownBy(() -> sts(credentials, StsClient::getCallerIdentity))
        .isInstanceOfSatisfying(StsException.class, e -> assertErrorCode(e, 400, "ExpiredToken"));
    assertThatThrownBy(() -> s3(credentials, S3Client::listBuckets))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertErrorCode(e, 400, "ExpiredToken"));
  }

  @Test
  void credentialsIssuedBeforeAnUnassignment_stayValidUntilTheyExpire() {
    StaticCredentialsProvider credentials = credentials("210987654321", "ReadOnlyAccess");

    extension.get().unassign("workday_worker", "210987654321", "ReadOnlyAccess");

    assertThat(sts(credentials, StsClient::getCallerIdentity).account()).isEqualTo("210987654321");
  }

  @Test
  void unsignedRequests_areRejected() {
    AwsCredentialsProvider anonymous = AnonymousCredentialsProvider.create();

    assertThatThrownBy(() -> sts(anonymous, StsClient::getCallerIdentity))
        .isInstanceOfSatisfying(
            StsException.class, e -> assertErrorCode(e, 403, "MissingAuthenticationToken"));
    assertThatThrownBy(() -> s3(anonymous, S3Client::listBuckets))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertErrorCode(e, 403, "AccessDenied"));
  }

  @Test
  void failRate_answersEachServicesOwnInternalError() {
    StaticCredentialsProvider credentials = credentials("444455556666", "S3DynamoDBAccess");
    extension.get().setFailRate(1);

    assertThatThrownBy(() -> sts(credentials, StsClient::getCallerIdentity))
        .isInstanceOfSatisfying(
            StsException.class, e -> assertErrorCode(e, 500, "InternalFailure"));
    assertThatThrownBy(() -> s3(credentials, S3Client::listBuckets))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertErrorCode(e, 500, "InternalError"));
  }

  @Test
  void theRequestLog_namesStsAndS3AndTheirErrors() {
    Sandbox sandbox = extension.get();
    StaticCredentialsProvider credentials = credentials("444455556666", "BillingViewer");
    sandbox.clearRequests();

    sts(credentials, StsClient::getCallerIdentity);
    assertThatThrownBy(() -> s3(credentials, S3Client::listBuckets))
        .isInstanceOf(S3Exception.class);

    assertThat(sandbox.requests())
        .extracting(r -> r.service() + " " + r.operation() + " " + r.status() + " " + r.errorType())
        .containsExactly("sts GetCallerIdentity 200 null", "s3 ListBuckets 403 AccessDenied");
  }

  private StaticCredentialsProvider credentials(String accountId, String roleName) {
    return SandboxLogin.roleCredentials(extension.get(), token, accountId, roleName);
  }

  private static StaticCredentialsProvider withSecretKey(
      StaticCredentialsProvider provider, String secretKey) {
    AwsSessionCredentials session = (AwsSessionCredentials) provider.resolveCredentials();
    return StaticCredentialsProvider.create(
        AwsSessionCredentials.create(session.accessKeyId(), secretKey, session.sessionToken()));
  }

  private <T> T sts(AwsCredentialsProvider credentials, Function<StsClient, T> call) {
    try (StsClient sts = SandboxClients.sts(extension.get(), credentials)) {
      return call.apply(sts);
    }
  }

  private <T> T s3(AwsCredentialsProvider credentials, Function<S3Client, T> call) {
    try (S3Client s3 = SandboxClients.s3(extension.get(), credentials)) {
      return call.apply(s3);
    }
  }

  private static void assertErrorCode(AwsServiceException e, int status, String code) {
    assertThat(e.statusCode()).as(e.getMessage()).isEqualTo(status);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
  }
}
