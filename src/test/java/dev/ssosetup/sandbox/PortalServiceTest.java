package dev.ssosetup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.testkit.MutableClock;
import dev.ssosetup.testkit.SandboxClients;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.SandboxLogin;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.AccountInfo;
import software.amazon.awssdk.services.sso.model.InvalidRequestException;
import software.amazon.awssdk.services.sso.model.ListAccountsResponse;
import software.amazon.awssdk.services.sso.model.RoleCredentials;
import software.amazon.awssdk.services.sso.model.RoleInfo;
import software.amazon.awssdk.services.sso.model.SsoException;
import software.amazon.awssdk.services.sso.model.TooManyRequestsException;
import software.amazon.awssdk.services.sso.model.UnauthorizedException;

/** The SSO portal through the real {@code SsoClient}, on the medium fixture. */
class PortalServiceTest {
  private final MutableClock clock = MutableClock.startingNow();

  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.fixture(Fixture.medium()).clock(clock));

  private SsoClient portal;
  private String token;

  @BeforeEach
  void setUp() {
    portal = SandboxClients.portal(extension.get());
    token = SandboxLogin.deviceCode(extension.get()).accessToken();
  }

  @AfterEach
  void tearDown() {
    portal.close();
  }

  @Test
  void listAccounts_pagesWithMaxResultAndNextToken() {
    ListAccountsResponse first = portal.listAccounts(r -> r.accessToken(token).maxResults(3));
    ListAccountsResponse second =
        portal.listAccounts(r -> r.accessToken(token).maxResults(3).nextToken(first.nextToken()));

    assertThat(first.accountList())
        .extracting(AccountInfo::accountName)
        .containsExactly("Staging", "Production", "Sandbox [dev] team");
    assertThat(first.nextToken()).isNotBlank();
    assertThat(second.accountList())
        .extracting(AccountInfo::accountName)
        .containsExactly("Log Archive");
    assertThat(second.nextToken()).isNull();
    assertThat(extension.get().requests())
        .filteredOn(r -> r.operation().equals("ListAccounts"))
        .extracting(RequestRecord::query)
        .containsExactly("max_result=3", "next_token=" + first.nextToken() + "&max_result=3");
  }

  @Test
  void listAccounts_throughTheSdkPaginator_givesEveryAssignedAccountOnce() {
    List<AccountInfo> accounts =
        portal.listAccountsPaginator(r -> r.accessToken(token).maxResults(1)).accountList().stream()
            .toList();

    assertThat(accounts)
        .extracting(AccountInfo::accountId)
        .containsExactly("444455556666", "111122223333", "777788889999", "210987654321");
    assertThat(accounts.get(0).emailAddress()).isEqualTo("aws-staging@example.com");
  }

  @Test
  void listAccountRoles_pagesTheRolesOfOneAccount() {
    List<RoleInfo> roles =
        portal
            .listAccountRolesPaginator(
                r -> r.accessToken(token).accountId("444455556666").maxResults(2))
            .roleList()
            .stream()
            .toList();

    assertThat(roles)
        .extracting(RoleInfo::roleName)
        .containsExactly("S3DynamoDBAccess", "ReadOnlyAccess", "BillingViewer");
    assertThat(roles).extracting(RoleInfo::accountId).containsOnly("444455556666");
    assertThat(extension.get().requests())
        .filteredOn(r -> r.operation().equals("ListAccountRoles"))
        .hasSize(2);
  }

  @Test
  void listAccountRoles_listsOnlyTheRolesAssignedToTheUser() {
    assertThat(
            portal.listAccountRoles(r -> r.accessToken(token).accountId("111122223333")).roleList())
        .extracting(RoleInfo::roleName)
        .containsExactly("ReadOnlyAccess", "BillingViewer");
  }

  @Test
  void listAccounts_withoutMaxResult_givesPagesOf20() {
    try (Sandbox big = Sandbox.builder().fixture(Fixture.generated(45, 1)).build().start();
        SsoClient bigPortal = SandboxClients.portal(big)) {
      String bigToken = SandboxLogin.deviceCode(big).accessToken();

      List<Integer> pageSizes =
          bigPortal.listAccountsPaginator(r -> r.accessToken(bigToken)).stream()
              .map(page -> page.accountList().size())
              .toList();

      assertThat(pageSizes).containsExactly(20, 20, 5);
    }
  }

  @Test
  void listAccounts_withAnInvalidMaxResult_isInvalidRequest() {
    assertThatThrownBy(() -> portal.listAccounts(r -> r.accessToken(token).maxResults(101)))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(400));
  }

  @Test
  void listAccountRoles_withTheNextTokenOfAnotherList_isInvalidRequest() {
    String accountsToken = portal.listAccounts(r -> r.accessToken(token).maxResults(1)).nextToken();

    assertThatThrownBy(
            () ->
                portal.listAccountRoles(
                    r -> r.accessToken(token).accountId("444455556666").nextToken(accountsToken)))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void anyCall_withAnUnknownToken_isUnauthorizedWith401() {
    assertThatThrownBy(() -> portal.listAccounts(r -> r.accessToken("aoa-not-a-token")))
        .isInstanceOfSatisfying(
            UnauthorizedException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(401);
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo("Session token not found or invalid");
            });
  }

  @Test
  void listAccountRoles_forAnAccountNotAssignedToTheUser_isForbidden() {
    assertThatThrownBy(
            () -> portal.listAccountRoles(r -> r.accessToken(token).accountId("123456789012")))
        .isInstanceOfSatisfying(SsoException.class, PortalServiceTest::assertForbidden);
  }

  @Test
  void getRoleCredentials_forARoleNotAssignedToTheUser_isForbidden() {
    assertThatThrownBy(() -> credentials("111122223333", "AdministratorAccess"))
        .isInstanceOfSatisfying(SsoException.class, PortalServiceTest::assertForbidden);
  }

  @Test
  void getRoleCredentials_givesTemporaryKeysExpiringInEpochMillis() {
    RoleCredentials credentials = credentials("444455556666", "S3DynamoDBAccess");

    assertThat(credentials.accessKeyId()).matches("ASIA[A-Z2-7]{16}");
    assertThat(credentials.secretAccessKey()).hasSize(40);
    assertThat(credentials.sessionToken()).isNotBlank();
    assertThat(credentials.expiration())
        .isEqualTo(clock.instant().plus(Duration.ofHours(1)).toEpochMilli());
    assertThat(extension.get().issuedSecrets())
        .contains(credentials.secretAccessKey(), credentials.sessionToken())
        .doesNotContain(credentials.accessKeyId());
  }

  @Test
  void unassign_takesEffectWhileRunning_andAssignRestoresIt() {
    Sandbox sandbox = extension.get();

    sandbox.unassign("workday_worker", "210987654321", "ReadOnlyAccess");

    assertThat(accountIds()).doesNotContain("210987654321");
    assertThatThrownBy(() -> credentials("210987654321", "ReadOnlyAccess"))
        .isInstanceOfSatisfying(SsoException.class, PortalServiceTest::assertForbidden);

    sandbox.assign("workday_worker", "210987654321", "ReadOnlyAccess");

    assertThat(accountIds()).contains("210987654321");
    assertThat(credentials("210987654321", "ReadOnlyAccess").accessKeyId()).isNotBlank();
  }

  @Test
  void assign_ofARoleTheFixtureDoesNotHave_isRejected() {
    assertThatThrownBy(() -> extension.get().assign("workday_worker", "210987654321", "Nope"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void throttled_withoutRetries_isTooManyRequestsWith429() {
    extension.get().setThrottleRps(1);
    try (SsoClient noRetries = portalWith(AwsRetryStrategy.doNotRetry())) {
      noRetries.listAccounts(r -> r.accessToken(token));

      assertThatThrownBy(() -> noRetries.listAccounts(r -> r.accessToken(token)))
          .isInstanceOfSatisfying(
              TooManyRequestsException.class, e -> assertThat(e.statusCode()).isEqualTo(429));
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void throttled_requestsAreRetriedByTheSdk_andEventuallySucceed() {
    Sandbox sandbox = extension.get();
    sandbox.setThrottleRps(2);
    // The back-off moves the sandbox's clock on by more than one token's refill instead of
    // sleeping: the outcome is certain, whatever the machine's speed.
    BackoffStrategy onTheSandboxClock =
        attempt -> {
          clock.advance(Duration.ofMillis(600));
          return Duration.ZERO;
        };
    StandardRetryStrategy retries =
        AwsRetryStrategy.standardRetryStrategy().toBuilder()
            .maxAttempts(4)
            .backoffStrategy(onTheSandboxClock)
            .throttlingBackoffStrategy(onTheSandboxClock)
            .circuitBreakerEnabled(false)
            .build();
    sandbox.clearRequests();

    try (SsoClient retrying = portalWith(retries)) {
      for (int i = 0; i < 4; i++) {
        assertThat(retrying.listAccounts(r -> r.accessToken(token)).accountList()).hasSize(4);
      }
    }

    assertThat(sandbox.requests())
        .extracting(RequestRecord::status)
        .contains(429)
        .filteredOn(status -> status == 200)
        .hasSize(4);
    assertThat(sandbox.requests())
        .filteredOn(r -> r.status() == 429)
        .extracting(RequestRecord::errorType)
        .containsOnly("TooManyRequestsException");
  }

  @Test
  void throttle_refusesExactlyTheExcessOfAClientAboveTheRate() {
    Sandbox sandbox = extension.get();
    sandbox.setThrottleRps(20);
    sandbox.clearRequests();

    // The sandbox's clock stands still: the bucket holds one second's worth, and refills only when
    // the clock is moved on.
    try (SsoClient noRetries = portalWith(AwsRetryStrategy.doNotRetry())) {
      callListAccounts(noRetries, 100);
      assertThat(statuses(sandbox)).containsEntry(200, 20L).containsEntry(429, 80L);

      sandbox.clearRequests();
      clock.advance(Duration.ofMillis(500));
      callListAccounts(noRetries, 30);
      assertThat(statuses(sandbox)).containsEntry(200, 10L).containsEntry(429, 20L);
    }
  }

  private void callListAccounts(SsoClient client, int times) {
    for (int i = 0; i < times; i++) {
      try {
        client.listAccounts(r -> r.accessToken(token));
      } catch (TooManyRequestsException e) {
        // counted from the request log
      }
    }
  }

  private static Map<Integer, Long> statuses(Sandbox sandbox) {
    return sandbox.requests().stream()
        .collect(Collectors.groupingBy(RequestRecord::status, Collectors.counting()));
  }

  @Test
  void throttle_leavesOidcAlone() {
    extension.get().setThrottleRps(1);

    for (int i = 0; i < 5; i++) {
      SandboxLogin.deviceCode(extension.get());
    }
  }

  @Test
  void failRate_one_answers500sInThePortalsFormat_andTheSdkRetriesThem() {
    Sandbox sandbox = extension.get();
    sandbox.setFailRate(1);
    sandbox.clearRequests();

    assertThatThrownBy(() -> portal.listAccounts(r -> r.accessToken(token)))
        .isInstanceOfSatisfying(
            SsoException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(500);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalServerException");
            });
    assertThat(sandbox.requests()).hasSizeGreaterThan(1).allMatch(r -> r.status() == 500);

    sandbox.setFailRate(0);
    assertThat(accountIds()).isNotEmpty();
  }

  private SsoClient portalWith(software.amazon.awssdk.retries.api.RetryStrategy retries) {
    return SandboxClients.portal(
        extension.get(), ClientOverrideConfiguration.builder().retryStrategy(retries).build());
  }

  private List<String> accountIds() {
    return portal.listAccounts(r -> r.accessToken(token)).accountList().stream()
        .map(AccountInfo::accountId)
        .toList();
  }

  private RoleCredentials credentials(String accountId, String roleName) {
    return portal
        .getRoleCredentials(r -> r.accessToken(token).accountId(accountId).roleName(roleName))
        .roleCredentials();
  }

  private static void assertForbidden(SsoException e) {
    assertThat(e.statusCode()).isEqualTo(403);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ForbiddenException");
    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("No access");
  }
}
