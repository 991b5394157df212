package dev.ssosetup.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.common.DisplayWidth;
import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.sandbox.RequestRecord;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SandboxConfig;
import dev.ssosetup.testkit.SandboxEndpoints;
import dev.ssosetup.testkit.SdkProfiles;
import dev.ssosetup.testkit.TerminalDriver;
import dev.ssosetup.testkit.TerminalDriver.Answer;
import dev.ssosetup.testkit.TerminalDriver.Keys;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The configure wizard end to end on a JLine terminal over piped streams, against the sandbox with
 * the real SDK clients: the person types answers and moves the picker with the terminal's own keys.
 */
@Timeout(120)
class ConfigureWizardTerminalTest {
  /**
   * Each journey's one deadline for all its waits. A step that waits on the login or the portal
   * calls (the step after the session name, say) can take longer than a step's usual 10 s when the
   * machine is loaded, while the journey as a whole still ends well within this.
   */
  private static final Duration JOURNEY = Duration.ofSeconds(90);

  @TempDir Path tmp;
  private Sandbox sandbox;
  private SandboxEndpoints endpoints;
  private TestHome home;
  private ApprovingBrowser browser;
  private TerminalDriver terminal;

  private void start(Fixture fixture, Approval approval) {
    sandbox = Sandbox.builder().fixture(fixture).approval(approval).build().start();
    endpoints = SandboxEndpoints.pointAt(sandbox);
    home = new TestHome(tmp).stdin("", true);
    browser = ApprovingBrowser.approving(sandbox);
    terminal = TerminalDriver.xterm().within(JOURNEY);
  }

  @BeforeEach
  void startSmall() {
    start(Fixture.small(), Approval.AUTO);
  }

  @AfterEach
  void stop() {
    terminal.close();
    endpoints.close();
    sandbox.close();
  }

  private void restart(Fixture fixture, Approval approval) {
    stop();
    start(fixture, approval);
  }

  private Answer<Result> configure(String... args) {
    String[] command = new String[args.length + 1];
    command[0] = "configure";
    System.arraycopy(args, 0, command, 1, args.length);
    return terminal.ask(
        prompter ->
            CliRun.run(
                home,
                context -> context.prompterFactory(terminal.factory()).browserOpener(browser),
                command));
  }

  private void answer(String prompt, String typed) {
    terminal.awaitPrompt(prompt).type(typed, Keys.ENTER);
  }

  @Test
  void configure_oneAccountAndOneRole_areChosenForYou_andTheProfileIsWritten() {
    Answer<Result> run = configure();

    answer("SSO session name (Recommended): ", "corp");
    answer("SSO start URL [None]: ", sandbox.startUrl());
    answer("SSO region [None]: ", sandbox.region());
    answer("SSO registration scopes [sso:account:access]: ", "");
    answer("Default client Region [None]: ", "ap-northeast-1");
    answer("CLI default output format (json if not specified) [None]: ", "json");
    answer("Profile name [S3DynamoDBAccess-111122223333]: ", "");
    Result result = run.get();

    assertThat(result.exitCode()).as(result + terminal.screen().dump()).isZero();
    assertThat(terminal.screen().text())
        .contains("Attempting to automatically open the SSO authorization page")
        .contains("The only AWS account available to you is: 111122223333")
        .contains("Using the account ID 111122223333")
        .contains("The only role available to you is: S3DynamoDBAccess")
        .contains("Using the role name \"S3DynamoDBAccess\"")
        .contains("Wrote profile S3DynamoDBAccess-111122223333 and sso-session corp to ")
        .contains("aws sts get-caller-identity --profile S3DynamoDBAccess-111122223333")
        .contains("sso-setup verify --profile S3DynamoDBAccess-111122223333");
    assertThat(home.configText())
        .isEqualTo(
            "[profile S3DynamoDBAccess-111122223333]\n"
                + "sso_session = corp\n"
                + "sso_account_id = 111122223333\n"
                + "sso_role_name = S3DynamoDBAccess\n"
                + "region = ap-northeast-1\n"
                + "output = json\n"
                + "\n"
                + SandboxConfig.session(sandbox, "corp"));
    assertThat(home.ssoCache().resolve(TokenCache.fileName("corp"))).exists();
    assertThat(browser.opened()).hasSize(1);
    assertThat(browser.last().getPath()).isEqualTo("/authorize");
  }

