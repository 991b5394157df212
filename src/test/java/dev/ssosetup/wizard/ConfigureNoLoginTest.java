package dev.ssosetup.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.ConfigureArgs;
import dev.ssosetup.testkit.SdkProfiles;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code configure --no-login}: the config written from flags alone (docs/spec.md §2.5, §3). */
class ConfigureNoLoginTest {
  static final String[] WORKDAY =
      ConfigureArgs.workday("--region", "ap-northeast-1", "--output", "json");

  static final String EXISTING =
      "# my settings\n"
          + "[default]\n"
          + "region = eu-west-1 ; the usual\n"
          + "output=text\n"
          + "\n"
          + "[profile dev]\n"
          + "s3 =\n"
          + "  max_concurrent_requests = 20\n"
          + "role_arn = arn:aws:iam::111122223333:role/dev\n"
          + "source_profile = default\n"
          + "\n"
          + "[services local]\n"
          + "s3 =\n"
          + "  endpoint_url = http://localhost:9000\n"
          + "; trailing comment";

  @TempDir Path tmp;
  TestHome home;

  @BeforeEach
  void setUp() {
    home = new TestHome(tmp);
  }

  @Test
  void configure_intoAnExistingConfig_appendsExactlyTheTwoBlocksAndChangesNoOtherByte() {
    home.writeConfig(EXISTING);

    Result result = CliRun.run(home, WORKDAY);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(home.configText())
        .isEqualTo(
            EXISTING
                + "\n\n[profile workday]\n"
                + "sso_session = corp\n"
                + "sso_account_id = 123456789012\n"
                + "sso_role_name = S3DynamoDBAccess\n"
                + "region = ap-northeast-1\n"
                + "output = json\n"
                + "\n[sso-session corp]\n"
                + "sso_start_url = https://d-9067a1b2c3.awsapps.com/start\n"
                + "sso_region = ap-northeast-1\n"
                // The file had no final newline, and keeps that style.
                + "sso_registration_scopes = sso:account:access");
    SdkProfiles sdk = SdkProfiles.read(home.config());
    assertThat(sdk.profile("workday"))
        .containsExactly(
            entry("sso_session", "corp"),
            entry("sso_account_id", "123456789012"),
            entry("sso_role_name", "S3DynamoDBAccess"),
            entry("region", "ap-northeast-1"),
            entry("output", "json"));
    assertThat(sdk.ssoSession("corp"))
        .containsOnly(
            entry("sso_start_url", "https://d-9067a1b2c3.awsapps.com/start"),
            entry("sso_region", "ap-northeast-1"),
            entry("sso_registration_scopes", "sso:account:access"));
    assertThat(sdk.profile("dev")).containsEntry("s3", "\nmax_concurrent_requests = 20");
    // The AWS CLI v2's closing words (sso_commands.py, since 2.24.13), then ours.
    assertThat(result.out())
        .isEqualTo(
            "Wrote profile workday and sso-session corp to "
                + home.config()
                + "\n\n"
                + "To use this profile, specify the profile name using --profile, as shown:\n"
                + "\n"
                + "aws sts get-caller-identity --profile workday\n"
                + "\n"
                + "To check that it works: sso-setup verify --profile workday\n");
  }

