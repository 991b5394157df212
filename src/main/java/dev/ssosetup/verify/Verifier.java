package dev.ssosetup.verify;

import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.aws.PacedCaller;
import dev.ssosetup.aws.RateLimiter;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.config.AwsConfigDocument;
import dev.ssosetup.profiles.ProfileInfo;
import dev.ssosetup.profiles.SsoProfiles;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Proves that profiles work as an application uses them (docs/spec.md §5): the setup and the token
 * cache are checked first, without network, so that their failures are named precisely; then the
 * SDK's own {@code ProfileCredentialsProvider} resolves credentials (reading the token cache under
 * {@code $HOME} and refreshing it as applications do), STS says whose they are, and S3 lists the
 * buckets.
 */
public final class Verifier {
  /** Profiles checked at once by {@link #verifyAll()}. */
  public static final int DEFAULT_CONCURRENCY = 8;

  private final SsoProfiles profiles;
  private final ProfileFile sdkProfiles;
  private final TokenCache cache;
  private final Clock clock;
  private final ProfileSetupCheck setup;
  private final CachedTokenCheck tokens;
  private final CallerIdentityCheck identity;
  private final BucketListCheck buckets;
  private int concurrency = DEFAULT_CONCURRENCY;
  private PacedCaller portalCalls = PacedCaller.atRate(RateLimiter.PORTAL_RATE);

  /**
   * A verifier of the profiles of {@code document}, read from {@code file} (and already accepted by
   * the SDK's reader); clients come from {@code clients}, which the caller closes.
   */
  public Verifier(
      AwsClients clients, TokenCache cache, Clock clock, Path file, AwsConfigDocument document) {
    this.profiles = SsoProfiles.of(file, document);
    this.sdkProfiles =
        ProfileFile.builder()
            .content(new ByteArrayInputStream(document.toBytes()))
            .type(ProfileFile.Type.CONFIGURATION)
            .build();
    this.cache = cache;
    this.clock = clock;
    RegionalClients regional = new RegionalClients(clients);
    SdkFailures failures = new SdkFailures(new ServiceEndpoints(regional), clients.messages());
    this.setup = new ProfileSetupCheck(profiles);
    this.tokens = new CachedTokenCheck(cache);
    this.identity = new CallerIdentityCheck(regional, failures, clock, clients.timeouts().call());
    this.buckets = new BucketListCheck(regional, failures, clock);
  }

  /** Checks at most this many profiles at once (default {@value #DEFAULT_CONCURRENCY}). */
  public Verifier withConcurrency(int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
    }
    this.concurrency = concurrency;
    return this;
  }

  /**
   * Paces the portal calls of every profile together (GetRoleCredentials, made by the SDK's own
   * provider) to this many a second, and retries those throttled (default: the portal's 20).
   */
  public Verifier withMaxRps(double callsPerSecond) {
    this.portalCalls = PacedCaller.atRate(callsPerSecond);
    return this;
  }

  public SsoProfiles profiles() {
    return profiles;
  }

  /** Checks one profile; a failure is in the result, never thrown. */
  public VerifyResult verify(ProfileInfo profile) {
    ProfileSetupCheck.Outcome configured = setup.check(profile);
    if (configured.failure() != null) {
      return failed(profile, configured.failure());
    }
    SsoSessionRef session = configured.session();
    CachedTokenCheck.Outcome token = tokens.check(profile, session);
    if (token.failure() != null) {
      return failed(profile, token.failure());
    }
    String region = profile.region() != null ? profile.region() : session.region();
    SdkFailures.Subject subject = new SdkFailures.Subject(profile, session, token.state(), region);
    try (ProfileCredentialsProvider credentials =
        ProfileCredentialsProvider.builder()
            .profileFile(sdkProfiles)
            .profileName(profile.name())
            .build()) {
      IdentityCheck who = identity.check(credentials, subject, portalCalls);
      if (!who.passed()) {
        return new VerifyResult(profile, who, BucketCheck.notRun());
      }
      return new VerifyResult(profile, who, buckets.check(credentials, subject));
    }
  }

  /**
   * Checks every SSO profile, {@link #withConcurrency several} at once, and returns the results in
   * file order. Profiles that are not SSO profiles are listed as skipped.
   *
   * <p>A refresh token is single-use: if every profile of a session whose token is due for a
   * refresh went at once, each would send the same refresh token and all but one would fail. So one
   * profile of each such session goes first; the SDK rewrites the cache file, and the others then
   * find a fresh token.
   */
  public VerifyAllResult verifyAll() {
    List<ProfileInfo> sso = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (ProfileInfo profile : profiles.profiles()) {
      if (profile.isSso()) {
        sso.add(profile);
      } else {
        skipped.add(profile.name());
      }
    }
    Map<String, ProfileInfo> first = firstOfSessionsDueForRefresh(sso);
    List<ProfileInfo> rest = sso.stream().filter(p -> !first.containsValue(p)).toList();
    Map<ProfileInfo, VerifyResult> results = new LinkedHashMap<>();
    if (!sso.isEmpty()) {
      ExecutorService pool =
          Executors.newFixedThreadPool(Math.min(concurrency, sso.size()), daemonThreads());
      try {
        runAll(pool, List.copyOf(first.values()), results);
        runAll(pool, rest, results);
      } finally {
        pool.shutdownNow();
      }
    }
    return new VerifyAllResult(sso.stream().map(results::get).toList(), skipped);
  }

  private Map<String, ProfileInfo> firstOfSessionsDueForRefresh(List<ProfileInfo> sso) {
    Map<String, ProfileInfo> first = new LinkedHashMap<>();
    Instant now = clock.instant();
    for (ProfileInfo profile : sso) {
      SsoSessionRef session = setup.check(profile).session();
      if (session != null
          && !session.legacy()
          && !first.containsKey(session.name())
          && CachedTokenCheck.needsRefresh(cache.state(session), now)) {
        first.put(session.name(), profile);
      }
    }
    return first;
  }

  private void runAll(
      ExecutorService pool, List<ProfileInfo> batch, Map<ProfileInfo, VerifyResult> results) {
    List<Future<VerifyResult>> futures = new ArrayList<>();
    for (ProfileInfo profile : batch) {
      Callable<VerifyResult> task = () -> verify(profile);
      futures.add(pool.submit(task));
    }
    try {
      for (int i = 0; i < batch.size(); i++) {
        results.put(batch.get(i), futures.get(i).get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw UserFacingException.interrupted();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static VerifyResult failed(ProfileInfo profile, Failure failure) {
    return new VerifyResult(profile, IdentityCheck.failed(failure), BucketCheck.notRun());
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "verify-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