  @Test
  void configure_manyAccountsAndRoles_arePickedWithArrowKeysAndByTyping() {
    restart(Fixture.medium(), Approval.AUTO);
    Answer<Result> run = configure();

    answer("SSO session name (Recommended): ", "corp");
    answer("SSO start URL [None]: ", sandbox.startUrl());
    answer("SSO region [None]: ", sandbox.region());
    answer("SSO registration scopes [sso:account:access]: ", "");
    terminal.awaitScreen("There are 4 AWS accounts available to you.");
    terminal.awaitScreen("> Log Archive, aws-log-archive@example.com (210987654321)");
    terminal.type(Keys.DOWN).awaitScreen("> Production, aws-production@example.com (111122223333)");
    terminal.type(Keys.DOWN_NORMAL).awaitScreen("> Sandbox [dev] team, sandbox-dev@example.com");
    terminal.type("stag").awaitScreen("1 of 4");
    terminal.awaitScreen("> Staging, aws-staging@example.com (444455556666)").type(Keys.ENTER);
    terminal.awaitScreen("Using the account ID 444455556666");
    terminal.awaitScreen("There are 3 roles available to you.");
    terminal.awaitScreen("> BillingViewer");
    terminal.type(Keys.DOWN, Keys.DOWN).awaitScreen("> S3DynamoDBAccess").type(Keys.ENTER);
    terminal.awaitScreen("Using the role name \"S3DynamoDBAccess\"");
    answer("Default client Region [None]: ", "");
    answer("CLI default output format (json if not specified) [None]: ", "");
    answer("Profile name [S3DynamoDBAccess-444455556666]: ", "staging");
    Result result = run.get();

    assertThat(result.exitCode()).as(result + terminal.screen().dump()).isZero();
    assertThat(SdkProfiles.read(home.config()).profile("staging"))
        .containsOnly(
            entry("sso_session", "corp"),
            entry("sso_account_id", "444455556666"),
            entry("sso_role_name", "S3DynamoDBAccess"));
    // The picker's rows are gone once a choice is made, as in the AWS CLI.
    assertThat(terminal.screen().text()).doesNotContain("Log Archive, aws-log-archive");
  }

  @Test
  void configure_accountsNamedInJapanese_inJapanese_areShownWholeInThePicker_andPickedByTyping() {
    restart(Fixture.japanese(), Approval.AUTO);
    home.variable("LANG", "ja_JP.UTF-8");
    Answer<Result> run = configure();

    answer("SSO session name (Recommended): ", "corp");
    answer("SSO start URL [None]: ", sandbox.startUrl());
    answer("SSO region [None]: ", sandbox.region());
    answer("SSO registration scopes [sso:account:access]: ", "");
    terminal.awaitScreen("There are 3 AWS accounts available to you.");
    terminal.awaitScreen("本番環境, aws-honban@example.com (111122223333)");
    terminal.awaitScreen("検証環境 (チーム A), aws-kenshou@example.com (444455556666)");
    // Every account's name starts at the same terminal column, after the two of the marker.
    List<String> rows =
        terminal.screen().lines().stream().filter(line -> line.contains("@example.com")).toList();
    assertThat(rows).hasSize(3).allMatch(row -> row.matches("(> |  )\\S.*"));
    assertThat(rows)
        .extracting(row -> DisplayWidth.of(row.substring(0, row.indexOf(", aws-"))))
        .as("the names end where their display width says")
        .contains(2 + DisplayWidth.of("本番環境"), 2 + DisplayWidth.of("検証環境 (チーム A)"));
    // The picker's own line is sso-setup's, so it is in Japanese; the AWS CLI's above it is not.
    terminal.type("kenshou").awaitScreen("1 / 3 件が「kenshou」に一致");
    terminal.awaitScreen("> 検証環境 (チーム A), aws-kenshou@example.com (444455556666)").type(Keys.ENTER);
    terminal.awaitScreen("Using the account ID 444455556666");
    terminal.awaitScreen("The only role available to you is: S3DynamoDBAccess");
    answer("Default client Region [None]: ", "");
    answer("CLI default output format (json if not specified) [None]: ", "");
    answer("Profile name [S3DynamoDBAccess-444455556666]: ", "kenshou");
    Result result = run.get();

    assertThat(result.exitCode()).as(result + terminal.screen().dump()).isZero();
    assertThat(SdkProfiles.read(home.config()).profile("kenshou"))
        .containsOnly(
            entry("sso_session", "corp"),
            entry("sso_account_id", "444455556666"),
            entry("sso_role_name", "S3DynamoDBAccess"));
  }

