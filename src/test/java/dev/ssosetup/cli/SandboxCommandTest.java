package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssosetup.Main;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.Await;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.RunLanguage;
import dev.ssosetup.testkit.SandboxClients;
import dev.ssosetup.testkit.SandboxEndpoints;
import dev.ssosetup.testkit.TestHome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.AuthorizationPendingException;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;

class SandboxCommandTest {
  private static final Duration STARTUP = Duration.ofSeconds(20);

  @TempDir Path tmp;
  private TestHome home;

  @BeforeEach
  void setUp() {
    home = new TestHome(tmp.resolve("home"));
  }

  @SuppressWarnings("try") // the resource is opened for its effect while the block runs
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void sandbox_printsExportsThatWork_thenServesUntilInterrupted() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exitCode = new AtomicInteger(-1);
    Thread server =
        new Thread(
            () ->
                exitCode.set(
                    Main.run(
                        new CliContext(home.environment()),
                        new PrintWriter(out, true),
                        new PrintWriter(err, true),
                        "sandbox",
                        "--port",
                        "0",
                        "--shell",
                        "posix")));
    server.start();
    Await.until(
        STARTUP, () -> out.toString().contains("Serving until Ctrl-C"), () -> out + "\n" + err);

    Map<String, String> exports = exports(out.toString());
    assertThat(exports)
        .as(out.toString())
        .containsOnlyKeys(
            "AWS_ENDPOINT_URL_SSO_OIDC",
            "AWS_ENDPOINT_URL_SSO",
            "AWS_ENDPOINT_URL_STS",
            "AWS_ENDPOINT_URL_S3",
            "AWS_ENDPOINT_URL_SSO_ADMIN",
            "AWS_ENDPOINT_URL_IDENTITYSTORE",
            "AWS_ENDPOINT_URL_ORGANIZATIONS",
            "AWS_ENDPOINT_URL_IAM",
            "AWS_ENDPOINT_URL_SIGNIN",
            "SSO_SETUP_SANDBOX_START_URL",
            "SSO_SETUP_SANDBOX_REGION");
    exports.forEach(
        (name, value) -> {
          if (name.startsWith("AWS_ENDPOINT_URL_")) {
            assertThat(value).matches("http://127\\.0\\.0\\.1:\\d+");
          }
        });
    // What a recipe passes to configure: the fixture's own start URL and region.
    assertThat(exports)
        .containsEntry("SSO_SETUP_SANDBOX_START_URL", "https://d-9067a1b2c3.awsapps.com/start")
        .containsEntry("SSO_SETUP_SANDBOX_REGION", "ap-northeast-1");
    assertThat(out.toString())
        .contains("# SSO start URL: https://d-9067a1b2c3.awsapps.com/start")
        .contains("# SSO region:    ap-northeast-1")
        .contains("Approve logins in the browser");

    String accessToken;
    exports.keySet().removeIf(name -> !name.startsWith("AWS_ENDPOINT_URL_"));
    try (SandboxEndpoints ignored = SandboxEndpoints.pointAt(exports);
        SsoOidcClient oidc =
            SsoOidcClient.builder()
                .httpClient(SandboxClients.httpClient())
                .region(Region.AP_NORTHEAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .build()) {
      accessToken = deviceLoginApprovedOnTheDevicePage(oidc);
    }

    server.interrupt();
    server.join(STARTUP.toMillis());

    assertThat(exitCode.get()).as(out + "\n" + err).isZero();
    assertThat(out.toString()).endsWith("# Sandbox stopped." + System.lineSeparator());
    assertThat(err.toString())
        .contains("POST  /client/register")
        .contains(
            "POST  /token                                                     400 AuthorizationPendingException")
        .contains("GET   /device?user_code=")
        .doesNotContain(accessToken);
  }

  @Test
  void sandbox_withAGeneratedOrganisation_saysHowBig() throws Exception {
    StringWriter out = new StringWriter();
    Thread server =
        runInBackground(
            out,
            "sandbox",
            "--accounts",
            "1000",
            "--roles-per-account",
            "3",
            "--quiet",
            "--auto-approve");
    try {
      Await.until(STARTUP, () -> out.toString().contains("Serving until Ctrl-C."), out::toString);

      assertThat(out.toString())
          .contains("# Fixture: 1000 accounts, 3000 roles, signed-in user workday_worker")
          .contains("# Logins are approved at once.");
    } finally {
      server.interrupt();
      server.join(STARTUP.toMillis());
    }
  }

