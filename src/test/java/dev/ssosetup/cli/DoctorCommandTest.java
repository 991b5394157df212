package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssosetup.auth.CachedToken;
import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.common.Json;
import dev.ssosetup.common.Secret;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.TestHome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doctor}: one fixture config per finding; files only, no network. */
class DoctorCommandTest {
  static final String START_URL = "https://d-9067a1b2c3.awsapps.com/start";
  static final String SESSION =
      "[sso-session corp]\n"
          + "sso_start_url = "
          + START_URL
          + "\n"
          + "sso_region = ap-northeast-1\n"
          + "sso_registration_scopes = sso:account:access\n";
  static final String WORKDAY =
      "[profile workday]\n"
          + "sso_session = corp\n"
          + "sso_account_id = 111122223333\n"
          + "sso_role_name = S3DynamoDBAccess\n"
          + "region = ap-northeast-1\n"
          + "\n";

  @TempDir Path tmp;
  private TestHome home;
  private TokenCache cache;

  @BeforeEach
  void setUp() {
    home = new TestHome(tmp.resolve("home"));
    cache = new TokenCache(home.ssoCache(), Clock.systemUTC(), home.locks());
  }

  private static SsoSessionRef corp() {
    return new SsoSessionRef("corp", START_URL, "ap-northeast-1", List.of());
  }

  private void token(SsoSessionRef session, Duration fromNow, boolean refreshable) {
    Instant now = Instant.now();
    cache.write(
        session,
        new CachedToken(
            session.startUrl(),
            session.region(),
            Secret.of("access-token"),
            now.plus(fromNow),
            refreshable ? "client" : null,
            Secret.ofNullable(refreshable ? "client-secret" : null),
            refreshable ? now.plus(Duration.ofDays(90)) : null,
            Secret.ofNullable(refreshable ? "refresh-token" : null)));
  }

  private Result doctor(String config, String... args) {
    if (config != null) {
      home.writeConfig(config);
    }
    byte[] before = home.configBytes();
    String[] all = new String[args.length + 1];
    all[0] = "doctor";
    System.arraycopy(args, 0, all, 1, args.length);
    Result result = CliRun.run(home, all);
    assertThat(home.configBytes()).as("doctor changes nothing").isEqualTo(before);
    return result;
  }