  @Test
  void configure_anExistingSessionWithAValidToken_skipsPrompts2To4_andNeedsNoBrowser() {
    home.writeConfig(
        "[sso-session corp]\nsso_start_url = "
            + sandbox.startUrl()
            + "\nsso_region = "
            + sandbox.region()
            + "\nsso_registration_scopes = sso:account:access\n");
    Result login;
    // The login runs at a terminal too (standard input is one here): a terminal of its own.
    try (TerminalDriver loginTerminal = TerminalDriver.xterm()) {
      login =
          CliRun.run(
              home,
              context -> context.prompterFactory(loginTerminal.factory()).browserOpener(browser),
              "login",
              "--sso-session",
              "corp");
    }
    assertThat(login.exitCode()).as(login.toString()).isZero();
    int opened = browser.opened().size();
    sandbox.clearRequests();

    Answer<Result> run = configure();
    answer("SSO session name (Recommended): ", "corp");
    answer("Default client Region [None]: ", "");
    answer("CLI default output format (json if not specified) [None]: ", "");
    answer("Profile name [S3DynamoDBAccess-111122223333]: ", "workday");
    Result result = run.get();

    assertThat(result.exitCode()).as(result + terminal.screen().dump()).isZero();
    assertThat(terminal.screen().text())
        .doesNotContain("SSO start URL")
        .doesNotContain("Attempting");
    assertThat(browser.opened()).hasSize(opened);
    assertThat(sandbox.requests()).extracting(RequestRecord::path).doesNotContain("/token");
    assertThat(SdkProfiles.read(home.config()).profile("workday"))
        .containsEntry("sso_session", "corp");
  }

  @Test
  void configure_blankSessionName_isLegacyMode_withTheAwsCliWarningAndADeviceCodeLogin() {
    Answer<Result> run = configure();

    answer("SSO session name (Recommended): ", "");
    answer("SSO start URL [None]: ", sandbox.startUrl());
    answer("SSO region [None]: ", sandbox.region());
    answer("Default client Region [None]: ", "");
    answer("CLI default output format (json if not specified) [None]: ", "");
    answer("Profile name [S3DynamoDBAccess-111122223333]: ", "");
    Result result = run.get();

    assertThat(result.exitCode()).as(result + terminal.screen().dump()).isZero();
    assertThat(terminal.screen().text() + terminal.err() + result.err())
        .contains("WARNING: Configuring using legacy format (e.g. without an SSO session).")
        .contains("Then enter the code:")
        .doesNotContain("SSO registration scopes");
    assertThat(home.configText())
        .isEqualTo(SandboxConfig.legacyProfile(sandbox, "S3DynamoDBAccess-111122223333"));
    assertThat(home.ssoCache().resolve(TokenCache.fileName(sandbox.startUrl()))).exists();
    assertThat(browser.last().getPath()).isEqualTo("/device");
  }

  @Test
  void configure_useDeviceCode_logsInWithTheDeviceCodeFlow() {
    Answer<Result> run = configure("--use-device-code", "--profile", "workday");

    answer("SSO session name (Recommended): ", "corp");
    answer("SSO start URL [None]: ", sandbox.startUrl());
    answer("SSO region [None]: ", sandbox.region());
    answer("SSO registration scopes [sso:account:access]: ", "");
    answer("Default client Region [None]: ", "");
    answer("CLI default output format (json if not specified) [None]: ", "");
    Result result = run.get();

    assertThat(result.exitCode()).as(result + terminal.screen().dump()).isZero();
    assertThat(terminal.screen().text()).contains("Then enter the code:");
    assertThat(sandbox.requests())
        .extracting(RequestRecord::path)
        .contains("/device_authorization");
    assertThat(SdkProfiles.read(home.config()).profile("workday"))
        .containsEntry("sso_session", "corp");
  }