  @ParameterizedTest
  @EnumSource(RunLanguage.class)
  void sandbox_describesItsFixture_inTheRunsLanguage(RunLanguage language) throws Exception {
    StringWriter out = new StringWriter();
    Thread server =
        runInBackground(
            out,
            language.apply(home, "sandbox", "--fixture", "japanese", "--quiet", "--auto-approve"));
    String serving = language.pick("# Serving until Ctrl-C.", "# Ctrl-C で止めるまで動きます。");
    try {
      Await.until(STARTUP, () -> out.toString().contains(serving), out::toString);

      assertThat(out.toString().lines())
          .contains(
              language.pick(
                  "# Fixture: 3 accounts, 4 roles, signed-in user workday_worker",
                  "# フィクスチャ: アカウント 3 個、ロール 4 個、サインインしているユーザー workday_worker"),
              "# SSO start URL: https://d-9067a1b2c3.awsapps.com/start");
    } finally {
      server.interrupt();
      server.join(STARTUP.toMillis());
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void sandbox_hostileFixtureNames_cannotRunCommandsFromTheScriptPeopleSource() throws Exception {
    Path sh = Path.of("/bin/sh");
    assumeTrue(Files.isExecutable(sh), "needs a POSIX shell");
    Path pwned = tmp.resolve("pwned");
    Path fixture = tmp.resolve("hostile.json");
    String user = "worker\ntouch " + pwned + "\n$(touch " + pwned + ")'`touch " + pwned + "`";
    Files.writeString(
        fixture,
        "{\"startUrl\": \"https://d-9067a1b2c3.awsapps.com/start\", \"region\": \"ap-northeast-1\","
            + " \"accounts\": [], \"users\": [{\"name\": \""
            + user.replace("\\", "\\\\").replace("\n", "\\n")
            + "\", \"assignments\": []}]}");
    StringWriter out = new StringWriter();
    Thread server =
        runInBackground(
            out, "sandbox", "--fixture", fixture.toString(), "--shell", "posix", "--quiet");
    try {
      Await.until(STARTUP, () -> out.toString().contains("Serving until Ctrl-C."), out::toString);
    } finally {
      server.interrupt();
      server.join(STARTUP.toMillis());
    }
    Path script = tmp.resolve("sandbox.env");
    Files.writeString(script, out.toString());

    Process shell =
        new ProcessBuilder(
                sh.toString(),
                "-c",
                ". \"$1\" && printf %s \"$AWS_ENDPOINT_URL_SSO\"",
                "sh",
                script.toString())
            .redirectErrorStream(true)
            .start();
    String printed = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(shell.waitFor()).as(printed + "\n" + out).isZero();
    assertThat(pwned).as(out.toString()).doesNotExist();
    assertThat(printed).isEqualTo(exports(out.toString()).get("AWS_ENDPOINT_URL_SSO"));
    assertThat(out.toString().lines())
        .allMatch(
            line ->
                line.startsWith("# ")
                    || line.startsWith("export AWS_ENDPOINT_URL_")
                    || line.startsWith("export SSO_SETUP_SANDBOX_"));
  }

  @Test
  void sandbox_onAPortInUse_exitsWith1AndSaysWhatToDo() {
    try (Sandbox busy = Sandbox.builder().build().start()) {
      Result result = CliRun.run(home, "sandbox", "--port", String.valueOf(busy.port()));

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
      assertThat(result.err())
          .contains("Cannot listen on 127.0.0.1:" + busy.port())
          .contains("--port 0 for any free port");
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--fail-rate 2                 | --fail-rate must be from 0 to 1",
        "--auto-approve --deny         | --auto-approve and --deny cannot be used together",
        "--roles-per-account 3         | --roles-per-account needs --accounts",
        "--accounts 0                  | accounts must be 1 to 100000",
        "--accounts 5 --fixture medium | --fixture and --accounts cannot be used together",
        "--token-lifetime 1x           | '1x' is not a duration",
        "--credential-lifetime 0s      | --credential-lifetime must be positive",
        "--latency-ms -1               | --latency-ms must be 0 or more",
        "--port 70000                  | --port must be from 0 to 65535",
        "--fixture nope.json           | --fixture nope.json: no such file, and not small, medium, guide or japanese.",
      })
  void sandbox_withInvalidOptions_exitsWith2AndNamesTheProblem(String options, String message) {
    List<String> args = new ArrayList<>(List.of("sandbox"));
    args.addAll(List.of(options.trim().split("\\s+")));

    Result result = CliRun.run(home, args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains(message).doesNotContain("\tat ");
  }

  @Test
  void sandbox_withAnInvalidFixtureFile_exitsWith2AndPointsAtTheProblem() throws Exception {
    Path file = tmp.resolve("org.json");
    Files.writeString(file, "{\"startUrl\": \"https://d-1.awsapps.com/start\", \"region\": 3}");

    Result result = CliRun.run(home, "sandbox", "--fixture", file.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .contains("Invalid fixture " + file + ": region: expected a string but found a number");
  }

  @Test
  void help_listsTheOptionsOfSpec7() {
    Result result = CliRun.run(home, "sandbox", "--help");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains(
            "--port=N",
            "--fixture=small|medium|guide|japanese|FILE",
            "--sign-in-as=USER",
            "--fail-provisioning=REASON",
            "--accounts=N",
            "--roles-per-account=K",
            "--auto-approve",
            "--latency-ms=N",
            "--throttle-rps=N",
            "--fail-rate=P",
            "--token-lifetime=DURATION",
            "--deny");
  }

  @Test
  void rootHelp_listsTheSandboxCommand() {
    assertThat(CliRun.run(home, "--help").out()).contains("sandbox");
  }

  /** Registers, starts a device authorization, sees it pending, approves it on the page. */
  private static String deviceLoginApprovedOnTheDevicePage(SsoOidcClient oidc) throws Exception {
    RegisterClientResponse client =
        oidc.registerClient(
            r -> r.clientName("command-test").clientType("public").scopes("sso:account:access"));
    StartDeviceAuthorizationResponse device =
        oidc.startDeviceAuthorization(
            r ->
                r.clientId(client.clientId())
                    .clientSecret(client.clientSecret())
                    .startUrl("https://d-9067a1b2c3.awsapps.com/start"));
    try {
      token(oidc, client, device);
      throw new AssertionError("The command's sandbox should wait for approval on the page");
    } catch (AuthorizationPendingException expected) {
      // approve it the way a person would: open the page, click Approve
    }
    HttpClient browser = HttpClient.newHttpClient();
    browser.send(
        HttpRequest.newBuilder(URI.create(device.verificationUriComplete())).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    browser.send(
        HttpRequest.newBuilder(URI.create(device.verificationUri()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "user_code=" + device.userCode() + "&decision=approve"))
            .build(),
        HttpResponse.BodyHandlers.discarding());
    return token(oidc, client, device).accessToken();
  }

  private static CreateTokenResponse token(
      SsoOidcClient oidc, RegisterClientResponse client, StartDeviceAuthorizationResponse device) {
    return oidc.createToken(
        r ->
            r.clientId(client.clientId())
                .clientSecret(client.clientSecret())
                .grantType("urn:ietf:params:oauth:grant-type:device_code")
                .deviceCode(device.deviceCode()));
  }

  private Thread runInBackground(StringWriter out, String... args) {
    Thread thread =
        new Thread(
            () ->
                Main.run(
                    new CliContext(home.environment()),
                    new PrintWriter(out, true),
                    new PrintWriter(new StringWriter(), true),
                    args));
    thread.start();
    return thread;
  }

  /** The {@code export NAME=value} lines of the output. */
  private static Map<String, String> exports(String out) {
    Map<String, String> exports = new LinkedHashMap<>();
    out.lines()
        .filter(line -> line.startsWith("export "))
        .forEach(
            line -> {
              String assignment = line.substring("export ".length());
              int eq = assignment.indexOf('=');
              String value = assignment.substring(eq + 1);
              if (value.startsWith("'") && value.endsWith("'")) {
                value = value.substring(1, value.length() - 1).replace("'\\''", "'");
              }
              exports.put(assignment.substring(0, eq), value);
            });
    return exports;
  }
}
