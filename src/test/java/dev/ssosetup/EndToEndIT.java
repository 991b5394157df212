package dev.ssosetup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Sandbox;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * sso-setup as users run it: {@code bin/sso-setup} on the packaged jar (so {@code ./mvnw verify}
 * runs this after {@code package}, with maven-failsafe), against a sandbox this test starts. Each
 * test has its own home, {@code AWS_CONFIG_FILE} in it, and nothing of the build's environment but
 * {@code PATH}; the sandbox approves logins at once, so the device-code login needs no browser. Few
 * and whole journeys: the details are the unit tests' job. POSIX only.
 */
@Timeout(300)
class EndToEndIT {
  private static final Path LAUNCHER = Path.of("bin", "sso-setup").toAbsolutePath();
  private static final Path JAR = Path.of("target", "sso-setup.jar").toAbsolutePath();
  private static final String ACCOUNT = "111122223333";
  private static final String ROLE = "S3DynamoDBAccess";

  private static Sandbox sandbox;

  @TempDir Path home;
  private Path config;

  @BeforeAll
  static void startSandbox() {
    assumeTrue(new File("/bin/sh").canExecute(), "no POSIX shell here");
    assertThat(JAR).as("the packaged jar (run by ./mvnw verify, after package)").exists();
    sandbox = Sandbox.builder().approval(Approval.AUTO).build().start();
  }

  @AfterAll
  static void stopSandbox() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @BeforeEach
  void setUp() {
    config = home.resolve(".aws").resolve("config");
  }

  @Test
  void configure_verify_profiles_logout_login_aJourneyThroughTheLauncher() throws Exception {
    Run configured =
        run(
            "configure",
            "--non-interactive",
            "--use-device-code",
            "--no-browser",
            "--sso-session",
            "corp",
            "--start-url",
            sandbox.startUrl(),
            "--sso-region",
            sandbox.region(),
            "--account-id",
            ACCOUNT,
            "--role-name",
            ROLE,
            "--region",
            "ap-northeast-1",
            "--output",
            "json",
            "--profile",
            "workday");
    assertThat(configured.exitCode).as(configured.toString()).isZero();
    assertThat(Files.readString(config, StandardCharsets.UTF_8))
        .contains(
            "[profile workday]\nsso_session = corp\nsso_account_id = "
                + ACCOUNT
                + "\nsso_role_name = "
                + ROLE
                + "\nregion = ap-northeast-1\noutput = json\n",
            "[sso-session corp]\nsso_start_url = " + sandbox.startUrl());

    Run verified = run("verify", "--profile", "workday");
    assertThat(verified.exitCode).as(verified.toString()).isZero();
    assertThat(verified.out).contains("workday");

    Run listed = run("profiles");
    assertThat(listed.exitCode).as(listed.toString()).isZero();
    assertThat(listed.out).contains("workday", ACCOUNT, ROLE, "corp");

    Run loggedOut = run("logout", "--sso-session", "corp");
    assertThat(loggedOut.exitCode).as(loggedOut.toString()).isZero();
    assertThat(tokenFile()).as("the token cache file, after logout").doesNotExist();

    Run loggedIn = run("login", "--profile", "workday", "--use-device-code", "--no-browser");
    assertThat(loggedIn.exitCode).as(loggedIn.toString()).isZero();
    assertThat(tokenFile()).as("the token cache file, after login").isRegularFile();
    assertThat(run("verify", "--profile", "workday").exitCode).isZero();
  }

  @Test
  void badInput_exitsTwo_withAClearMessage_andTheConfigUnchanged() throws Exception {
    Files.createDirectories(config.getParent());
    byte[] before =
        "# mine\n[profile other]\nregion = eu-west-1\n".getBytes(StandardCharsets.UTF_8);
    Files.write(config, before);

    Run bad =
        run(
            "configure",
            "--non-interactive",
            "--no-login",
            "--sso-session",
            "corp",
            "--start-url",
            sandbox.startUrl(),
            "--sso-region",
            sandbox.region(),
            "--account-id",
            "12345",
            "--role-name",
            ROLE,
            "--profile",
            "workday");

    assertThat(bad.exitCode).as(bad.toString()).isEqualTo(2);
    assertThat(bad.err).contains("12345").doesNotContain("\tat ", "Exception");
    assertThat(bad.out).isEmpty();
    assertThat(Files.readAllBytes(config)).isEqualTo(before);
  }

  /** Where the AWS CLI (and sso-setup) cache the login of sso-session corp. */
  private Path tokenFile() {
    return home.resolve(".aws/sso/cache").resolve(TokenCache.fileName("corp"));
  }

  /** One run of {@code bin/sso-setup}, as a shell user starts it, with input from /dev/null. */
  private Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("/bin/sh", LAUNCHER.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(home, "out", ".txt");
    Path err = Files.createTempFile(home, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment());
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("sso-setup " + String.join(" ", args) + " did not finish");
    }
    return new Run(
        String.join(" ", args),
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Map<String, String> environment() {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    environment.put("HOME", home.toString());
    environment.put("AWS_CONFIG_FILE", config.toString());
    environment.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve(".aws/credentials").toString());
    environment.put("AWS_EC2_METADATA_DISABLED", "true");
    environment.put("LANG", "C.UTF-8");
    environment.putAll(sandbox.endpointVariables());
    return environment;
  }

  private record Run(String args, int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "sso-setup " + args + " exited " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }
}
