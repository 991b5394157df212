package dev.ssosetup.bench;

import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.config.ConfigStore;
import dev.ssosetup.files.FileLocks;
import dev.ssosetup.populate.ListingProgress;
import dev.ssosetup.populate.PopulateOptions;
import dev.ssosetup.populate.PopulateResult;
import dev.ssosetup.populate.Populator;
import dev.ssosetup.populate.ProgressListener;
import dev.ssosetup.prompt.JLinePrompter;
import dev.ssosetup.prompt.Voice;
import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.SandboxEndpoints;
import dev.ssosetup.testkit.SandboxLogin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Benchmarks of the populate engine against the sandbox with 1,000 accounts of 3 roles and 20 ms of
 * latency per request. {@code bench/populate.sh} runs it and says how; the modes:
 *
 * <ul>
 *   <li>{@code throttled [runs]}: the portal throttles at 20 requests/s and populate keeps to
 *       {@code --max-rps 20}; wall time against the bound of portal calls / 20 per second.
 *   <li>{@code overdriven [max-rps]}: the same portal, with populate set above its throttle (30 by
 *       default): the 429s are absorbed by retries.
 *   <li>{@code unthrottled}: no throttle and no practical rate limit; wall time with the default
 *       number of calls in flight, and with one at a time.
 *   <li>{@code remote START_URL REGION [max-rps]}: populate alone in this JVM against a sandbox in
 *       another process (found through {@code AWS_ENDPOINT_URL_*}), for its peak memory.
 * </ul>
 */
public final class PopulateBench {
  static final int ACCOUNTS = 1_000;
  static final int ROLES = 3;
  static final Duration LATENCY = Duration.ofMillis(20);
  static final double PORTAL_RPS = 20;
  static final String SESSION = "bench";