  @Test
  void configure_whenTheLoginIsDenied_exitsWith1AndWritesNothing() {
    restart(Fixture.small(), Approval.DENY);
    home.writeConfig("[default]\nregion = us-east-1\n");
    byte[] before = home.configBytes();
    Answer<Result> run = configure();

    answer("SSO session name (Recommended): ", "corp");
    answer("SSO start URL [None]: ", sandbox.startUrl());
    answer("SSO region [None]: ", sandbox.region());
    answer("SSO registration scopes [sso:account:access]: ", "");
    Result result = run.get();

    assertThat(result.exitCode()).as(result + terminal.screen().dump()).isEqualTo(1);
    assertThat(result.err()).contains("denied").doesNotContain("\tat ");
    assertThat(home.configBytes()).isEqualTo(before);
    assertThat(home.ssoCache().resolve(TokenCache.fileName("corp"))).doesNotExist();
  }

  /** The prompts of a first run against the small fixture, in order, with an answer for each. */
  private static final List<String[]> SMALL_PROMPTS =
      List.of(
          new String[] {"SSO session name (Recommended): ", "corp"},
          new String[] {"SSO start URL [None]: ", null},
          new String[] {"SSO region [None]: ", null},
          new String[] {"SSO registration scopes [sso:account:access]: ", ""},
          new String[] {"Default client Region [None]: ", ""},
          new String[] {"CLI default output format (json if not specified) [None]: ", ""},
          new String[] {"Profile name [S3DynamoDBAccess-111122223333]: ", ""});