  @Test
  void configure_theDefaultProfile_closesWithTheAwsClisWordsForIt() {
    List<String> args = new ArrayList<>(List.of(WORKDAY));
    args.set(args.indexOf("workday"), "default");

    Result result = CliRun.run(home, args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .endsWith(
            "\n\n"
                + "The AWS CLI is now configured to use the default profile.\n"
                + "Run the following command to verify your configuration:\n"
                + "\n"
                + "aws sts get-caller-identity\n"
                + "\n"
                + "To check that it works: sso-setup verify\n");
    assertThat(home.configText()).contains("[default]\nsso_session = corp\n");
  }

  @Test
  void configure_runTwiceWithTheSameValues_leavesTheFileByteIdentical() throws Exception {
    home.writeConfig(EXISTING);
    assertThat(CliRun.run(home, WORKDAY).exitCode()).isZero();
    byte[] first = home.configBytes();
    long modified = Files.getLastModifiedTime(home.config()).toMillis();

    Result again = CliRun.run(home, WORKDAY);

    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(home.configBytes()).isEqualTo(first);
    assertThat(Files.getLastModifiedTime(home.config()).toMillis()).isEqualTo(modified);
    assertThat(again.out()).contains("Already up to date").contains("nothing was written");
  }

  @Test
  void configure_withNoConfigFileOrFolder_createsThemPrivately() throws Exception {
    Result result = CliRun.run(home, WORKDAY);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(home.configText()).startsWith("[profile workday]\n");
    if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
      assertThat(Files.getPosixFilePermissions(home.config()))
          .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
      assertThat(Files.getPosixFilePermissions(home.config().getParent()))
          .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void configure_legacyProfileMovingToSessionForm_losesItsLegacyKeys() {
    home.writeConfig(
        "[profile workday]\n"
            + "sso_start_url = https://d-9067a1b2c3.awsapps.com/start\n"
            + "sso_region = ap-northeast-1\n"
            + "sso_account_id = 123456789012\n"
            + "sso_role_name = S3DynamoDBAccess\n"
            + "region = ap-northeast-1\n"
            + "output = json\n");

    Result result = CliRun.run(home, WORKDAY);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    SdkProfiles sdk = SdkProfiles.read(home.config());
    assertThat(sdk.profile("workday"))
        .containsOnlyKeys("sso_session", "sso_account_id", "sso_role_name", "region", "output")
        .containsEntry("sso_session", "corp");
    assertThat(sdk.ssoSession("corp")).containsEntry("sso_region", "ap-northeast-1");
  }

  @Test
  void configure_legacyFlag_writesTheLegacyFormWithTheAwsCliWarning() {
    Result result =
        CliRun.run(
            home,
            "configure",
            "--no-login",
            "--legacy",
            "--start-url",
            "https://d-9067a1b2c3.awsapps.com/start",
            "--sso-region",
            "us-east-1",
            "--account-id",
            "111122223333",
            "--role-name",
            "S3DynamoDBAccess");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(home.configText())
        .isEqualTo(
            "[profile S3DynamoDBAccess-111122223333]\n"
                + "sso_start_url = https://d-9067a1b2c3.awsapps.com/start\n"
                + "sso_region = us-east-1\n"
                + "sso_account_id = 111122223333\n"
                + "sso_role_name = S3DynamoDBAccess\n");
    assertThat(result.err())
        .contains("WARNING: Configuring using legacy format (e.g. without an SSO session).");
    assertThat(result.out()).contains("Wrote profile S3DynamoDBAccess-111122223333 to ");
  }

  @Test
  void configure_regionAndOutputDefaults_comeFromTheDefaultProfile() {
    home.writeConfig("[default]\nregion = eu-west-1\noutput = table\n");
    List<String> args = new ArrayList<>(List.of(WORKDAY));
    int region = args.indexOf("--region");
    args.subList(region, region + 4).clear();

    Result result = CliRun.run(home, args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(SdkProfiles.read(home.config()).profile("workday"))
        .containsEntry("region", "eu-west-1")
        .containsEntry("output", "table");
  }

  @Test
  void configure_changingAnExistingProfilesAccountWithoutForce_exitsWith2AndWritesNothing() {
    home.writeConfig(EXISTING);
    assertThat(CliRun.run(home, WORKDAY).exitCode()).isZero();
    byte[] before = home.configBytes();
    String[] otherAccount = WORKDAY.clone();
    otherAccount[List.of(WORKDAY).indexOf("123456789012")] = "210987654321";

    Result refused = CliRun.run(home, otherAccount);

    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
    assertThat(refused.err())
        .contains("already exists")
        .contains("--force")
        .contains("sso_account_id");
    assertThat(home.configBytes()).isEqualTo(before);

    String[] forced =
        Stream.concat(Stream.of(otherAccount), Stream.of("--force")).toArray(String[]::new);
    Result replaced = CliRun.run(home, forced);

    assertThat(replaced.exitCode()).as(replaced.toString()).isZero();
    assertThat(SdkProfiles.read(home.config()).profile("workday"))
        .containsEntry("sso_account_id", "210987654321");
  }

  @Test
  void configure_dryRun_printsAUnifiedDiffAndWritesNothing() {
    home.writeConfig(EXISTING);
    byte[] before = home.configBytes();
    String[] dryRun =
        Stream.concat(Stream.of(WORKDAY), Stream.of("--dry-run")).toArray(String[]::new);

    Result result = CliRun.run(home, dryRun);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("--- ")
        .contains("+++ ")
        .contains("@@ ")
        .contains("+[profile workday]")
        .contains("+sso_session = corp")
        .contains("Dry run: nothing was written.");
    assertThat(home.configBytes()).isEqualTo(before);
    assertThat(home.config().resolveSibling("config.bak")).doesNotExist();
  }

  @Test
  void configureSsoSession_writesOnlyTheSessionBlock() {
    home.writeConfig(EXISTING);

    Result result =
        CliRun.run(
            home,
            "configure",
            "sso-session",
            "--sso-session",
            "corp",
            "--start-url",
            "https://d-9067a1b2c3.awsapps.com/start",
            "--sso-region",
            "ap-northeast-1");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(home.configText())
        .isEqualTo(
            EXISTING
                + "\n\n[sso-session corp]\n"
                + "sso_start_url = https://d-9067a1b2c3.awsapps.com/start\n"
                + "sso_region = ap-northeast-1\n"
                + "sso_registration_scopes = sso:account:access");
    assertThat(result.out()).contains("Completed configuring SSO session: corp");
  }

  @Test
  void configureSsoSession_changingAnExistingSessionWithoutForce_exitsWith2() {
    home.writeConfig(
        "[sso-session corp]\nsso_start_url = https://d-9067a1b2c3.awsapps.com/start\n"
            + "sso_region = ap-northeast-1\n");
    byte[] before = home.configBytes();

    Result result =
        CliRun.run(
            home,
            "configure",
            "sso-session",
            "--sso-session",
            "corp",
            "--start-url",
            "https://d-0000000000.awsapps.com/start",
            "--sso-region",
            "ap-northeast-1");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("--force");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  static Stream<Arguments> badInput() {
    return Stream.of(
        Arguments.of("--account-id", "12345", "12 digits"),
        Arguments.of("--account-id", "12345678901a", "12 digits"),
        Arguments.of("--sso-region", "mars-1", "not an AWS region"),
        Arguments.of("--region", "Tokyo", "not an AWS region"),
        Arguments.of("--start-url", "http://d-9067a1b2c3.awsapps.com/start", "https://"),
        Arguments.of("--start-url", "https://", "https://"),
        Arguments.of("--start-url", "d-9067a1b2c3.awsapps.com/start", "https://"),
        Arguments.of("--start-url", "https://bad host/start", "https://"),
        Arguments.of("--profile", "my[profile", "'['"),
        Arguments.of("--profile", "my]profile", "']'"),
        Arguments.of("--profile", "my#profile", "'#'"),
        Arguments.of("--profile", "my;profile", "';'"),
        Arguments.of("--profile", "", "empty"),
        Arguments.of("--profile", " padded", "whitespace"),
        Arguments.of("--sso-session", "co[rp", "'['"),
        Arguments.of("--sso-session", "co#rp", "'#'"),
        Arguments.of("--sso-session", "", "empty"),
        Arguments.of("--output", "xml", "not an output format"),
        Arguments.of("--scopes", "sso:account:access,,x", "empty entry"),
        Arguments.of("--scopes", "sso:account access", "whitespace"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("badInput")
  void configure_withBadInput_exitsWith2NamingTheFlagAndWritesNothing(
      String flag, String value, String reason) {
    home.writeConfig(EXISTING);
    byte[] before = home.configBytes();
    List<String> args = new ArrayList<>(List.of(WORKDAY));
    int at = args.indexOf(flag);
    if (at < 0) {
      args.add(flag);
      args.add(value);
    } else {
      args.set(at + 1, value);
    }

    Result result = CliRun.run(home, args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains(flag).contains(reason).doesNotContain("\tat ");
    assertThat(result.err().lines().count()).as(result.toString()).isLessThanOrEqualTo(2);
    assertThat(home.configBytes()).isEqualTo(before);
  }

  static Stream<Arguments> outputFormatsOfTheAwsCliV2() {
    return Stream.of(
        Arguments.of("json", null),
        Arguments.of("text", null),
        Arguments.of("table", null),
        Arguments.of("yaml", "AWS CLI v2"),
        Arguments.of("yaml-stream", "AWS CLI v2"),
        Arguments.of("off", "2.34.0"));
  }

  /** The choices of the AWS CLI v2's own --output (awscli/formatter.py, CLI_OUTPUT_FORMATS). */
  @ParameterizedTest(name = "--output {0}")
  @MethodSource("outputFormatsOfTheAwsCliV2")
  void configure_output_acceptsEveryFormatOfTheAwsCliV2_warningWhenV1CannotReadIt(
      String format, String warning) {
    List<String> args = new ArrayList<>(List.of(WORKDAY));
    args.set(args.indexOf("--output") + 1, format);

    Result result = CliRun.run(home, args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(home.configText()).contains("output = " + format + "\n");
    if (warning == null) {
      assertThat(result.err()).isEmpty();
    } else {
      assertThat(result.err())
          .contains("output = " + format)
          .contains(warning)
          .contains("Unknown output type");
    }
  }

  @Test
  void configure_output_isWrittenInLowerCase_asTheAwsCliComparesIt() {
    List<String> args = new ArrayList<>(List.of(WORKDAY));
    args.set(args.indexOf("--output") + 1, "JSON");

    Result result = CliRun.run(home, args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(home.configText()).contains("output = json\n").doesNotContain("JSON");
  }

  @Test
  void configure_output_unknownFormat_listsEveryChoice() {
    home.writeConfig(EXISTING);
    byte[] before = home.configBytes();
    List<String> args = new ArrayList<>(List.of(WORKDAY));
    args.set(args.indexOf("--output") + 1, "xml");

    Result result = CliRun.run(home, args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("json, text, table, yaml, yaml-stream, off");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  static Stream<Arguments> missingFlags() {
    return Stream.of(
        Arguments.of("--sso-session", "--sso-session"),
        Arguments.of("--start-url", "--start-url"),
        Arguments.of("--sso-region", "--sso-region"),
        Arguments.of("--account-id", "--account-id"),
        Arguments.of("--role-name", "--role-name"));
  }

  @ParameterizedTest(name = "without {0}")
  @MethodSource("missingFlags")
  void configure_withARequiredFlagMissing_exitsWith2NamingIt(String flag, String named) {
    home.writeConfig(EXISTING);
    byte[] before = home.configBytes();
    List<String> args = new ArrayList<>(List.of(WORKDAY));
    int at = args.indexOf(flag);
    args.subList(at, at + 2).clear();

    Result result = CliRun.run(home, args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains(named).doesNotContain("\tat ");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  @Test
  void configure_withAnUnknownOption_exitsWith2AndWritesNothing() {
    home.writeConfig(EXISTING);
    byte[] before = home.configBytes();

    Result result = CliRun.run(home, "configure", "--no-login", "--acount-id", "123456789012");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("--acount-id");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  @Test
  void configure_intoAConfigTheSdkRejects_exitsWith2AndLeavesItUntouched() {
    home.writeConfig("name = value\n[profile x]\n");
    byte[] before = home.configBytes();

    Result result = CliRun.run(home, WORKDAY);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("not a valid AWS config file");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  @Test
  void configure_configFileOption_writesThatFileInstead() {
    Path other = tmp.resolve("elsewhere").resolve("my-config");
    String[] args =
        Stream.concat(Stream.of("--config-file", other.toString()), Stream.of(WORKDAY))
            .toArray(String[]::new);

    Result result = CliRun.run(home, args);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(other).exists();
    assertThat(home.config()).doesNotExist();
  }

  @Test
  void configure_awsConfigFileVariable_isHonoured() {
    Path other = tmp.resolve("from-variable");
    home.variable("AWS_CONFIG_FILE", other.toString());

    Result result = CliRun.run(home, WORKDAY);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(other).exists();
    assertThat(home.config()).doesNotExist();
  }

  @Test
  void configure_withAwsProfileNamingAnExistingProfile_editsThatProfileByDefault() {
    home.writeConfig("[profile team]\nregion = eu-central-1\noutput = text\n");
    home.variable("AWS_PROFILE", "team");
    List<String> args = new ArrayList<>(List.of(WORKDAY));
    int at = args.indexOf("--region");
    args.subList(at, at + 4).clear();
    at = args.indexOf("--profile");
    args.subList(at, at + 2).clear();

    Result result = CliRun.run(home, args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(SdkProfiles.read(home.config()).profile("team"))
        .containsEntry("sso_session", "corp")
        .containsEntry("region", "eu-central-1")
        .containsEntry("output", "text");
    assertThat(SdkProfiles.read(home.config()).profiles()).containsOnlyKeys("team");
  }
}
