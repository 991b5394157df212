package dev.ssosetup.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.Json;
import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.MutableClock;
import dev.ssosetup.testkit.RecordingPrompter;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.SandboxLogin;
import dev.ssosetup.testkit.SandboxLogin.Login;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Reuse, refresh and their fallbacks: what comes before any browser (docs/spec.md §4.1). */
@Timeout(60)
class SsoLoginCacheTest {
  private final MutableClock clock = MutableClock.startingNow();

  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.approval(Approval.AUTO).clock(clock)).pointingTheSdkAtIt();

  @TempDir Path tmp;
  private LoginFixture fixture;
  private Sandbox sandbox;
  private SsoSessionRef session;
  private ApprovingBrowser browser;
  private final RecordingPrompter prompter = new RecordingPrompter();

  @BeforeEach
  void setUp() {
    sandbox = extension.get();
    fixture = new LoginFixture(tmp, clock);
    session = LoginFixture.session(sandbox);
    browser = ApprovingBrowser.approving(sandbox);
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  @Test
  void aTokenWithMoreThan15MinutesLeft_isReused_withNoNetworkCall() {
    LoginResult first = login(LoginOptions.defaults());
    sandbox.clearRequests();
    clock.advance(Duration.ofMinutes(44)); // 16 minutes left

    LoginResult second = login(LoginOptions.defaults());

    assertThat(second.outcome()).isEqualTo(LoginOutcome.REUSED);
    assertThat(second.accessToken()).isEqualTo(first.accessToken());
    assertThat(sandbox.requests()).isEmpty();
    assertThat(prompter.lines()).hasSize(4); // only the first login's lines
  }

  @Test
  void aTokenNearExpiry_isRefreshed_withOneRefreshRequest_andTheRotatedRefreshTokenIsWritten()
      throws IOException {
    login(LoginOptions.defaults());
    Map<String, Object> before = file();
    sandbox.clearRequests();
    clock.advance(Duration.ofMinutes(50)); // 10 minutes left

    LoginResult refreshed = login(LoginOptions.defaults());

    assertThat(refreshed.outcome()).isEqualTo(LoginOutcome.REFRESHED);
    assertThat(sandbox.requests())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.operation()).isEqualTo("CreateToken");
              assertThat(r.status()).isEqualTo(200);
            });
    Map<String, Object> after = file();
    assertThat(after.get("accessToken"))
        .isEqualTo(refreshed.accessToken().reveal())
        .isNotEqualTo(before.get("accessToken"));
    assertThat(after.get("refreshToken")).isNotEqualTo(before.get("refreshToken")).isNotNull();
    assertThat(after.get("clientSecret")).isEqualTo(before.get("clientSecret"));
    assertThat(after.get("expiresAt"))
        .isEqualTo(Timestamps.format(clock.instant().plus(Duration.ofHours(1))));
    assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
    assertThat(browser.opened()).hasSize(1);
  }

  @Test
  void anExpiredTokenWithALiveRefreshToken_isRefreshedToo() {
    login(LoginOptions.defaults());
    sandbox.clearRequests();
    clock.advance(Duration.ofHours(3));

    assertThat(login(LoginOptions.defaults()).outcome()).isEqualTo(LoginOutcome.REFRESHED);
  }

  @Test
  void aFailedRefresh_fallsBackToALogin_andSaysSoInOneLine() throws IOException {
    login(LoginOptions.defaults());
    Map<String, Object> fields = file();
    fields.put("refreshToken", "aor-not-a-refresh-token-the-sandbox-issued");
    writeFile(fields);
    clock.advance(Duration.ofMinutes(50));
    sandbox.clearRequests();

    LoginResult result = login(LoginOptions.defaults());

    assertThat(result.outcome()).isEqualTo(LoginOutcome.LOGGED_IN);
    assertThat(prompter.warnings())
        .containsExactly(
            "Could not refresh the cached token for sso-session corp (InvalidGrantException);"
                + " logging in again.");
    assertThat(sandbox.requests())
        .extracting(r -> r.operation() + " " + r.status())
        .startsWith("CreateToken 400")
        .endsWith("CreateToken 200");
    assertThat(file().get("accessToken")).isEqualTo(result.accessToken().reveal());
  }

  @Test
  void aRefreshThatCannotReachTheService_fallsBackToALogin() throws IOException {
    login(LoginOptions.defaults());
    clock.advance(Duration.ofMinutes(50));
    sandbox.setFailRate(1.0);
    RecordingPrompter quiet = new RecordingPrompter();

    try {
      fixture.login(browser).login(session, LoginOptions.defaults(), quiet);
    } catch (RuntimeException expected) {
      // The login fails too while every request fails; what matters is the fallback.
    }

    assertThat(quiet.warnings())
        .singleElement()
        .asString()
        .startsWith(
            "Could not refresh the cached token for sso-session corp (InternalServerException)");
  }

  @Test
  void aLegacyToken_isNeverRefreshed_butLoggedInAgain() {
    SsoSessionRef legacy = LoginFixture.legacy(sandbox);
    SsoLogin login = fixture.login(browser).withSleeper(d -> clock.advance(d));
    login.login(legacy, LoginOptions.defaults(), prompter);
    clock.advance(Duration.ofMinutes(50));
    sandbox.clearRequests();

    LoginResult result = login.login(legacy, LoginOptions.defaults(), prompter);

    assertThat(result.outcome()).isEqualTo(LoginOutcome.LOGGED_IN);
    assertThat(sandbox.requests())
        .extracting(r -> r.operation())
        .containsExactly("StartDeviceAuthorization", "DevicePage", "CreateToken");
  }

  @Test
  void force_logsInEvenWithAValidToken() {
    LoginResult first = login(LoginOptions.defaults());

    LoginResult forced = login(new LoginOptions(false, false, null, true));

    assertThat(forced.outcome()).isEqualTo(LoginOutcome.LOGGED_IN);
    assertThat(forced.accessToken()).isNotEqualTo(first.accessToken());
  }

  @Test
  void theClientRegistration_isReusedAcrossLogins_untilItIsAbout15MinutesFromExpiry() {
    LoginOptions force = new LoginOptions(false, false, null, true);
    login(force);
    login(force);
    assertThat(registrations()).isEqualTo(1);

    // Registrations live 90 days; with 14 minutes left a new one is made.
    clock.advance(Duration.ofDays(90).minusMinutes(14));
    login(force);

    assertThat(registrations()).isEqualTo(2);
  }

  @Test
  void aCacheFileInTheAwsClisFormat_isUsedWithNoNewLogin() throws IOException {
    Login cli = SandboxLogin.deviceCode(sandbox);
    // As the AWS CLI writes it: one line, its field order, Python's separators.
    String awsCliFile =
        "{\"startUrl\": \""
            + sandbox.startUrl()
            + "\", \"region\": \""
            + sandbox.region()
            + "\", \"accessToken\": \""
            + cli.accessToken()
            + "\", \"expiresAt\": \""
            + clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS)
            + "\", \"clientId\": \""
            + cli.clientId()
            + "\", \"clientSecret\": \""
            + cli.clientSecret()
            + "\", \"registrationExpiresAt\": \""
            + cli.registrationExpiresAt()
            + "\", \"refreshToken\": \""
            + cli.refreshToken()
            + "\"}";
    Files.createDirectories(fixture.cache.directory());
    Files.writeString(fixture.cache.file(session), awsCliFile, StandardCharsets.UTF_8);
    sandbox.clearRequests();

    LoginResult reused = login(LoginOptions.defaults());

    assertThat(reused.outcome()).isEqualTo(LoginOutcome.REUSED);
    assertThat(reused.accessToken().reveal()).isEqualTo(cli.accessToken());
    assertThat(sandbox.requests()).isEmpty();

    // And when it is about to expire, its refresh token and client are used.
    clock.advance(Duration.ofMinutes(50));
    assertThat(login(LoginOptions.defaults()).outcome()).isEqualTo(LoginOutcome.REFRESHED);
    assertThat(sandbox.requests()).extracting(r -> r.operation()).containsExactly("CreateToken");
  }

  @Test
  void aTokenForAnotherStartUrl_isNotReused() throws IOException {
    login(LoginOptions.defaults());
    Map<String, Object> fields = file();
    fields.put("startUrl", "https://d-0000000000.awsapps.com/start");
    writeFile(fields);
    sandbox.clearRequests();

    assertThat(login(LoginOptions.defaults()).outcome()).isEqualTo(LoginOutcome.LOGGED_IN);
  }

  @Test
  void logout_signsOutOfThePortal_andDeletesTheFile() {
    LoginResult result = login(LoginOptions.defaults());
    sandbox.clearRequests();

    assertThat(fixture.login(browser).logout(session, prompter)).isTrue();

    assertThat(fixture.cache.file(session)).doesNotExist();
    assertThat(sandbox.requests())
        .extracting(r -> r.operation() + " " + r.status())
        .containsExactly("Logout 200");
    assertThat(result.accessToken().reveal()).isNotBlank();
    assertThat(fixture.login(browser).logout(session, prompter)).isFalse();
  }

  @Test
  void logout_whenThePortalCannotBeReached_saysSo_andStillDeletesTheFile() {
    login(LoginOptions.defaults());
    sandbox.close();
    RecordingPrompter quiet = new RecordingPrompter();

    assertThat(fixture.login(browser).logout(session, quiet)).isTrue();

    assertThat(fixture.cache.file(session)).doesNotExist();
    assertThat(quiet.warnings())
        .singleElement()
        .asString()
        .startsWith("Could not sign out of the AWS access portal for sso-session corp (")
        .endsWith("); the cached token is deleted anyway.");
  }

  @Test
  void logout_ofAnExpiredToken_deletesItWithoutCallingThePortal() {
    login(LoginOptions.defaults());
    clock.advance(Duration.ofHours(2));
    sandbox.clearRequests();

    assertThat(fixture.login(browser).logout(session, prompter)).isTrue();

    assertThat(sandbox.requests()).isEmpty();
    assertThat(fixture.cache.file(session)).doesNotExist();
  }

  private LoginResult login(LoginOptions options) {
    return fixture.login(browser).login(session, options, prompter);
  }

  private long registrations() {
    return sandbox.requests().stream().filter(r -> r.operation().equals("RegisterClient")).count();
  }

  private Map<String, Object> file() throws IOException {
    return new LinkedHashMap<>(
        Json.parseObject(Files.readString(fixture.cache.file(session), StandardCharsets.UTF_8)));
  }

  private void writeFile(Map<String, Object> fields) throws IOException {
    Files.writeString(
        fixture.cache.file(session), Json.writePretty(fields), StandardCharsets.UTF_8);
  }
}
