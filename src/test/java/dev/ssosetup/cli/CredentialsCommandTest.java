package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.auth.RoleCredentialCache;
import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.common.Json;
import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.RequestRecord;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.MutableClock;
import dev.ssosetup.testkit.SandboxClients;
import dev.ssosetup.testkit.SandboxConfig;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.TestHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sts.StsClient;

/** {@code sso-setup credentials} through the whole command line, against the sandbox. */
@Timeout(120)
class CredentialsCommandTest {
  private static final Pattern EXPORT = Pattern.compile("export ([A-Z_]+)='([^']*)'");

  private final MutableClock clock = MutableClock.startingNow();

  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.approval(Approval.AUTO).clock(clock)).pointingTheSdkAtIt();

  @TempDir Path tmp;
  private Sandbox sandbox;
  private TestHome home;
  private final ApprovingBrowser neverOpened = ApprovingBrowser.ignoring();

  @BeforeEach
  void setUp() {
    sandbox = extension.get();
    home = new TestHome(tmp).clock(clock).writeConfig(config(sandbox));
  }

  static String config(Sandbox sandbox) {
    return "[profile workday]\n"
        + "sso_session = corp\n"
        + "sso_account_id = 111122223333\n"
        + "sso_role_name = S3DynamoDBAccess\n"
        + "region = ap-northeast-1\n"
        + "\n"
        + "[profile noregion]\n"
        + "sso_session = corp\n"
        + "sso_account_id = 111122223333\n"
        + "sso_role_name = S3DynamoDBAccess\n"
        + "\n"
        + SandboxConfig.legacyProfile(sandbox, "legacy")
        + "\n"
        + "[profile sessiononly]\n"
        + "sso_session = corp\n"
        + "\n"
        + "[profile unassigned]\n"
        + "sso_session = corp\n"
        + "sso_account_id = 111122223333\n"
        + "sso_role_name = AdministratorAccess\n"
        + "\n"
        + "[profile keys]\n"
        + "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
        + "\n"
        + SandboxConfig.session(sandbox, "corp");
  }

  private Result run(String... args) {
    return CliRun.run(home, context -> context.browserOpener(neverOpened), args);
  }

  private void logIn(String profile) {
    CliRun.logIn(home, sandbox, profile);
  }

  /** The AWS CLI's cache file of the role of {@code workday}. */
  private Path roleCacheFile() {
    SsoSessionRef session =
        new SsoSessionRef("corp", sandbox.startUrl(), sandbox.region(), List.of());
    return tmp.resolve(".aws/cli/cache")
        .resolve(RoleCredentialCache.key(session, "111122223333", "S3DynamoDBAccess") + ".json");
  }

  private long roleCredentialCalls() {
    return sandbox.requests().stream()
        .filter(r -> "GetRoleCredentials".equals(r.operation()))
        .count();
  }

  // ---- formats -----------------------------------------------------------------------------

  @Test
  void env_printsExportLinesWithTheRegion_whoseCredentialsStsAccepts() {
    logIn("workday");

    Result result = run("credentials", "--profile", "workday", "--format", "env");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    Map<String, String> exports = exports(result.out());
    assertThat(exports.keySet())
        .containsExactly(
            "AWS_ACCESS_KEY_ID",
            "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN",
            "AWS_CREDENTIAL_EXPIRATION",
            "AWS_REGION",
            "AWS_DEFAULT_REGION");
    assertThat(exports).containsEntry("AWS_REGION", "ap-northeast-1");
    assertThat(Instant.parse(exports.get("AWS_CREDENTIAL_EXPIRATION")))
        .isBetween(clock.instant().plus(Duration.ofMinutes(59)), clock.instant().plusSeconds(3600));
    assertThat(callerAccount(exports)).isEqualTo("111122223333");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void env_isTheDefault_andLeavesTheRegionOutWhenTheProfileHasNone() {
    logIn("noregion");

    Result result = run("credentials", "--profile", "noregion");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(exports(result.out()))
        .containsKey("AWS_SESSION_TOKEN")
        .doesNotContainKeys("AWS_REGION", "AWS_DEFAULT_REGION");
  }

  @Test
  void env_forEachShell_quotesInThatShellsSyntax() {
    logIn("workday");

    String fish = run("credentials", "--profile", "workday", "--shell", "fish").out();
    String powershell = run("credentials", "--profile", "workday", "--shell", "powershell").out();
    String zsh = run("credentials", "--profile", "workday", "--shell", "zsh").out();

    assertThat(fish.lines()).allMatch(line -> line.matches("set -gx AWS_[A-Z_]+ '[^']*'"));
    assertThat(powershell.lines()).allMatch(line -> line.matches("\\$env:AWS_[A-Z_]+ = '[^']*'"));
    assertThat(zsh.lines()).allMatch(line -> EXPORT.matcher(line).matches());
    assertThat(roleCredentialCalls()).isEqualTo(1);
  }

  @Test
  void json_givesTheFieldsAndTheRole() {
    logIn("workday");

    Result result = run("credentials", "--profile", "workday", "--format", "json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    Map<String, Object> json = Json.parseObject(result.out());
    assertThat(json.keySet())
        .containsExactly(
            "AccessKeyId",
            "SecretAccessKey",
            "SessionToken",
            "Expiration",
            "AccountId",
            "RoleName",
            "Profile",
            "Region");
    assertThat(json)
        .containsEntry("AccountId", "111122223333")
        .containsEntry("RoleName", "S3DynamoDBAccess")
        .containsEntry("Profile", "workday");
    assertThat(sandbox.issuedSecrets()).contains((String) json.get("SessionToken"));
  }

  @Test
  void process_givesExactlyWhatCredentialProcessReads() {
    logIn("legacy");

    Result result = run("credentials", "--profile", "legacy", "--format", "process");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    Map<String, Object> json = Json.parseObject(result.out());
    assertThat(json.keySet())
        .containsExactly("Version", "AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration");
    assertThat(json.get("Version")).isEqualTo(1L);
    assertThat((String) json.get("Expiration"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
  }

  @Test
  void atATerminalWithASlowPortal_stdoutHasTheExportsOnly_andNoSpinnerIsDrawn() {
    logIn("workday");
    sandbox.setLatency(Duration.ofMillis(200));
    home.stdin("", true);
    java.util.concurrent.atomic.AtomicBoolean asked =
        new java.util.concurrent.atomic.AtomicBoolean();

    Result result =
        CliRun.run(
            home,
            context ->
                context
                    .slowCallThreshold(Duration.ofMillis(20))
                    .prompterFactory(
                        (out, err, time, voice) -> {
                          asked.set(true);
                          throw new AssertionError("credentials asked for a terminal");
                        }),
            "credentials",
            "--profile",
            "workday");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(exports(result.out())).containsKey("AWS_SESSION_TOKEN");
    assertThat(asked).isFalse();
  }

  // ---- caching -----------------------------------------------------------------------------

  @Test
  void manyCalls_makeOneGetRoleCredentials_andAFreshOneNearExpiry() {
    logIn("workday");

    String first = null;
    for (int i = 0; i < 25; i++) {
      Result result = run("credentials", "--profile", "workday", "--format", "process");
      assertThat(result.exitCode()).as(result.toString()).isZero();
      String key = (String) Json.parseObject(result.out()).get("AccessKeyId");
      assertThat(first == null || first.equals(key)).isTrue();
      first = key;
      clock.advance(Duration.ofMinutes(1));
    }
    assertThat(roleCredentialCalls()).isEqualTo(1);

    clock.advance(Duration.ofMinutes(21)); // 14 minutes left of the hour: inside the window
    Result near = run("credentials", "--profile", "workday", "--format", "process");

    assertThat(near.exitCode()).as(near.toString()).isZero();
    assertThat(Json.parseObject(near.out()).get("AccessKeyId")).isNotEqualTo(first);
    assertThat(roleCredentialCalls()).isEqualTo(2);
  }

  @Test
  void concurrentCalls_shareOneGetRoleCredentials() throws Exception {
    logIn("workday");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Result>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> run("credentials", "--profile", "workday")));
      }
      for (Future<Result> future : runs) {
        assertThat(future.get().exitCode()).as(future.get().toString()).isZero();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(roleCredentialCalls()).isEqualTo(1);
  }

  @Test
  void theCacheFile_isTheAwsClisOwn_private() throws IOException {
    logIn("workday");

    assertThat(run("credentials", "--profile", "workday").exitCode()).isZero();

    Path file = roleCacheFile();
    assertThat(Json.parseObject(Files.readString(file))).containsEntry("ProviderType", "sso");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void aCachedFileWithALineBreakInASecret_isNotUsed_butReplaced() throws IOException {
    logIn("workday");
    Path file = roleCacheFile();
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "{\"ProviderType\": \"sso\", \"Credentials\": {\"AccessKeyId\": \"ASIAAAAAAAAAAAAAAAAA\","
            + " \"SecretAccessKey\": \"x\\ntouch /tmp/pwned\", \"SessionToken\": \"t\","
            + " \"Expiration\": \""
            + clock
                .instant()
                .plus(Duration.ofHours(1))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
            + "\"}}");

    Result result = run("credentials", "--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).doesNotContain("pwned").doesNotContain("ASIAAAAAAAAAAAAAAAAA");
    assertThat(roleCredentialCalls()).isEqualTo(1);
  }

  // ---- no login ----------------------------------------------------------------------------

  @Test
  void withoutALogin_printsNothing_exits1_andNamesTheExactLoginToRun() {
    Result result =
        run("--config-file", home.config().toString(), "credentials", "--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains("No valid login for sso-session corp")
        .contains("sso-setup --config-file " + home.config() + " login --profile workday");
    assertThat(neverOpened.opened()).isEmpty();
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void anExpiredLogin_whoseRefreshFails_printsNothing_andSaysToLogIn() throws IOException {
    logIn("workday");
    Path token = home.ssoCache().resolve(dev.ssosetup.auth.TokenCache.fileName("corp"));
    Map<String, Object> fields = Json.parseObject(Files.readString(token));
    fields.put("refreshToken", "aor-revoked");
    Files.writeString(token, Json.writePretty(fields));
    clock.advance(Duration.ofHours(2));

    Result result = run("credentials", "--profile", "workday", "--format", "process");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("sso-setup login --profile workday");
    assertThat(neverOpened.opened()).isEmpty();
  }

  @Test
  void anExpiredLoginWithARefreshToken_isRenewedSilently() {
    logIn("workday");
    clock.advance(Duration.ofHours(2));

    Result result = run("credentials", "--profile", "workday", "--format", "process");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(sandbox.requests())
        .extracting(RequestRecord::operation)
        .containsExactly("CreateToken", "GetRoleCredentials");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void aLoginThePortalNoLongerKnows_printsNothing_andSaysToLogInWithForce() {
    logIn("workday");
    String accessToken =
        (String)
            Json.parseObject(
                    read(home.ssoCache().resolve(dev.ssosetup.auth.TokenCache.fileName("corp"))))
                .get("accessToken");
    try (var portal = SandboxClients.portal(sandbox)) {
      portal.logout(r -> r.accessToken(accessToken));
    }

    Result result = run("credentials", "--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains("refused the cached login")
        .contains("sso-setup login --profile workday --force");
  }

  @Test
  void logout_deletesTheCachedRoleCredentials_soTheNextCallNeedsALogin() {
    logIn("workday");
    assertThat(run("credentials", "--profile", "workday").exitCode()).isZero();

    assertThat(run("logout", "--profile", "workday").exitCode()).isZero();
    Result after = run("credentials", "--profile", "workday");

    assertThat(after.exitCode()).as(after.toString()).isEqualTo(1);
    assertThat(after.out()).isEmpty();
  }

  // ---- bad input ---------------------------------------------------------------------------

  @Test
  void badInput_exits2_printsNothing_andLeavesTheConfigAsItWas() {
    byte[] before = home.configBytes();

    assertUsage(run("credentials", "--profile", "nosuch"), "not in");
    assertUsage(run("credentials", "--profile", "keys"), "not an IAM Identity Center");
    assertUsage(run("credentials", "--profile", "sessiononly"), "names no account and role");
    assertUsage(
        run("credentials", "--profile", "workday", "--format", "json", "--shell", "fish"),
        "--shell applies only to --format env");
    assertUsage(run("credentials", "--profile", "workday", "--format", "yaml"), "--format");

    assertThat(home.configBytes()).isEqualTo(before);
  }

  @Test
  void aProfileWhoseRoleIsNotAssigned_exits1_sayingSo() {
    logIn("workday");

    Result result = run("credentials", "--profile", "unassigned");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("no access to role \"AdministratorAccess\"");
  }

  @Test
  void withDebug_theWireLogShowsNoSecret() {
    logIn("workday");

    Result result = run("--debug", "credentials", "--profile", "workday");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).contains("GET").contains("/federation/credentials");
    for (String secret : sandbox.issuedSecrets()) {
      assertThat(result.err()).doesNotContain(secret);
    }
  }

  @Test
  void inJapanese_theFailureIsWordedInJapanese() {
    Result result = run("--lang", "ja", "credentials", "--profile", "workday");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .contains("有効なログインがありません")
        .contains("sso-setup login --profile workday");
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static void assertUsage(Result result, String fragment) {
    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.out()).as(result.toString()).isEmpty();
    assertThat(result.err()).as(result.toString()).contains(fragment);
  }

  static Map<String, String> exports(String out) {
    Map<String, String> exports = new LinkedHashMap<>();
    for (String line : out.lines().toList()) {
      Matcher m = EXPORT.matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      exports.put(m.group(1), m.group(2));
    }
    return exports;
  }

  private String callerAccount(Map<String, String> exports) {
    try (StsClient sts =
        SandboxClients.sts(
            sandbox,
            StaticCredentialsProvider.create(
                AwsSessionCredentials.create(
                    exports.get("AWS_ACCESS_KEY_ID"),
                    exports.get("AWS_SECRET_ACCESS_KEY"),
                    exports.get("AWS_SESSION_TOKEN"))))) {
      return sts.getCallerIdentity().account();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