  @Test
  void doctor_cleanConfigWithAValidLogin_findsNothing_andExitsWith0() {
    token(corp(), Duration.ofHours(1), true);

    Result result = doctor(WORKDAY + SESSION);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).isEqualTo("No problems found in " + home.config() + ".\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void doctor_noConfigFile_saysSoAsANote_andExitsWith0() {
    Result result = doctor(null);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "info: There is no config file at "
                + home.config()
                + ".\n"
                + "  fix: sso-setup configure\n"
                + "No problems found in "
                + home.config()
                + ".\n");
  }

  @Test
  void doctor_fileWithAByteOrderMark_isAnErrorSayingHowToSaveIt() {
    token(corp(), Duration.ofHours(1), true);
    home.writeConfig(("\uFEFF" + WORKDAY + SESSION).getBytes(StandardCharsets.UTF_8));

    Result result = doctor(null);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out())
        .contains("error: " + home.config() + " is not a valid AWS config file: ")
        .contains("the file starts with a UTF-8 byte order mark")
        .contains(
            "  fix: sso-setup doctor --fix, or save the file as UTF-8 without a byte order mark")
        .endsWith("1 error, 0 warnings\n");
  }

  @Test
  void doctor_fileTheSdkRejects_reportsTheLineAndSkipsTheProfileChecks() {
    home.variable("AWS_PROFILE", "nowhere");

    Result result = doctor("[profile a]\nsso_session = gone\nthis line has no equals sign\n");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out())
        .contains("error: ")
        .contains(
            "is not a valid AWS config file: Expected an '=' sign defining a property on line 3")
        .contains("doctor's other checks of it were skipped")
        .contains("  fix: Fix the line it names, then run doctor again.")
        .doesNotContain("gone")
        .doesNotContain("AWS_PROFILE");
  }

  @Test
  void doctor_profileNamingAMissingSession_isAnError() {
    Result result = doctor(WORKDAY);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out())
        .startsWith(
            "error: The profile 'workday' names sso-session 'corp', which is not in "
                + home.config()
                + ".\n"
                + "  fix: sso-setup configure sso-session --sso-session corp\n")
        .endsWith("1 error, 0 warnings\n");
  }

  @Test
  void doctor_sessionBlockWithoutRegion_isAnError() {
    token(corp(), Duration.ofHours(1), true);

    Result result = doctor(WORKDAY + "[sso-session corp]\nsso_start_url = " + START_URL + "\n");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out())
        .contains("error: The sso-session 'corp' lacks sso_region.\n")
        .contains("  fix: sso-setup configure sso-session --sso-session corp\n");
  }

  @Test
  void doctor_legacyKeysThatDisagreeWithTheSession_isAnError() {
    token(corp(), Duration.ofHours(1), true);

    Result result =
        doctor(
            WORKDAY.replace(
                    "region = ap-northeast-1\n",
                    "region = ap-northeast-1\nsso_start_url = https://d-0000000000.awsapps.com/start\n")
                + SESSION);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out())
        .contains(
            "error: The profile 'workday' sets sso_start_url ="
                + " https://d-0000000000.awsapps.com/start (the session has "
                + START_URL
                + "), which its sso-session 'corp' sets otherwise: the AWS CLI rejects the"
                + " profile.\n")
        .contains(
            "  fix: Delete sso_start_url and sso_region from [profile workday]; the sso-session"
                + " holds them.\n");
  }

  @Test
  void doctor_legacyKeysThatAgreeWithTheSession_areFine() {
    token(corp(), Duration.ofHours(1), true);

    Result result =
        doctor(
            WORKDAY.replace(
                    "region = ap-northeast-1\n",
                    "region = ap-northeast-1\nsso_start_url = "
                        + START_URL
                        + "\nsso_region = ap-northeast-1\n")
                + SESSION);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("No problems found");
  }

  @Test
  void doctor_regionThatIsNoRegion_isAnError_andAnUnknownOne_aWarning() {
    token(corp(), Duration.ofHours(1), true);

    Result result =
        doctor(
            WORKDAY.replace("region = ap-northeast-1", "region = Tokyo")
                + SESSION.replace("sso_region = ap-northeast-1", "sso_region = ap-mars-1"));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out())
        .contains(
            "error: region in [profile workday]: 'Tokyo' is not an AWS region (for example"
                + " us-east-1 or ap-northeast-1).\n"
                + "  fix: Set region in [profile workday] to an AWS region, such as us-east-1.\n")
        .contains(
            "warning: sso_region in [sso-session corp]: 'ap-mars-1' is not a region this"
                + " version of the AWS SDK knows; it may be new, or misspelt.\n")
        .endsWith("1 error, 1 warning\n");
  }

  @Test
  void doctor_ssoProfileWithoutRegion_isAWarning_withTheCommandThatSetsTheSsoRegion() {
    token(corp(), Duration.ofHours(1), true);

    Result result = doctor(WORKDAY.replace("region = ap-northeast-1\n", "") + SESSION);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains(
            "warning: [profile workday] has no region: the AWS CLI and boto3 stop on it with"
                + " \"You must specify a region\" (unless AWS_REGION or AWS_DEFAULT_REGION is"
                + " set).\n"
                + "  fix: aws configure set region ap-northeast-1 --profile workday (or add"
                + " region = ap-northeast-1 to [profile workday]).\n")
        .endsWith("0 errors, 1 warning\n");
  }

  @Test
  void doctor_profileWithoutRegionThatIsNotSso_isLeftAlone() {
    token(corp(), Duration.ofHours(1), true);

    Result result =
        doctor(WORKDAY + SESSION + "\n[profile keys]\naws_access_key_id = AKIDEXAMPLE\n");

    assertThat(result.out()).doesNotContain("has no region");
  }

  @Test
  void doctor_onlyWarnings_exitsWith0() {
    token(corp(), Duration.ofHours(1), true);

    Result result =
        doctor(WORKDAY + SESSION.replace("sso_region = ap-northeast-1", "sso_region = ap-mars-1"));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).endsWith("0 errors, 1 warning\n");
  }

  @Test
  void doctor_accountIdThatIsNotTwelveDigits_isAnError() {
    token(corp(), Duration.ofHours(1), true);

    Result result = doctor(WORKDAY.replace("111122223333", "11112222333") + SESSION);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out())
        .contains(
            "error: The profile 'workday' has an invalid sso_account_id: an AWS account ID is"
                + " exactly 12 digits, got '11112222333'.\n")
        .contains("  fix: Set sso_account_id in [profile workday] to the 12-digit account ID");
  }

  @Test
  void doctor_profileWithoutRole_isAnError() {
    token(corp(), Duration.ofHours(1), true);

    Result result = doctor(WORKDAY.replace("sso_role_name = S3DynamoDBAccess\n", "") + SESSION);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out())
        .contains("error: The profile 'workday' lacks sso_role_name.\n")
        .contains("  fix: sso-setup configure --profile workday\n");
  }

  @Test
  void doctor_startUrlThatIsNotHttps_isAnError() {
    SsoSessionRef http =
        new SsoSessionRef("corp", "http://d-9067a1b2c3.awsapps.com/start", "ap-northeast-1", null);
    token(http, Duration.ofHours(1), true);

    Result result = doctor(WORKDAY + SESSION.replace("https://", "http://"));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out())
        .contains(
            "error: sso_start_url in [sso-session corp]: the start URL must be an https:// URL")
        .contains("got 'http://d-9067a1b2c3.awsapps.com/start'");
  }

  @Test
  void doctor_profileDefaultBesideDefault_isAWarningSayingWhichWins() {
    Result result =
        doctor("[profile default]\nregion = eu-west-1\n\n[default]\nregion = us-east-1\n");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains(
            "warning: "
                + home.config()
                + " has both [default] and [profile default]: the AWS SDKs read only [profile"
                + " default], but the AWS CLI reads [default], since it comes last.\n"
                + "  fix: Merge them into one [default] section and delete the other.\n");
  }

  @Test
  void doctor_aProfileNameTheJavaSdkIgnores_isAWarningNamingItsLine_inEnglishAndJapanese() {
    String config = "[profile 本番環境]\nregion = ap-northeast-1\n\n[profile my dev]\nregion = x\n";

    Result english = doctor(config);
    home.variable("LANG", "ja_JP.UTF-8");
    Result japanese = doctor(config);

    assertThat(english.exitCode()).as(english.toString()).isZero();
    assertThat(english.out())
        .contains(
            "warning: [profile 本番環境] on line 1 of "
                + home.config()
                + " is ignored by the AWS SDK for Java and by sso-setup: a profile name may have"
                + " only letters, digits and _ - / . % @ : +.")
        .contains(
            "  fix: Rename the section to a name of those characters (for example [profile"
                + " honban]) and use that name with --profile.\n")
        .contains("warning: [profile my dev] on line 4 of ");
    assertThat(japanese.exitCode()).as(japanese.toString()).isZero();
    assertThat(japanese.out())
        .contains(
            "警告: "
                + home.config()
                + " の 1 行目の [profile 本番環境] は、AWS SDK for Java と sso-setup には無視されます。")
        .contains("  直し方: セクションの名前をこれらの文字だけの名前 (例: [profile honban]) に変え、");
  }

  @Test
  void doctor_profileNamesTheSdkReads_giveNoIgnoredProfileWarning() {
    Result result =
        doctor("[profile a_b-c/d.e%f@g:h+i]\nregion = eu-west-1\n[sso-session 本番]\nx = y\n");

    assertThat(result.out()).doesNotContain("is ignored by the AWS SDK for Java");
  }

  @Test
  void doctor_awsProfileNamingAMissingProfile_isAnErrorWithCloseNames() {
    token(corp(), Duration.ofHours(1), true);
    home.variable("AWS_PROFILE", "wrokday");

    Result result = doctor(WORKDAY + SESSION);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out())
        .contains(
            "error: AWS_PROFILE is set to 'wrokday', which is not a profile in "
                + home.config()
                + ": every AWS command run in this environment fails.\n"
                + "  fix: Did you mean: workday? Set AWS_PROFILE to an existing profile, or"
                + " unset it.\n");
  }

  @Test
  void doctor_awsProfileNamingAProfileOfTheCredentialsFile_isFine() throws IOException {
    token(corp(), Duration.ofHours(1), true);
    home.variable("AWS_PROFILE", "keys");
    Files.createDirectories(home.home().resolve(".aws"));
    Files.writeString(
        home.home().resolve(".aws/credentials"),
        "[keys]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = x\n");

    Result result = doctor(WORKDAY + SESSION);

    assertThat(result.exitCode()).as(result.toString()).isZero();
  }

  @Test
  void doctor_missingToken_isAWarningWithTheLoginForTheSession() {
    Result result = doctor(WORKDAY + WORKDAY.replace("workday]", "reports]") + SESSION);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "warning: Not logged in to sso-session corp (used by profiles workday, reports).\n"
                + "  fix: sso-setup login --sso-session corp\n"
                + "0 errors, 1 warning\n");
  }

  @Test
  void doctor_expiredLegacyToken_isAWarningWithTheLoginForTheProfile() {
    token(new SsoSessionRef(null, START_URL, "ap-northeast-1", null), Duration.ofHours(-1), false);
    String legacy =
        "[profile old]\n"
            + "sso_start_url = "
            + START_URL
            + "\n"
            + "sso_region = ap-northeast-1\n"
            + "sso_account_id = 111122223333\n"
            + "sso_role_name = S3DynamoDBAccess\n";

    Result result = doctor(legacy);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains(
            "warning: The login for start URL " + START_URL + " (used by profile old) expired at ")
        .contains("; legacy profiles cannot refresh it.\n  fix: sso-setup login --profile old\n");
  }

  @Test
  void doctor_expiredSessionTokenThatCannotBeRefreshed_isAWarning() {
    token(corp(), Duration.ofHours(-1), false);

    Result result = doctor(WORKDAY + SESSION);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("warning: The login for sso-session corp (used by profile workday) expired at ")
        .contains(" and cannot be refreshed.\n  fix: sso-setup login --sso-session corp\n");
  }

  @Test
  void doctor_refreshableToken_isANote_andNoProblem() {
    token(corp(), Duration.ofMinutes(-5), true);

    Result result = doctor(WORKDAY + SESSION);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .startsWith("info: The access token for sso-session corp (used by profile workday) expired")
        .contains("; the next AWS command refreshes it without a login.\n")
        .endsWith("No problems found in " + home.config() + ".\n");
  }

  @Test
  void doctor_cacheReadableByOthers_isAnError_andAnOpenFolderAWarning() throws IOException {
    token(corp(), Duration.ofHours(1), true);
    Path folder = home.ssoCache();
    assumeTrue(
        Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class),
        "POSIX permissions only");
    Path token = cache.file(corp());
    Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));

    Result result = doctor(WORKDAY + SESSION);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out())
        .contains(
            "warning: The token cache folder "
                + folder
                + " is open to other users (rwxr-xr-x): they can list it, and see when you log"
                + " in.\n"
                + "  fix: chmod 700 "
                + folder
                + "\n")
        .contains(
            "error: 1 file in "
                + folder
                + " can be read or changed by other users, and they hold tokens or client"
                + " secrets: "
                + token.getFileName()
                + " (rw-r--r--).\n"
                + "  fix: chmod 600 "
                + folder.resolve("*.json")
                + "\n")
        .doesNotContain(".lock")
        .endsWith("1 error, 1 warning\n");
  }

  @Test
  void doctor_cacheWithOwnerOnlyPermissions_isFine() throws IOException {
    token(corp(), Duration.ofHours(1), true);
    assumeTrue(
        Files.getFileStore(home.ssoCache()).supportsFileAttributeView(PosixFileAttributeView.class),
        "POSIX permissions only");

    Result result = doctor(WORKDAY + SESSION);

    assertThat(result.out()).startsWith("No problems found");
  }

  @Test
  void doctor_withProfile_checksOnlyThatProfileAndItsSession_plusTheFile() {
    home.variable("AWS_PROFILE", "nowhere");
    String config =
        WORKDAY.replace("111122223333", "123")
            + "[profile other]\n"
            + "sso_session = second\n"
            + "sso_account_id = 999\n"
            + "sso_role_name = Admin\n"
            + "\n"
            + SESSION
            + "\n[sso-session second]\nsso_start_url = http://example.com\nsso_region = nowhere\n";

    Result all = doctor(config);
    Result scoped = doctor(config, "--profile", "workday");

    assertThat(all.out()).contains("'999'").contains("[sso-session second]").contains("'123'");
    assertThat(scoped.exitCode()).as(scoped.toString()).isEqualTo(1);
    assertThat(scoped.out())
        .contains("'123'")
        .contains("AWS_PROFILE is set to 'nowhere'")
        .contains("Not logged in to sso-session corp (used by profile workday)")
        // Quoted: the temporary folder's name in the output may contain the digits 999.
        .doesNotContain("'999'")
        .doesNotContain("sso-session second")
        .doesNotContain("[profile other]");
  }

  @Test
  void doctor_withUnknownProfile_exitsWith2WithCloseNames() {
    Result result = doctor(WORKDAY + SESSION, "--profile", "workdya");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("The profile 'workdya' is not in").contains("workday");
    assertThat(result.out()).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void doctor_json_listsEachFindingWithItsSeverityCheckMessageAndFix() {
    Result result = doctor(WORKDAY, "--format", "json");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    Map<String, Object> json = Json.parseObject(result.out());
    assertThat(json)
        .containsEntry("configFile", home.config().toString())
        .containsEntry("ok", false)
        .containsEntry("errors", 1L)
        .containsEntry("warnings", 0L)
        .containsEntry("info", 0L);
    assertThat((List<Map<String, Object>>) json.get("findings"))
        .containsExactly(
            Map.of(
                "severity", "error",
                "check", "sso-session",
                "message",
                    "The profile 'workday' names sso-session 'corp', which is not in "
                        + home.config()
                        + ".",
                "fix", "sso-setup configure sso-session --sso-session corp"));
  }
}