  @ParameterizedTest(name = "Ctrl-C at prompt {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
  void configure_ctrlCAtAnyPrompt_exitsWith130AndWritesNothing(int at) throws Exception {
    home.writeConfig("# mine\n[profile other]\nregion = us-east-1\n");
    byte[] before = home.configBytes();
    Answer<Result> run = configure();

    for (int i = 0; i < at; i++) {
      String[] prompt = SMALL_PROMPTS.get(i);
      String typed =
          prompt[1] != null
              ? prompt[1]
              : prompt[0].startsWith("SSO start URL") ? sandbox.startUrl() : sandbox.region();
      answer(prompt[0], typed);
    }
    terminal.awaitPrompt(SMALL_PROMPTS.get(at)[0]).type(Keys.CTRL_C);
    Result result = run.get();

    assertThat(result.exitCode()).as(result + terminal.screen().dump()).isEqualTo(130);
    assertThat(result.err()).contains("nothing was written").doesNotContain("\tat ");
    assertThat(home.configBytes()).isEqualTo(before);
    try (var files = Files.list(home.config().getParent())) {
      assertThat(files.map(f -> f.getFileName().toString())).doesNotContain("config.bak");
    }
  }

  @Test
  void configure_escInThePicker_exitsWith130AndWritesNothing() {
    restart(Fixture.medium(), Approval.AUTO);
    Answer<Result> run =
        configure(
            "--sso-session",
            "corp",
            "--start-url",
            sandbox.startUrl(),
            "--sso-region",
            sandbox.region(),
            "--scopes",
            "sso:account:access");

    terminal.awaitScreen("There are 4 AWS accounts available to you.");
    terminal.awaitScreen("> Log Archive").type(Keys.ESC);
    Result result = run.get();

    assertThat(result.exitCode()).as(result + terminal.screen().dump()).isEqualTo(130);
    assertThat(home.config()).doesNotExist();
  }

  @Test
  void configure_escAtATextPrompt_exitsWith130_andWritesNothing() {
    home.writeConfig(existingWorkday());
    byte[] before = home.configBytes();
    Answer<Result> run = configure();

    answer("SSO session name (Recommended): ", "fresh");
    terminal.awaitPrompt("SSO start URL [None]: ").type("https://half", Keys.ESC);
    Result result = run.get();

    assertThat(result.exitCode()).as(result + terminal.screen().dump()).isEqualTo(130);
    assertThat(result.err()).contains("Cancelled; nothing was written.");
    assertThat(home.configBytes()).isEqualTo(before);
  }

  @Test
  void configure_endOfInputAtAPrompt_exitsWith130() {
    Answer<Result> run = configure();

    terminal.awaitPrompt("SSO session name (Recommended): ");
    terminal.endInput();
    Result result = run.get();

    assertThat(result.exitCode()).as(result + terminal.screen().dump()).isEqualTo(130);
    assertThat(home.config()).doesNotExist();
  }

  private String existingWorkday() {
    return "[profile workday]\nsso_session = corp\nsso_account_id = 999999999999\n"
        + "sso_role_name = Other\n\n[sso-session corp]\nsso_start_url = "
        + sandbox.startUrl()
        + "\nsso_region = "
        + sandbox.region()
        + "\n";
  }

  @Test
  void configure_changingAnExistingProfile_asksFirst_andNoAsksForAnotherName() {
    home.writeConfig(existingWorkday());
    Answer<Result> run = configure("--profile", "workday");

    answer("SSO session name (Recommended): ", "corp");
    answer("Default client Region [None]: ", "");
    answer("CLI default output format (json if not specified) [None]: ", "");
    terminal.awaitScreen("Profile workday already exists with other SSO settings:");
    terminal.awaitScreen("sso_account_id: 999999999999 -> 111122223333");
    terminal.awaitPrompt("Replace them? [y/N]: ").type("n", Keys.ENTER);
    // The login and every answer are kept: only the profile's name is asked again.
    answer("Profile name [S3DynamoDBAccess-111122223333]: ", "workday-2");
    Result result = run.get();

    assertThat(result.exitCode()).as(result + terminal.screen().dump()).isZero();
    assertThat(home.configText())
        .isEqualTo(
            existingWorkday()
                + "\n[profile workday-2]\nsso_session = corp\nsso_account_id = 111122223333\n"
                + "sso_role_name = S3DynamoDBAccess\n");
    assertThat(browser.opened()).hasSize(1);
  }

  @Test
  void configure_anotherNameThatAlsoExists_asksAgain_andYesReplacesThatOne() {
    home.writeConfig(
        existingWorkday()
            + "\n[profile old]\nsso_session = corp\nsso_account_id = 999999999999\n"
            + "sso_role_name = Old\n");
    Answer<Result> run = configure("--profile", "workday");

    answer("SSO session name (Recommended): ", "corp");
    answer("Default client Region [None]: ", "");
    answer("CLI default output format (json if not specified) [None]: ", "");
    terminal.awaitPrompt("Replace them? [y/N]: ").type("n", Keys.ENTER);
    answer("Profile name [S3DynamoDBAccess-111122223333]: ", "old");
    terminal.awaitScreen("Profile old already exists with other SSO settings:");
    terminal.awaitScreen("sso_role_name: Old -> S3DynamoDBAccess");
    terminal.awaitPrompt("Replace them? [y/N]: ").type("y", Keys.ENTER);
    Result result = run.get();

    assertThat(result.exitCode()).as(result + terminal.screen().dump()).isZero();
    assertThat(home.configText())
        .startsWith(existingWorkday())
        .endsWith(
            "[profile old]\nsso_session = corp\nsso_account_id = 111122223333\n"
                + "sso_role_name = S3DynamoDBAccess\n");
  }

  @Test
  void configure_noToChangingTheSessionItself_keepsTheFile_andSaysHowToGoOn() {
    home.writeConfig(existingWorkday());
    byte[] before = home.configBytes();
    Answer<Result> run =
        configure("--sso-session", "corp", "--sso-region", "eu-west-1", "--profile", "fresh");

    answer("Default client Region [None]: ", "");
    answer("CLI default output format (json if not specified) [None]: ", "");
    terminal.awaitScreen("sso_region: " + sandbox.region() + " -> eu-west-1");
    terminal.awaitPrompt("Replace them? [y/N]: ").type("n", Keys.ENTER);
    Result result = run.get();

    assertThat(result.exitCode()).as(result + terminal.screen().dump()).isEqualTo(130);
    assertThat(result.err()).contains("Kept [sso-session corp] as it was", "--sso-region");
    assertThat(home.configBytes()).isEqualTo(before);
  }
}