  private PopulateBench() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "";
    switch (mode) {
      case "throttled" -> throttled(args.length > 1 ? Integer.parseInt(args[1]) : 3, PORTAL_RPS);
      case "overdriven" -> throttled(1, args.length > 1 ? Double.parseDouble(args[1]) : 30);
      case "unthrottled" -> unthrottled();
      case "remote" ->
          remote(
              args[1],
              args[2],
              args.length > 3 ? Double.parseDouble(args[3]) : PopulateOptions.DEFAULT_MAX_RPS);
      default -> {
        System.err.println(
            "usage: PopulateBench throttled [runs] | overdriven [max-rps] | unthrottled"
                + " | remote START_URL REGION [max-rps]");
        System.exit(2);
      }
    }
  }

  /** Runs against a portal throttling at 20/s, with populate at {@code maxRps}. */
  private static void throttled(int runs, double maxRps) throws Exception {
    say(
        "== throttled: %d accounts x %d roles, %d ms latency, portal throttle %.0f req/s,"
            + " --max-rps %.0f",
        ACCOUNTS, ROLES, LATENCY.toMillis(), PORTAL_RPS, maxRps);
    List<Double> ratios = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      try (Sandbox sandbox = sandbox(PORTAL_RPS);
          SandboxEndpoints endpoints = SandboxEndpoints.pointAt(sandbox)) {
        Outcome outcome = populate(sandbox, maxRps, Populator.DEFAULT_CONCURRENCY);
        long throttled =
            sandbox.requests().stream()
                .filter(r -> "TooManyRequestsException".equals(r.errorType()))
                .count();
        int needed = outcome.result.requests() - outcome.result.retries();
        double bound = needed / PORTAL_RPS;
        double ratio = outcome.seconds / bound;
        ratios.add(ratio);
        say(
            "run %d: %d portal calls needed, %d made (%d retries, %d answered 429);"
                + " %d profiles; wall %.2f s; bound %.2f s (%d / %.0f per s); ratio %.3f",
            run,
            needed,
            outcome.result.requests(),
            outcome.result.retries(),
            throttled,
            outcome.result.report().added().size(),
            outcome.seconds,
            bound,
            needed,
            PORTAL_RPS,
            ratio);
      }
    }
    Collections.sort(ratios);
    say(
        "ratio to the bound: best %.3f, median %.3f, worst %.3f (target: at most 1.15)",
        ratios.get(0), ratios.get(ratios.size() / 2), ratios.get(ratios.size() - 1));
    say("peak RSS of this JVM (sandbox included): %s", peakRss());
  }

  private static void unthrottled() throws Exception {
    say(
        "== unthrottled: %d accounts x %d roles, %d ms latency, no portal throttle,"
            + " --max-rps 100000",
        ACCOUNTS, ROLES, LATENCY.toMillis());
    try (Sandbox sandbox = sandbox(0);
        SandboxEndpoints endpoints = SandboxEndpoints.pointAt(sandbox)) {
      // One warm-up, so that both measured runs are of a JVM that has compiled the hot paths.
      populate(sandbox, 100_000, Populator.DEFAULT_CONCURRENCY);
      Outcome concurrent = populate(sandbox, 100_000, Populator.DEFAULT_CONCURRENCY);
      say(
          "%d calls in flight: %d portal calls, wall %.2f s",
          Populator.DEFAULT_CONCURRENCY, concurrent.result.requests(), concurrent.seconds);
      Outcome sequential = populate(sandbox, 100_000, 1);
      say(
          "one call at a time:  %d portal calls, wall %.2f s",
          sequential.result.requests(), sequential.seconds);
      double floor = ACCOUNTS * LATENCY.toMillis() / 1000.0;
      say(
          "one at a time can take no less than %d x %d ms = %.1f s of latency alone;"
              + " concurrent run: %.1fx faster than that, %.1fx faster than measured one at a time",
          ACCOUNTS,
          LATENCY.toMillis(),
          floor,
          floor / concurrent.seconds,
          sequential.seconds / concurrent.seconds);
    }
  }

  /** Populate with nothing else in the JVM but the SDK clients, against a sandbox elsewhere. */
  private static void remote(String startUrl, String region, double maxRps) throws Exception {
    SsoSessionRef session = new SsoSessionRef(SESSION, startUrl, region, List.of());
    Path config = config(startUrl, region);
    try (AwsClients clients = new AwsClients(null)) {
      String token = SandboxLogin.deviceCode(clients.oidc(region), startUrl).accessToken();
      long start = System.nanoTime();
      PopulateResult result =
          new Populator(clients, progress(), Clock.systemUTC())
              .run(
                  session,
                  token,
                  new ConfigStore(
                      config, new FileLocks(config.resolveSibling("cache").resolve("locks"))),
                  options(maxRps, null, false));
      double seconds = (System.nanoTime() - start) / 1e9;
      say(
          "remote: %d profiles, %d portal calls (%d retries), wall %.2f s; %s",
          result.report().added().size(), result.requests(), result.retries(), seconds, peakRss());

      // The largest diff a user can ask for: a dry run that changes every profile.
      start = System.nanoTime();
      PopulateResult dryRun =
          new Populator(clients, progress(), Clock.systemUTC())
              .run(
                  session,
                  token,
                  new ConfigStore(
                      config, new FileLocks(config.resolveSibling("cache").resolve("locks"))),
                  options(maxRps, "eu-west-1", true));
      long diffLines = dryRun.unifiedDiff().lines().count();
      seconds = (System.nanoTime() - start) / 1e9;
      say(
          "remote --dry-run --region eu-west-1: %d profiles to update, a diff of %d lines,"
              + " wall %.2f s; %s",
          dryRun.report().updated().size(), diffLines, seconds, peakRss());
    } finally {
      deleteFolder(config.getParent());
    }
  }

  private record Outcome(PopulateResult result, double seconds) {}

  private static Outcome populate(Sandbox sandbox, double maxRps, int concurrency)
      throws IOException {
    String token = SandboxLogin.deviceCode(sandbox).accessToken();
    Path config = config(sandbox.startUrl(), sandbox.region());
    sandbox.clearRequests();
    try (AwsClients clients = new AwsClients(null)) {
      PopulateOptions options = options(maxRps);
      long start = System.nanoTime();
      PopulateResult result =
          new Populator(clients, progress(), Clock.systemUTC())
              .withConcurrency(concurrency)
              .run(
                  new SsoSessionRef(SESSION, sandbox.startUrl(), sandbox.region(), List.of()),
                  token,
                  new ConfigStore(
                      config, new FileLocks(config.resolveSibling("cache").resolve("locks"))),
                  options);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (result.report().added().size() != ACCOUNTS * ROLES) {
        throw new IllegalStateException("expected " + ACCOUNTS * ROLES + " profiles: " + result);
      }
      return new Outcome(result, seconds);
    } finally {
      deleteFolder(config.getParent());
    }
  }

  /** The config's temporary folder: the config, its .bak and the editor's lock file. */
  private static void deleteFolder(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(folder);
  }

  private static PopulateOptions options(double maxRps) {
    return options(maxRps, null, false);
  }

  private static PopulateOptions options(double maxRps, String region, boolean dryRun) {
    return PopulateOptions.builder().region(region).dryRun(dryRun).maxRps(maxRps).build();
  }

  private static Sandbox sandbox(double throttleRps) {
    return Sandbox.builder()
        .fixture(Fixture.generated(ACCOUNTS, ROLES))
        .latency(LATENCY)
        .throttleRps(throttleRps)
        .build()
        .start();
  }

  private static Path config(String startUrl, String region) throws IOException {
    Path folder = Files.createTempDirectory("populate-bench");
    Path config = folder.resolve("config");
    Files.writeString(
        config,
        "[sso-session "
            + SESSION
            + "]\nsso_start_url = "
            + startUrl
            + "\nsso_region = "
            + region
            + "\n",
        StandardCharsets.UTF_8);
    return config;
  }

  /** The bar on a terminal, as the command shows it; nothing when the output is redirected. */
  private static ProgressListener progress() {
    return System.console() == null
        ? ProgressListener.NONE
        : ListingProgress.on(
            JLinePrompter.system(
                new PrintWriter(System.out, true),
                new PrintWriter(System.err, true),
                Clock.systemUTC(),
                Voice.english()));
  }

  /** VmHWM (peak resident set) and VmRSS of this process, from /proc/self/status. */
  private static String peakRss() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return "peak RSS unknown (no /proc)";
    }
    String hwm = "?";
    String rss = "?";
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        hwm = line.substring(6).strip();
      } else if (line.startsWith("VmRSS:")) {
        rss = line.substring(6).strip();
      }
    }
    return "peak RSS (VmHWM) " + hwm + ", RSS now " + rss;
  }

  private static void say(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
    System.out.flush();
  }
}
