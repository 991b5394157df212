package dev.ssosetup.populate;

import dev.ssosetup.aws.Account;
import dev.ssosetup.aws.AwsErrors;
import dev.ssosetup.aws.PacedCaller;
import dev.ssosetup.common.Text;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.AccountInfo;
import software.amazon.awssdk.services.sso.model.ListAccountRolesResponse;
import software.amazon.awssdk.services.sso.model.ListAccountsResponse;
import software.amazon.awssdk.services.sso.model.RoleInfo;

/**
 * Lists a user's accounts and roles through the portal: every page of accounts in turn, and the
 * roles of each account that passes the filter concurrently, starting as soon as the account's page
 * is in. Every call goes through a {@link PacedCaller}: each attempt, retries included, first takes
 * a slot from its rate limiter, so the portal sees at most the configured rate, and throttled and
 * failed calls are retried as its retry policy says. Use the portal client without the SDK's own
 * retries: they would bypass the limiter.
 */
final class AssignmentLister {
  /** The portal's largest page. */
  static final int MAX_PAGE_SIZE = 100;

  private final SsoClient portal;
  private final PacedCaller caller;
  private final int concurrency;
  private final int pageSize;
  private final ProgressListener progress;
  private final LongSupplier nanoTime;

  private final AtomicInteger accountsDone = new AtomicInteger();
  private final AtomicInteger rolesFound = new AtomicInteger();
  private final AtomicInteger accountsFound = new AtomicInteger();
  private final AtomicInteger accountsToList = new AtomicInteger();
  private volatile boolean allAccountsFound;
  private long started;

  AssignmentLister(
      SsoClient portal,
      PacedCaller caller,
      int concurrency,
      int pageSize,
      ProgressListener progress,
      LongSupplier nanoTime) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, not " + concurrency);
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page size must be 1 to 100, not " + pageSize);
    }
    this.portal = portal;
    this.caller = caller;
    this.concurrency = concurrency;
    this.pageSize = pageSize;
    this.progress = progress;
    this.nanoTime = nanoTime;
  }

  /**
   * Every account of the token's user, and the roles of those {@code listRolesOf} accepts.
   *
   * @throws dev.ssosetup.common.UserFacingException (exit 1) when a call fails for good: an expired
   *     token, a network outage, throttling beyond every retry
   */
  Listing list(String accessToken, Predicate<Account> listRolesOf) throws InterruptedException {
    started = nanoTime.getAsLong();
    Map<String, Account> accounts = new LinkedHashMap<>();
    Map<String, List<String>> roles = new ConcurrentHashMap<>();
    Set<String> withoutAccess = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency, daemonThreads());
    CompletionService<Void> tasks = new ExecutorCompletionService<>(pool);
    int submitted = 0;
    int completed = 0;
    try {
      String nextToken = null;
      do {
        String token = nextToken;
        ListAccountsResponse page =
            call(
                Text.of("populate.action.listAccounts"),
                false,
                () ->
                    portal.listAccounts(
                        r -> r.accessToken(accessToken).maxResults(pageSize).nextToken(token)));
        for (AccountInfo info : page.accountList()) {
          Account account =
              new Account(
                  info.accountId(), orEmpty(info.accountName()), orEmpty(info.emailAddress()));
          if (accounts.putIfAbsent(account.id(), account) == null && listRolesOf.test(account)) {
            accountsToList.incrementAndGet();
            tasks.submit(() -> listRoles(accessToken, account, roles, withoutAccess));
            submitted++;
          }
        }
        accountsFound.set(accounts.size());
        nextToken = blankToNull(page.nextToken());
        report();
        // Stop early when a role listing has failed for good (an expired token, say).
        for (Future<Void> done = tasks.poll(); done != null; done = tasks.poll()) {
          completed++;
          rethrowFailure(done);
        }
      } while (nextToken != null);
      allAccountsFound = true;
      report();
      for (; completed < submitted; completed++) {
        rethrowFailure(tasks.take());
      }
    } finally {
      pool.shutdownNow();
      // A call in flight ends within its timeout; do not let it outlive the client it uses.
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
    Map<String, List<String>> ordered = new LinkedHashMap<>();
    for (String id : accounts.keySet()) {
      List<String> names = roles.get(id);
      if (names != null) {
        ordered.put(id, names);
      }
    }
    return new Listing(
        List.copyOf(accounts.values()),
        ordered,
        withoutAccess,
        caller.requests(),
        caller.retries());
  }

  private Void listRoles(
      String accessToken,
      Account account,
      Map<String, List<String>> roles,
      Set<String> withoutAccess)
      throws InterruptedException {
    List<String> names = new ArrayList<>();
    String nextToken = null;
    try {
      do {
        String token = nextToken;
        ListAccountRolesResponse page =
            call(
                Text.of("populate.action.listRoles", account.id()),
                true,
                () ->
                    portal.listAccountRoles(
                        r ->
                            r.accessToken(accessToken)
                                .accountId(account.id())
                                .maxResults(pageSize)
                                .nextToken(token)));
        for (RoleInfo role : page.roleList()) {
          if (role.roleName() != null && !names.contains(role.roleName())) {
            names.add(role.roleName());
          }
        }
        nextToken = blankToNull(page.nextToken());
      } while (nextToken != null);
      roles.put(account.id(), names);
      rolesFound.addAndGet(names.size());
    } catch (NoAccess e) {
      withoutAccess.add(account.id());
    }
    accountsDone.incrementAndGet();
    report();
    return null;
  }

  /**
   * One portal call with its retries, paced.
   *
   * @param forbiddenMeansNoAccess whether a 403 answer means the account is no longer assigned (for
   *     its roles) rather than a failure (a 403 is never retried)
   * @throws NoAccess when the portal answers 403 and {@code forbiddenMeansNoAccess}
   */
  private <T> T call(Text action, boolean forbiddenMeansNoAccess, Supplier<T> request)
      throws InterruptedException {
    try {
      return caller.call(request, this::report);
    } catch (RuntimeException e) {
      if (forbiddenMeansNoAccess
          && e instanceof AwsServiceException service
          && service.statusCode() == 403) {
        throw new NoAccess();
      }
      throw AwsErrors.translate(e, action);
    }
  }

  private static void rethrowFailure(Future<Void> task) throws InterruptedException {
    try {
      task.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof InterruptedException interrupted) {
        throw interrupted;
      }
      throw new IllegalStateException(cause);
    }
  }

  private void report() {
    progress.update(
        new Progress(
            accountsFound.get(),
            allAccountsFound,
            accountsToList.get(),
            accountsDone.get(),
            rolesFound.get(),
            caller.requests(),
            caller.retries(),
            Duration.ofNanos(nanoTime.getAsLong() - started)));
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "populate-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The portal refused an account's roles: it is no longer assigned to the user. */
  private static final class NoAccess extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoAccess() {
      // Never shown: caught where the account's roles are listed, and reported as a result.
      super(null, null, false, false);
    }
  }
}
