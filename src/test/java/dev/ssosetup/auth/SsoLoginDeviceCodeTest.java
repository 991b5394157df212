package dev.ssosetup.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Json;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.MutableClock;
import dev.ssosetup.testkit.RecordingPrompter;
import dev.ssosetup.testkit.SandboxExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The device-code login against the sandbox: the AWS CLI's screens, polling, SlowDown, denial and
 * expiry. The sandbox and the login share a clock that the poll sleeper moves, so nothing waits.
 */
@Timeout(60)
class SsoLoginDeviceCodeTest {
  private final MutableClock clock = MutableClock.startingNow();

  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.approval(Approval.DEVICE_PAGE).clock(clock))
          .pointingTheSdkAtIt();

  @TempDir Path tmp;
  private LoginFixture fixture;
  private Sandbox sandbox;
  private final RecordingPrompter prompter = new RecordingPrompter();
  private final List<Duration> sleeps = new ArrayList<>();

  @BeforeEach
  void setUp() {
    sandbox = extension.get();
    fixture = new LoginFixture(tmp, clock);
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  /** Moves the shared clock by the interval, and approves the code at the first wait. */
  private Sleeper approvingAtFirstPoll() {
    return duration -> {
      sleeps.add(duration);
      clock.advance(duration);
      if (sleeps.size() == 1) {
        sandbox.approveUserCode(userCode());
      }
    };
  }

  private Sleeper neverApproving() {
    return duration -> {
      sleeps.add(duration);
      clock.advance(duration);
    };
  }

  @Test
  void useDeviceCode_withNoBrowser_printsTheAwsClisTextWordForWord_andPollsUntilApproved()
      throws Exception {
    SsoSessionRef session = LoginFixture.session(sandbox);

    LoginResult result =
        fixture
            .login(ApprovingBrowser.ignoring())
            .withSleeper(approvingAtFirstPoll())
            .login(session, new LoginOptions(true, true, null, false), prompter);

    assertThat(result.outcome()).isEqualTo(LoginOutcome.LOGGED_IN);
    String verification = sandbox.oidcEndpoint() + "/device";
    assertThat(prompter.output())
        .isEqualTo(
            "Browser will not be automatically opened.\n"
                + "Please visit the following URL:\n"
                + "\n"
                + verification
                + "\n"
                + "\n"
                + "Then enter the code:\n"
                + "\n"
                + userCode()
                + "\n"
                + "\n"
                + "Alternatively, you may visit the following URL which will autofill the code upon"
                + " loading:\n"
                + verification
                + "?user_code="
                + userCode()
                + "\n");
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
    assertThat(requests())
        .containsExactly(
            "RegisterClient 200",
            "StartDeviceAuthorization 200",
            "CreateToken 400 AuthorizationPendingException",
            "CreateToken 200");
    Map<String, Object> file =
        Json.parseObject(Files.readString(fixture.cache.file(session), StandardCharsets.UTF_8));
    assertThat(file)
        .containsKeys("clientId", "clientSecret", "registrationExpiresAt", "refreshToken");
  }

  @Test
  void useDeviceCode_opensTheCompleteUrl_andPrintsTheAttemptingText() {
    ApprovingBrowser browser = ApprovingBrowser.approving(sandbox);

    fixture
        .login(browser)
        .withSleeper(neverApproving())
        .login(LoginFixture.session(sandbox), new LoginOptions(true, false, null, false), prompter);

    assertThat(browser.last().toString())
        .isEqualTo(sandbox.oidcEndpoint() + "/device?user_code=" + userCode());
    assertThat(prompter.output())
        .isEqualTo(
            "Attempting to automatically open the SSO authorization page in your default"
                + " browser.\n"
                + "If the browser does not open or you wish to use a different device to authorize"
                + " this request, open the following URL:\n"
                + "\n"
                + sandbox.oidcEndpoint()
                + "/device\n"
                + "\n"
                + "Then enter the code:\n"
                + "\n"
                + userCode()
                + "\n");
    assertThat(sleeps).isEmpty();
  }

  @Test
  void legacy_usesTheDeviceCode_withABareRegistration_andCachesNoClientOrRefreshToken()
      throws Exception {
    SsoSessionRef legacy = LoginFixture.legacy(sandbox);
    sandbox.setApproval(Approval.AUTO);

    LoginResult result =
        fixture
            .login(ApprovingBrowser.ignoring())
            .withSleeper(neverApproving())
            .login(legacy, LoginOptions.defaults(), prompter);

    assertThat(result.outcome()).isEqualTo(LoginOutcome.LOGGED_IN);
    assertThat(requests())
        .containsExactly("RegisterClient 200", "StartDeviceAuthorization 200", "CreateToken 200");
    Path file = fixture.cache.file(legacy);
    assertThat(file.getFileName().toString()).isEqualTo(TokenCache.fileName(sandbox.startUrl()));
    assertThat(Json.parseObject(Files.readString(file, StandardCharsets.UTF_8)).keySet())
        .containsExactly("startUrl", "region", "accessToken", "expiresAt");
  }

  @Test
  void aHeadlessSshSession_usesTheDeviceCode_withoutTryingTheBrowser() {
    sandbox.setApproval(Approval.AUTO);
    ApprovingBrowser browser = ApprovingBrowser.ignoring();

    fixture
        .login(browser, "SSH_CONNECTION", "10.0.0.1 50000 10.0.0.2 22")
        .withSleeper(neverApproving())
        .login(LoginFixture.session(sandbox), LoginOptions.defaults(), prompter);

    assertThat(browser.opened()).isEmpty();
    assertThat(prompter.lines()).startsWith("Browser will not be automatically opened.");
    assertThat(requests()).contains("StartDeviceAuthorization 200");
  }

  @Test
  void anSshSessionWithADisplay_stillUsesTheBrowser() {
    sandbox.setApproval(Approval.AUTO);
    ApprovingBrowser browser = ApprovingBrowser.approving(sandbox);

    fixture
        .login(browser, "SSH_TTY", "/dev/pts/3", "DISPLAY", "localhost:10.0")
        .login(LoginFixture.session(sandbox), LoginOptions.defaults(), prompter);

    assertThat(browser.last().getPath()).isEqualTo("/authorize");
  }

  @Test
  void aMachineWithoutABrowser_usesTheDeviceCode() {
    sandbox.setApproval(Approval.AUTO);
    BrowserOpener none =
        new BrowserOpener() {
          @Override
          public boolean open(java.net.URI uri) {
            throw new AssertionError("no browser to open");
          }

          @Override
          public boolean available() {
            return false;
          }
        };

    fixture
        .login(none)
        .withSleeper(neverApproving())
        .login(LoginFixture.session(sandbox), LoginOptions.defaults(), prompter);

    assertThat(requests()).contains("StartDeviceAuthorization 200");
  }

  @Test
  void slowDown_addsFiveSecondsToTheInterval() {
    // A sleeper that does not move the clock polls "too fast" and gets SlowDownException.
    Sleeper tooFast =
        duration -> {
          sleeps.add(duration);
          if (sleeps.size() == 2) {
            sandbox.approveUserCode(userCode());
          }
        };

    fixture
        .login(ApprovingBrowser.ignoring())
        .withSleeper(tooFast)
        .login(LoginFixture.session(sandbox), new LoginOptions(true, true, null, false), prompter);

    assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(6));
    assertThat(requests())
        .contains("CreateToken 400 SlowDownException")
        .endsWith("CreateToken 200");
  }

  @Test
  void denied_failsWithExit1AndWhatToDo_andWritesNoToken() {
    sandbox.setApproval(Approval.DENY);
    SsoSessionRef session = LoginFixture.session(sandbox);

    assertThatThrownBy(
            () ->
                fixture
                    .login(ApprovingBrowser.ignoring())
                    .withSleeper(neverApproving())
                    .login(session, new LoginOptions(true, true, null, false), prompter))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
              assertThat(e.getMessage()).isEqualTo("The login was denied in the browser.");
              assertThat(e.hint()).contains("Start the login again");
            });
    assertThat(fixture.cache.file(session)).doesNotExist();
    assertThat(requests()).endsWith("CreateToken 400 AccessDeniedException");
  }

  @Test
  void aCodeNeverApproved_expires_failsWithExit1_andWritesNoToken() {
    SsoSessionRef session = LoginFixture.session(sandbox);
    Sleeper aMinuteAtATime =
        duration -> {
          sleeps.add(duration);
          clock.advance(Duration.ofMinutes(1));
        };

    assertThatThrownBy(
            () ->
                fixture
                    .login(ApprovingBrowser.ignoring())
                    .withSleeper(aMinuteAtATime)
                    .login(session, new LoginOptions(true, true, null, false), prompter))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
              assertThat(e.getMessage())
                  .isEqualTo("The login code expired before it was approved.");
              assertThat(e.hint()).contains("within 10 minutes");
            });
    assertThat(fixture.cache.file(session)).doesNotExist();
    assertThat(requests()).endsWith("CreateToken 400 ExpiredTokenException");
    assertThat(prompter.waits()).singleElement().satisfies(w -> assertThat(w.closed()).isTrue());
  }

  @Test
  void aRegistrationTheServiceForgot_isReplaced() {
    sandbox.setApproval(Approval.AUTO);
    SsoSessionRef session = LoginFixture.session(sandbox);
    LoginOptions force = new LoginOptions(true, true, null, true);
    SsoLogin login = fixture.login(ApprovingBrowser.ignoring()).withSleeper(neverApproving());
    login.login(session, force, prompter);
    // Another sandbox on the same port would not know the client: simulate with a corrupt secret.
    rewriteRegistrationSecrets();
    sandbox.clearRequests();

    assertThat(login.login(session, force, prompter).outcome()).isEqualTo(LoginOutcome.LOGGED_IN);

    assertThat(requests())
        .containsExactly(
            "StartDeviceAuthorization 401 InvalidClientException",
            "RegisterClient 200",
            "StartDeviceAuthorization 200",
            "CreateToken 200");
  }

  @Test
  void noSecretReachesTheOutputOrTheDebugLog() {
    fixture
        .login(ApprovingBrowser.ignoring())
        .withSleeper(approvingAtFirstPoll())
        .login(LoginFixture.session(sandbox), new LoginOptions(true, true, null, false), prompter);

    String everything = prompter.everything() + fixture.debugLog;
    for (String secret : sandbox.issuedSecrets()) {
      assertThat(everything).doesNotContain(secret);
    }
  }

  private void rewriteRegistrationSecrets() {
    try (var files = Files.list(fixture.cache.directory())) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.contains("\"grantTypes\"")) {
          Map<String, Object> fields = Json.parseObject(text);
          fields.put("clientSecret", "forgotten");
          Files.writeString(file, Json.writePretty(fields), StandardCharsets.UTF_8);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The user code of the device authorization the sandbox handed out (from the output). */
  private String userCode() {
    return prompter.lines().stream()
        .filter(line -> line.matches("[A-Z]{4}-[A-Z]{4}"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No user code was printed:\n" + prompter.output()));
  }

  private List<String> requests() {
    return sandbox.requests().stream()
        .map(r -> (r.operation() + " " + r.status() + " " + nullToEmpty(r.errorType())).strip())
        .toList();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
