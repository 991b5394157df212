package dev.ssosetup.populate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.aws.PacedCaller;
import dev.ssosetup.aws.RateLimiter;
import dev.ssosetup.aws.RetryPolicy;
import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.sandbox.RequestRecord;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.SandboxClients;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.SandboxLogin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.sso.SsoClient;

/** The lister against the sandbox, with small pages so that every list has several. */
@Timeout(30)
class AssignmentListerTest {
  @RegisterExtension
  final SandboxExtension extension = SandboxExtension.with(b -> b.fixture(Fixture.generated(7, 5)));

  private SsoClient portal;
  private final List<Long> backoffs = Collections.synchronizedList(new ArrayList<>());
  private final List<Progress> progress = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void close() {
    if (portal != null) {
      portal.close();
    }
  }

  @Test
  void everyPageOfAccountsAndOfEachAccountsRoles_isListed_inThePortalsOrder() throws Exception {
    Sandbox sandbox = extension.get();
    String token = SandboxLogin.deviceCode(sandbox).accessToken();
    sandbox.clearRequests();

    Listing listing = lister(sandbox, 2).list(token, account -> true);

    assertThat(listing.accounts())
        .extracting(a -> a.id())
        .containsExactlyElementsOf(
            sandbox.fixture().accounts().stream().map(Fixture.Account::id).toList());
    assertThat(listing.accounts().get(0).name()).isEqualTo("Workload 0001 (prod)");
    assertThat(listing.accounts().get(0).email()).isEqualTo("aws+workload-0001@example.com");
    assertThat(listing.roles()).hasSize(7);
    assertThat(listing.roles().get("100000000003"))
        .containsExactly(
            "AdministratorAccess",
            "ReadOnlyAccess",
            "S3DynamoDBAccess",
            "PowerUserAccess",
            "BillingAccess");
    // 4 pages of 2 accounts, and 3 pages of 2 roles for each of the 7 accounts.
    assertThat(sandbox.requests()).hasSize(4 + 7 * 3);
    assertThat(listing.requests()).isEqualTo(4 + 7 * 3);
    assertThat(listing.retries()).isZero();
    assertThat(sandbox.requests())
        .extracting(RequestRecord::query)
        .allMatch(query -> query.contains("max_result=2"));
  }

  @Test
  void rolesOfAccountsTheFilterRejects_areNeverAskedFor() throws Exception {
    Sandbox sandbox = extension.get();
    String token = SandboxLogin.deviceCode(sandbox).accessToken();
    sandbox.clearRequests();

    Listing listing =
        lister(sandbox, 100).list(token, account -> account.id().equals("100000000004"));

    assertThat(listing.accounts()).hasSize(7);
    assertThat(listing.roles().keySet()).containsExactly("100000000004");
    assertThat(sandbox.requests())
        .extracting(RequestRecord::pathAndQuery)
        .filteredOn(p -> p.startsWith("/assignment/roles"))
        .singleElement()
        .satisfies(p -> assertThat(p).contains("account_id=100000000004"));
    assertThat(progress.get(progress.size() - 1))
        .satisfies(
            p -> {
              assertThat(p.accountsFound()).isEqualTo(7);
              assertThat(p.accountsToList()).isEqualTo(1);
              assertThat(p.accountsDone()).isEqualTo(1);
              assertThat(p.rolesFound()).isEqualTo(5);
            });
  }

  @Test
  void anAccountUnassignedWhileListing_isReportedWithoutAccess_notAFailure() throws Exception {
    Sandbox sandbox = extension.get();
    String token = SandboxLogin.deviceCode(sandbox).accessToken();
    Set<String> unassigned = ConcurrentHashMap.newKeySet();

    // The filter runs after the account's page and before its roles are asked for.
    Listing listing =
        lister(sandbox, 100)
            .list(
                token,
                account -> {
                  if (account.id().equals("100000000002") && unassigned.add(account.id())) {
                    for (Fixture.Role role : sandbox.fixture().accounts().get(1).roles()) {
                      sandbox.unassign("workday_worker", account.id(), role.name());
                    }
                  }
                  return true;
                });

    assertThat(listing.accountsWithoutAccess()).containsExactly("100000000002");
    assertThat(listing.roles()).hasSize(6).doesNotContainKey("100000000002");
  }

  @Test
  void throttlingIsRetriedWithBackoff_throughTheLimiter() throws Exception {
    Sandbox sandbox = extension.get();
    String token = SandboxLogin.deviceCode(sandbox).accessToken();
    sandbox.setThrottleRps(5);
    sandbox.clearRequests();

    // Backoffs really wait here: the sandbox's bucket refills in real time.
    Listing listing =
        lister(
                sandbox,
                100,
                nanos -> {
                  backoffs.add(nanos);
                  RateLimiter.Sleeper.SYSTEM.sleep(nanos);
                })
            .list(token, account -> true);

    assertThat(listing.roles()).hasSize(7);
    long throttled =
        sandbox.requests().stream()
            .filter(r -> "TooManyRequestsException".equals(r.errorType()))
            .count();
    assertThat(throttled).isPositive().isEqualTo(listing.retries());
    assertThat(backoffs).hasSize(listing.retries());
    assertThat(listing.requests()).isEqualTo(8 + listing.retries());
  }

  @Test
  void aFailureThatRetryingCannotFix_endsTheListing_asAUserFacingError() throws Exception {
    Sandbox sandbox = extension.get();
    String token = SandboxLogin.deviceCode(sandbox).accessToken();
    sandbox.setFailRate(1);

    assertThatThrownBy(() -> lister(sandbox, 100).list(token, account -> true))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Could not list your AWS accounts: InternalServerException (An internal"
                          + " error occurred (injected failure).)");
            });
    assertThat(backoffs).hasSize(RetryPolicy.DEFAULT.maxAttempts(RetryPolicy.Kind.TRANSIENT) - 1);
  }

  /** A lister whose retries record their backoff instead of waiting it out. */
  private AssignmentLister lister(Sandbox sandbox, int pageSize) {
    return lister(sandbox, pageSize, backoffs::add);
  }

  private AssignmentLister lister(Sandbox sandbox, int pageSize, RateLimiter.Sleeper sleeper) {
    portal =
        SandboxClients.portal(
            sandbox,
            ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.doNotRetry())
                .build());
    return new AssignmentLister(
        portal,
        new PacedCaller(new RateLimiter(1_000), RetryPolicy.DEFAULT, sleeper, () -> 0.5),
        4,
        pageSize,
        progress::add,
        System::nanoTime);
  }
}
