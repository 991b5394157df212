package dev.ssosetup.populate;

import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.aws.PacedCaller;
import dev.ssosetup.common.QuotedValue;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.config.ConfigStore;
import dev.ssosetup.config.EditResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.sso.SsoClient;

/**
 * The engine of {@code populate} (docs/spec.md §6.2): lists each account and role of a session via
 * the portal, paced and retried, then writes one profile per account and role into the config file
 * in a single atomic edit. The command is a thin adapter: it checks the flags into {@link
 * PopulateOptions}, gets an access token, and prints what {@link #run} returns.
 */
public final class Populator {
  /**
   * Portal calls in flight at most. The limiter, not this, sets the pace: at 20 calls a second, 16
   * keep it busy up to 800 ms of latency per call, or while some calls wait out a backoff.
   */
  public static final int DEFAULT_CONCURRENCY = 16;

  private final AwsClients clients;
  private final ProgressListener progress;
  private final Clock clock;
  private final int concurrency;

  public Populator(AwsClients clients, ProgressListener progress, Clock clock) {
    this(clients, progress, clock, DEFAULT_CONCURRENCY);
  }

  private Populator(AwsClients clients, ProgressListener progress, Clock clock, int concurrency) {
    this.clients = Objects.requireNonNull(clients, "clients");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, not " + concurrency);
    }
    this.concurrency = concurrency;
  }

  /** A copy with another number of calls in flight (benchmarks compare it with one). */
  public Populator withConcurrency(int concurrency) {
    return new Populator(clients, progress, clock, concurrency);
  }

  /**
   * Lists the session's accounts and roles with {@code accessToken}, then writes (or with {@code
   * dryRun} only diffs) the profiles in one {@link ConfigStore#update}. Nothing is written when any
   * portal call fails for good.
   *
   * @throws UserFacingException exit 1 when the portal fails (expired token, network, throttling
   *     beyond every retry) or lists no account at all, or the file cannot be written; exit 2 for a
   *     legacy session or a config file the SDK rejects; exit 130 when interrupted
   */
  public PopulateResult run(
      SsoSessionRef session, String accessToken, ConfigStore store, PopulateOptions options) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(options, "options");
    if (session.legacy()) {
      throw UserFacingException.usage(Text.of("populate.legacy"), Text.of("populate.legacyHint"));
    }
    Instant started = clock.instant();
    Filters filters = options.filters();
    SsoClient portal = clients.portal(session.region(), AwsRetryStrategy.doNotRetry());
    AssignmentLister lister =
        new AssignmentLister(
            portal,
            PacedCaller.atRate(options.maxRps()),
            concurrency,
            AssignmentLister.MAX_PAGE_SIZE,
            progress,
            System::nanoTime);
    Listing listing;
    progress.start();
    try {
      listing = lister.list(accessToken, filters::acceptsAccount);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw UserFacingException.interrupted();
    } finally {
      progress.finish();
    }
    if (listing.accounts().isEmpty()) {
      // Also a guard for --prune: an empty answer must never empty the file.
      throw UserFacingException.failure(
          Text.of("populate.noAccounts", session.title()), Text.of("populate.noAccountsHint"));
    }

    PopulateReport[] planned = new PopulateReport[1];
    EditResult edit =
        store.update(
            document -> {
              // Worked out under the file's lock, from the file as it is now. Only its report is
              // kept: the plan itself is let go before the result is checked and written.
              PopulatePlan plan =
                  PopulatePlan.create(session.name(), listing, options, document, session.region());
              plan.apply(document);
              planned[0] = plan.report();
            },
            options.dryRun());
    PopulateReport report = planned[0];
    return new PopulateResult(
        session.name(),
        report,
        edit,
        options.dryRun(),
        warnings(options, filters, report, edit),
        listing.requests(),
        listing.retries(),
        Duration.between(started, clock.instant()));
  }

  private static List<Text> warnings(
      PopulateOptions options, Filters filters, PopulateReport report, EditResult edit) {
    List<Text> warnings = new ArrayList<>();
    warnings.addAll(edit.warnings());
    if (options.regionUnknown()) {
      warnings.add(Text.of("populate.warning.unknownRegion", options.region()));
    }
    if (report.accountsSelected() == 0 && filters.filtersAccounts()) {
      warnings.add(Text.of("populate.warning.noAccountMatches", report.accounts()));
    } else if (report.assignments() == 0 && filters.filtersRoles()) {
      warnings.add(Text.of("populate.warning.noRoleMatches"));
    }
    for (PopulateReport.Rejected entry : report.rejected()) {
      warnings.add(
          entry.roleName() == null
              ? Text.of(
                  "populate.warning.badAccount", QuotedValue.of(entry.accountId()), entry.problem())
              : Text.of(
                  "populate.warning.badRole",
                  QuotedValue.of(entry.roleName()),
                  entry.accountId(),
                  entry.problem()));
    }
    return warnings;
  }
}
