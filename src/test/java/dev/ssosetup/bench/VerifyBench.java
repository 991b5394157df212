package dev.ssosetup.bench;

import dev.ssosetup.Main;
import dev.ssosetup.auth.CachedToken;
import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.cli.CliContext;
import dev.ssosetup.common.Environment;
import dev.ssosetup.common.Secret;
import dev.ssosetup.config.ConfigStore;
import dev.ssosetup.files.FileLocks;
import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.SandboxEndpoints;
import dev.ssosetup.testkit.SandboxLogin;
import dev.ssosetup.verify.Verifier;
import dev.ssosetup.verify.VerifyAllResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code verify --all} over 100 profiles (100 accounts, one role each, one sso-session) against the
 * sandbox. {@code bench/verify.sh} runs it and says how; the modes:
 *
 * <ul>
 *   <li>{@code in-process [latency-ms]}: the sandbox in this JVM, {@code verify --all} through
 *       {@code Main.run} five times (the first in a cold JVM), then the same profiles one at a time
 *       for comparison.
 *   <li>{@code config START_URL REGION FILE}: writes the 100-profile config, for a run of the jar
 *       against a sandbox in another process.
 * </ul>
 *
 * The token cache is the SDK's, under {@code $HOME}: this refuses to run unless {@code HOME} is
 * under a {@code target/} folder.
 */
public final class VerifyBench {
  static final int PROFILES = 100;
  static final String SESSION = "bench";
  static final int RUNS = 5;

  private VerifyBench() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "";
    switch (mode) {
      case "in-process" -> inProcess(args.length > 1 ? Integer.parseInt(args[1]) : 0);
      case "config" -> Files.writeString(Path.of(args[3]), config(args[1], args[2]));
      default -> {
        System.err.println(
            "usage: VerifyBench in-process [latency-ms] | config START_URL REGION FILE");
        System.exit(2);
      }
    }
  }

  private static void inProcess(int latencyMillis) throws IOException {
    Path home = benchHome();
    Duration latency = Duration.ofMillis(latencyMillis);
    try (Sandbox sandbox =
            Sandbox.builder()
                .fixture(Fixture.generated(PROFILES, 1))
                .latency(latency)
                .build()
                .start();
        SandboxEndpoints endpoints = SandboxEndpoints.pointAt(sandbox)) {
      Path config = home.resolve(".aws").resolve("verify-bench-config");
      Files.createDirectories(config.getParent());
      Files.writeString(config, config(sandbox.startUrl(), sandbox.region()));
      Environment environment =
          new Environment(
              Map.of("HOME", home.toString()),
              home.toString(),
              new ByteArrayInputStream(new byte[0]),
              false,
              Clock.systemUTC());
      logIn(sandbox, environment);
      say(
          "== in-process: verify --all over %d profiles of one sso-session, %d ms latency per"
              + " request, %d requests per profile",
          PROFILES, latencyMillis, 3);
      List<Double> walls = new ArrayList<>();
      for (int run = 1; run <= RUNS; run++) {
        sandbox.clearRequests();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int exit =
            Main.run(
                new CliContext(environment),
                new PrintWriter(out),
                new PrintWriter(err),
                "--config-file",
                config.toString(),
                "verify",
                "--all");
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
          throw new IllegalStateException("verify --all failed:\n" + out + err);
        }
        walls.add(seconds);
        say(
            "run %d%s: wall %.2f s, %d requests",
            run, run == 1 ? " (cold JVM)" : "", seconds, sandbox.requests().size());
      }
      List<Double> warm = new ArrayList<>(walls.subList(1, walls.size()));
      warm.sort(null);
      say("warm runs: median %.2f s, best %.2f s", warm.get(warm.size() / 2), warm.get(0));

      long start = System.nanoTime();
      try (AwsClients clients = new AwsClients(null, config)) {
        VerifyAllResult result =
            new Verifier(
                    clients,
                    new TokenCache(
                        environment.ssoCacheDirectory(),
                        Clock.systemUTC(),
                        FileLocks.of(environment)),
                    Clock.systemUTC(),
                    config,
                    new ConfigStore(config, FileLocks.of(environment)).readValid())
                .withConcurrency(1)
                .verifyAll();
        if (!result.ok()) {
          throw new IllegalStateException("a profile failed one at a time");
        }
      }
      say("one profile at a time (warm): wall %.2f s", (System.nanoTime() - start) / 1e9);
      Files.deleteIfExists(config);
    }
  }

  private static void logIn(Sandbox sandbox, Environment environment) {
    SandboxLogin.Login login = SandboxLogin.deviceCode(sandbox);
    new TokenCache(environment.ssoCacheDirectory(), Clock.systemUTC(), FileLocks.of(environment))
        .write(
            new SsoSessionRef(SESSION, sandbox.startUrl(), sandbox.region(), null),
            new CachedToken(
                sandbox.startUrl(),
                sandbox.region(),
                Secret.of(login.accessToken()),
                Instant.now().plus(Duration.ofHours(1)),
                login.clientId(),
                Secret.ofNullable(login.clientSecret()),
                login.registrationExpiresAt(),
                Secret.ofNullable(login.refreshToken())));
  }

  /** One profile per generated account, all of one sso-session. */
  static String config(String startUrl, String region) {
    StringBuilder config = new StringBuilder();
    for (int i = 1; i <= PROFILES; i++) {
      config
          .append(String.format(Locale.ROOT, "[profile workload-%03d]\n", i))
          .append("sso_session = " + SESSION + "\n")
          .append(String.format(Locale.ROOT, "sso_account_id = %012d\n", 100_000_000_000L + i))
          .append("sso_role_name = AdministratorAccess\n")
          .append("region = ")
          .append(region)
          .append("\n\n");
    }
    config
        .append("[sso-session " + SESSION + "]\nsso_start_url = ")
        .append(startUrl)
        .append("\nsso_region = ")
        .append(region)
        .append("\nsso_registration_scopes = sso:account:access\n");
    return config.toString();
  }

  /** The SDK reads the token cache under $HOME: only a throwaway one under target/ will do. */
  private static Path benchHome() {
    String home = System.getenv("HOME");
    Path path = home == null ? null : Path.of(home).toAbsolutePath().normalize();
    boolean underTarget = false;
    if (path != null) {
      for (Path part : path) {
        underTarget |= part.toString().equals("target");
      }
    }
    if (!underTarget) {
      throw new IllegalStateException(
          "HOME=" + home + " is not under a target/ folder: run bench/verify.sh");
    }
    return path;
  }

  private static void say(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
    System.out.flush();
  }
}
