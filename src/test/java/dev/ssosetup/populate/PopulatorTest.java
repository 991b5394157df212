package dev.ssosetup.populate;

import static dev.ssosetup.populate.PopulateOptionsTest.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.config.ConfigStore;
import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.sandbox.Fixture.Account;
import dev.ssosetup.sandbox.Fixture.Assignment;
import dev.ssosetup.sandbox.Fixture.Role;
import dev.ssosetup.sandbox.Fixture.User;
import dev.ssosetup.sandbox.RequestRecord;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.SandboxClients;
import dev.ssosetup.testkit.SandboxEndpoints;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.SandboxLogin;
import dev.ssosetup.testkit.SdkHomeTokenCache;
import dev.ssosetup.testkit.SdkProfiles;
import dev.ssosetup.testkit.TestLocks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The engine against the sandbox, through the real SDK portal client that {@link AwsClients} builds
 * (it finds the sandbox through the SDK's endpoint system properties, as the CLI finds it through
 * {@code AWS_ENDPOINT_URL_SSO}).
 */
@Timeout(60)
class PopulatorTest {
  static final String USER = "workday_worker";
  static final String START_URL = "https://d-9067a1b2c3.awsapps.com/start";
  static final String REGION = "ap-northeast-1";

  /** Names that need every rule of GeneratedNames, and two accounts with one name. */
  static final Fixture AWKWARD =
      fixture(
          account("100000000001", "Prod [core] #1; \"main\"", "Admin", "ReadOnly"),
          account("100000000002", "Zürich Ops", "Admin"),
          account("100000000003", "Dev (team!), it's", "Power,User"),
          account("100000000004", "Shared Services", "Admin"),
          account("100000000005", "Shared Services", "Admin"),
          account("100000000006", "東京", "=="));

  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.fixture(Fixture.generated(250, 3))).pointingTheSdkAtIt();

  @TempDir Path tmp;
  @TempDir Path lockHome;
  private final AwsClients clients = new AwsClients(null);
  private final List<Progress> progress = Collections.synchronizedList(new ArrayList<>());
  private Path config;

  @AfterEach
  void closeClients() {
    clients.close();
  }

  @Test
  void manyAccountsOverSeveralPages_getOneProfileEachRole_withExactlyTheIntendedKeys()
      throws Exception {
    Sandbox sandbox = extension.get();
    String token = login(sandbox);
    sandbox.clearRequests();

    PopulateResult result =
        run(sandbox, token, options().region("eu-west-1").output("json").build());

    assertThat(result.report().added()).hasSize(750);
    assertThat(result.written()).isTrue();
    assertThat(operations(sandbox))
        .containsEntry("ListAccounts", 3L)
        .containsEntry("ListAccountRoles", 250L)
        .hasSize(2);
    assertThat(result.requests()).isEqualTo(253);
    Map<String, Profile> profiles = SdkProfiles.read(config).profiles();
    assertThat(profiles).hasSize(750);
    Fixture.Account first = sandbox.fixture().accounts().get(0);
    assertThat(profiles.get("Workload-0001-prod.AdministratorAccess").properties())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "sso_session", "corp",
                "sso_account_id", first.id(),
                "sso_role_name", "AdministratorAccess",
                "region", "eu-west-1",
                "output", "json",
                "sso_setup_populated", "corp"));
    for (Fixture.Account account : sandbox.fixture().accounts()) {
      for (Role role : account.roles()) {
        String name =
            GeneratedNames.sanitize(account.name()) + "." + GeneratedNames.sanitize(role.name());
        assertThat(profiles.get(name).properties())
            .as(name)
            .containsEntry("sso_account_id", account.id())
            .containsEntry("sso_role_name", role.name())
            .hasSize(6);
      }
    }
    assertThat(result.summaryLines())
        .map(Text::toString)
        .containsExactly(
            "Added 750 profiles, updated 0, pruned 0, skipped 0.", "Wrote " + config + ".");
    Progress last = progress.get(progress.size() - 1);
    assertThat(last.allAccountsFound()).isTrue();
    assertThat(last.accountsDone()).isEqualTo(250);
    assertThat(last.accountsToList()).isEqualTo(250);
    assertThat(last.rolesFound()).isEqualTo(750);
  }

  @Test
  void awkwardNames_becomeValidUniqueNames_andTheClashIsReported() throws Exception {
    Sandbox sandbox = start(AWKWARD);

    PopulateResult result = run(sandbox, login(sandbox), options().build());

    assertThat(SdkProfiles.read(config).profiles().keySet())
        .containsExactlyInAnyOrder(
            "Prod-core-1-main.Admin",
            "Prod-core-1-main.ReadOnly",
            "Z-rich-Ops.Admin",
            "Dev-team-it-s.Power-User",
            "Shared-Services.Admin",
            "Shared-Services.Admin-100000000005",
            "100000000006");
    assertThat(result.report().clashes())
        .singleElement()
        .satisfies(
            clash -> {
              assertThat(clash.accountId()).isEqualTo("100000000005");
              assertThat(clash.takenBy().toString()).isEqualTo("account 100000000004, role Admin");
            });
    assertThat(result.summaryLines())
        .map(Text::toString)
        .contains(
            "Name clash: \"Shared-Services.Admin\" (account 100000000005, role Admin) is taken by"
                + " account 100000000004, role Admin; written as"
                + " \"Shared-Services.Admin-100000000005\".");
    assertThat(SdkProfiles.read(config).profile("Dev-team-it-s.Power-User"))
        .containsEntry("sso_role_name", "Power,User");
  }

  @Test
  void filters_leaveOutAccountsAndRoles_andRolesOfExcludedAccountsAreNeverListed()
      throws Exception {
    Sandbox sandbox = extension.get();
    String token = login(sandbox);
    sandbox.clearRequests();

    PopulateResult result =
        run(
            sandbox,
            token,
            options()
                .filter("--include-accounts", "\\(prod\\)|100000000002$")
                .filter("--exclude-accounts", "Workload 00[0-9][0-9] ")
                .filter("--include-roles", "(?i)readonly|admin")
                .filter("--exclude-roles", "^Admin")
                .build());

    // Accounts 1, 5, 9, ... are prod; 2 is included by ID; 1 to 99 are excluded again.
    List<String> listed =
        sandbox.requests().stream()
            .filter(r -> "ListAccountRoles".equals(r.operation()))
            .map(r -> accountIdOf(r))
            .sorted()
            .toList();
    List<String> expected =
        sandbox.fixture().accounts().stream()
            .filter(a -> a.name().endsWith("(prod)"))
            .filter(a -> Integer.parseInt(a.name().substring(9, 13)) >= 100)
            .map(Fixture.Account::id)
            .sorted()
            .toList();
    assertThat(listed).isEqualTo(expected).hasSize(38);
    assertThat(result.report().added()).hasSize(38).allMatch(n -> n.endsWith(".ReadOnlyAccess"));
    assertThat(result.report().accountsSelected()).isEqualTo(38);
  }

  @Test
  void anUnknownRegionAndFiltersThatMatchNothing_areWarnedAbout_andTheRunSucceeds()
      throws Exception {
    Sandbox sandbox = start(Fixture.medium());
    String token = login(sandbox);

    PopulateResult noAccount =
        run(
            sandbox,
            token,
            options().region("xx-west-9").filter("--include-accounts", "Nothing").build());
    PopulateResult noRole =
        run(sandbox, token, options().filter("--include-roles", "Nothing").build());

    assertThat(noAccount.warnings())
        .map(Text::toString)
        .containsExactly(
            "Warning: --region xx-west-9 is not a region this version knows; it is used as given.",
            "Warning: no account matches --include-accounts/--exclude-accounts (of 4 accounts"
                + " listed).");
    assertThat(noAccount.summaryLines())
        .map(Text::toString)
        .containsExactly("No profiles to write for sso-session corp.");
    assertThat(noRole.warnings())
        .map(Text::toString)
        .containsExactly("Warning: no role matches --include-roles/--exclude-roles.");
    assertThat(noRole.written()).isFalse();
  }

  @Test
  void prune_removesWhatWasUnassigned_andKeepsWhatIsOutsideTheFilters() throws Exception {
    Sandbox sandbox = start(Fixture.medium());
    String token = login(sandbox);
    run(sandbox, token, options().build());
    assertThat(SdkProfiles.read(config).profiles()).hasSize(8);

    sandbox.unassign(USER, "444455556666", "BillingViewer"); // one role
    sandbox.unassign(USER, "210987654321", "ReadOnlyAccess"); // the account's only role
    sandbox.unassign(USER, "777788889999", "AdministratorAccess"); // outside the filter below
    PopulateResult withoutPrune = run(sandbox, token, options().build());
    assertThat(withoutPrune.report().noLongerAssigned())
        .containsExactlyInAnyOrder(
            "Staging.BillingViewer",
            "Log-Archive.ReadOnlyAccess",
            "Sandbox-dev-team.AdministratorAccess");
    assertThat(withoutPrune.written()).isFalse();

    PopulateResult pruned =
        run(sandbox, token, options().filter("--exclude-accounts", "dev").prune().build());

    assertThat(pruned.report().pruned())
        .containsExactlyInAnyOrder("Staging.BillingViewer", "Log-Archive.ReadOnlyAccess");
    assertThat(SdkProfiles.read(config).profiles().keySet())
        .containsExactlyInAnyOrder(
            "Staging.S3DynamoDBAccess",
            "Staging.ReadOnlyAccess",
            "Production.ReadOnlyAccess",
            "Production.BillingViewer",
            "Sandbox-dev-team.AdministratorAccess",
            "Sandbox-dev-team.S3DynamoDBAccess");
    assertThat(pruned.summaryLines().get(0).toString())
        .isEqualTo("Added 0 profiles, updated 0, pruned 2, skipped 0.");
  }

  @Test
  void handAddedKeysSurvive_andAHandMadeProfileWithAGeneratedNameIsLeftAlone() throws Exception {
    Sandbox sandbox = start(Fixture.medium());
    String handMade =
        "[profile Production.ReadOnlyAccess]\n"
            + "sso_session = corp\n"
            + "sso_account_id = 111122223333\n"
            + "sso_role_name = ReadOnlyAccess\n"
            + "region = us-east-1 ; my own\n";
    writeConfig(handMade);
    writeSession("corp", sandbox);
    String token = login(sandbox);

    PopulateResult first = run(sandbox, token, options().build());

    assertThat(first.summaryLines().get(0).toString())
        .isEqualTo(
            "Added 7 profiles, updated 0, pruned 0, skipped 1 (hand-made profile"
                + " \"Production.ReadOnlyAccess\" has the generated name).");
    String text = Files.readString(config);
    String withMyKeys =
        text.replace(
            "sso_role_name = S3DynamoDBAccess\nregion = "
                + sandbox.region()
                + "\nsso_setup_populated = corp\n",
            "sso_role_name = S3DynamoDBAccess\nregion = "
                + sandbox.region()
                + "\nsso_setup_populated = corp\n"
                + "credential_process = my-tool --flag # mine\ncli_pager =\n");
    assertThat(withMyKeys).isNotEqualTo(text);
    Files.writeString(config, withMyKeys);

    PopulateResult second = run(sandbox, token, options().region("eu-west-1").build());

    assertThat(second.report().updated()).hasSize(7);
    String after = Files.readString(config);
    assertThat(after).contains(handMade).contains("credential_process = my-tool --flag # mine\n");
    assertThat(SdkProfiles.read(config).profile("Staging.S3DynamoDBAccess"))
        .containsEntry("cli_pager", "")
        .containsEntry("region", "eu-west-1");
    assertThat(SdkProfiles.read(config).profile("Production.ReadOnlyAccess"))
        .containsEntry("region", "us-east-1")
        .doesNotContainKey("sso_setup_populated");
  }

  @Test
  void aSecondRunWithNothingChanged_leavesTheFileByteIdentical_andDoesNotWriteIt()
      throws Exception {
    Sandbox sandbox = start(AWKWARD);
    String token = login(sandbox);
    run(sandbox, token, options().output("json").build());
    byte[] before = Files.readAllBytes(config);
    FileTime written = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    Files.setLastModifiedTime(config, written);

    PopulateResult again = run(sandbox, token, options().output("json").build());

    assertThat(again.written()).isFalse();
    assertThat(again.unifiedDiff()).isEmpty();
    assertThat(Files.readAllBytes(config)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(config)).isEqualTo(written);
    assertThat(again.summaryLines())
        .map(Text::toString)
        .containsExactly(
            "No changes: the 7 generated profiles of sso-session corp are up to date.");
  }

  @Test
  void throttlingBelowTheLimitersRate_isAbsorbedByRetries_andNothingFails() throws Exception {
    Sandbox sandbox = start(Fixture.generated(30, 2));
    String token = login(sandbox);
    sandbox.setThrottleRps(10);
    sandbox.clearRequests();

    PopulateResult result = run(sandbox, token, options().maxRps(40).build());

    assertThat(result.report().added()).hasSize(60);
    assertThat(sandbox.requests())
        .extracting(RequestRecord::errorType)
        .contains("TooManyRequestsException");
    assertThat(result.retries()).isPositive();
    assertThat(result.requests()).isEqualTo(31 + result.retries());
    assertThat(SdkProfiles.read(config).profiles()).hasSize(60);
  }

  @Test
  void serverErrors_areRetried_andNothingFails() throws Exception {
    Sandbox sandbox = start(Fixture.generated(40, 2));
    String token = login(sandbox);
    sandbox.setFailRate(0.2, 7);
    sandbox.clearRequests();

    PopulateResult result = run(sandbox, token, options().build());

    assertThat(result.report().added()).hasSize(80);
    assertThat(sandbox.requests()).extracting(RequestRecord::status).contains(500);
  }

  @Test
  void dryRun_printsTheDiffAndSummary_andWritesNothing() throws Exception {
    Sandbox sandbox = start(Fixture.medium());
    String token = login(sandbox);
    byte[] before = Files.readAllBytes(config);

    PopulateResult result = run(sandbox, token, options().dryRun().build());

    assertThat(Files.readAllBytes(config)).isEqualTo(before);
    assertThat(Files.exists(config.resolveSibling("config.bak"))).isFalse();
    assertThat(result.written()).isFalse();
    assertThat(result.unifiedDiff())
        .startsWith("--- " + config + "\n+++ " + config + "\n@@ ")
        .contains("+[profile Staging.S3DynamoDBAccess]\n+sso_session = corp\n");
    assertThat(result.summaryLines())
        .map(Text::toString)
        .containsExactly(
            "Would add 8 profiles, update 0, prune 0, skip 0.",
            "Dry run: nothing was written to " + config + ".");
  }

  @Test
  void dryRun_ofAFileThatDoesNotExist_doesNotCreateIt() throws Exception {
    Sandbox sandbox = start(Fixture.small());
    String token = login(sandbox);
    Files.delete(config);

    PopulateResult result = run(sandbox, token, options().dryRun().build());

    assertThat(config).doesNotExist();
    assertThat(result.unifiedDiff()).contains("+[profile workday-production.S3DynamoDBAccess]");
  }

  @Test
  void anInvalidToken_failsWithExit1_andTheFileIsUnchanged() throws Exception {
    Sandbox sandbox = start(Fixture.medium());
    byte[] before = Files.readAllBytes(config);

    assertThatThrownBy(() -> run(sandbox, "not-a-token", options().build()))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
              assertThat(e.getMessage())
                  .startsWith("Could not list your AWS accounts: UnauthorizedException");
              assertThat(e.hint()).contains("sso-setup login");
            });
    assertThat(Files.readAllBytes(config)).isEqualTo(before);
    assertThat(sandbox.requests()).hasSize(1);
  }

  @Test
  void noAccountAtAll_isAFailure_soThatPruneCannotEmptyTheFile() throws Exception {
    Sandbox sandbox =
        start(
            new Fixture(
                START_URL,
                REGION,
                List.of(account("100000000001", "Prod", "Admin")),
                List.of(new User("nobody", List.of()))));
    byte[] before = Files.readAllBytes(config);

    assertThatThrownBy(() -> run(sandbox, login(sandbox), options().prune().build()))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
              assertThat(e.getMessage())
                  .isEqualTo("The portal lists no AWS account for you in sso-session corp.");
            });
    assertThat(Files.readAllBytes(config)).isEqualTo(before);
  }

  @SuppressWarnings("try") // the cache file is opened for its effect while the block runs
  @Test
  void aGeneratedProfile_worksWithTheSdksProfileCredentialsProvider() throws Exception {
    Sandbox sandbox = start(Fixture.medium());
    // The token cache is shared by the whole test home: a session name of its own.
    String session = "populate-" + UUID.randomUUID();
    writeConfig("");
    writeSession(session, sandbox);
    SandboxLogin.Login login = SandboxLogin.deviceCode(sandbox);
    new Populator(clients, ProgressListener.NONE, Clock.systemUTC())
        .run(
            ref(session, sandbox),
            login.accessToken(),
            new ConfigStore(config, TestLocks.in(lockHome)),
            options().build());

    try (SdkHomeTokenCache cache =
            SdkHomeTokenCache.write(
                session,
                sandbox.startUrl(),
                sandbox.region(),
                login,
                Instant.now().plus(Duration.ofHours(1)));
        ProfileCredentialsProvider provider =
            ProfileCredentialsProvider.builder()
                .profileFile(
                    ProfileFile.builder()
                        .content(config)
                        .type(ProfileFile.Type.CONFIGURATION)
                        .build())
                .profileName("Staging.ReadOnlyAccess")
                .build();
        StsClient sts =
            StsClient.builder()
                .httpClient(SandboxClients.httpClient())
                .region(Region.US_EAST_1)
                .credentialsProvider(provider)
                .build()) {
      assertThat(sts.getCallerIdentity().arn())
          .startsWith("arn:aws:sts::444455556666:assumed-role/AWSReservedSSO_ReadOnlyAccess_")
          .endsWith("/" + USER);
    }
  }

  private Sandbox start(Fixture fixture) throws Exception {
    // The extension's sandbox serves the large fixture; these tests want another one.
    Sandbox sandbox = Sandbox.builder().fixture(fixture).build().start();
    started.add(sandbox);
    endpoints.add(SandboxEndpoints.pointAt(sandbox));
    writeConfig("");
    writeSession("corp", sandbox);
    return sandbox;
  }

  private final List<Sandbox> started = new ArrayList<>();
  private final List<SandboxEndpoints> endpoints = new ArrayList<>();

  @AfterEach
  void stopOwnSandboxes() {
    endpoints.forEach(SandboxEndpoints::close);
    started.forEach(Sandbox::close);
  }

  private String login(Sandbox sandbox) throws Exception {
    if (config == null) {
      writeConfig("");
      writeSession("corp", sandbox);
    }
    return SandboxLogin.deviceCode(sandbox).accessToken();
  }

  private void writeConfig(String text) throws Exception {
    config = tmp.resolve("aws").resolve("config");
    Files.createDirectories(config.getParent());
    Files.writeString(config, text, StandardCharsets.UTF_8);
  }

  private void writeSession(String name, Sandbox sandbox) throws Exception {
    String text = Files.readString(config);
    Files.writeString(
        config,
        text
            + (text.isEmpty() ? "" : "\n")
            + "[sso-session "
            + name
            + "]\nsso_start_url = "
            + sandbox.startUrl()
            + "\nsso_region = "
            + sandbox.region()
            + "\nsso_registration_scopes = sso:account:access\n");
  }

  private PopulateResult run(Sandbox sandbox, String token, PopulateOptions options) {
    return new Populator(clients, progress::add, Clock.systemUTC())
        .run(ref("corp", sandbox), token, new ConfigStore(config, TestLocks.in(lockHome)), options);
  }

  private static SsoSessionRef ref(String name, Sandbox sandbox) {
    return new SsoSessionRef(
        name, sandbox.startUrl(), sandbox.region(), List.of("sso:account:access"));
  }

  private static Map<String, Long> operations(Sandbox sandbox) {
    return sandbox.requests().stream()
        .collect(Collectors.groupingBy(RequestRecord::operation, Collectors.counting()));
  }

  private static String accountIdOf(RequestRecord request) {
    for (String parameter : request.query().split("&")) {
      if (parameter.startsWith("account_id=")) {
        return parameter.substring("account_id=".length());
      }
    }
    throw new AssertionError("no account_id in " + request);
  }

  static Fixture fixture(Account... accounts) {
    List<Assignment> assignments = new ArrayList<>();
    for (Account account : accounts) {
      account.roles().forEach(r -> assignments.add(new Assignment(account.id(), r.name())));
    }
    return new Fixture(START_URL, REGION, List.of(accounts), List.of(new User(USER, assignments)));
  }

  static Account account(String id, String name, String... roles) {
    return new Account(
        id,
        name,
        "aws+" + id + "@example.com",
        Set.of(roles).stream().sorted().map(Role::withoutS3).toList());
  }
}
