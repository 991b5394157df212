package dev.ssosetup.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.Secret;
import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.MutableClock;
import dev.ssosetup.testkit.RecordingPrompter;
import dev.ssosetup.testkit.SandboxExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token for commands that must never prompt or open a browser ({@code credentials}, {@code
 * exec}, {@code console}): the cached one, renewed silently with its refresh token when it is near
 * its end, and nothing at all when only a new login would do.
 */
@Timeout(60)
class SsoLoginWithoutPromptingTest {
  private final MutableClock clock = MutableClock.startingNow();

  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.approval(Approval.AUTO).clock(clock)).pointingTheSdkAtIt();

  @TempDir Path tmp;
  private LoginFixture fixture;
  private Sandbox sandbox;
  private final ApprovingBrowser never = ApprovingBrowser.ignoring();

  @BeforeEach
  void setUp() {
    sandbox = extension.get();
    fixture = new LoginFixture(tmp, clock);
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  @Test
  void withoutACachedToken_givesNothing_andCallsNothing() {
    sandbox.clearRequests();

    assertThat(fixture.login(never).withoutPrompting(LoginFixture.session(sandbox))).isEmpty();
    assertThat(sandbox.requests()).isEmpty();
    assertThat(never.opened()).isEmpty();
  }

  @Test
  void aValidToken_isReused_withNoCall() {
    LoggedIn first = logIn(LoginFixture.session(sandbox));
    sandbox.clearRequests();

    Optional<LoginResult> token = fixture.login(never).withoutPrompting(first.session);

    assertThat(token).map(LoginResult::accessToken).contains(first.result.accessToken());
    assertThat(token).map(LoginResult::outcome).contains(LoginOutcome.REUSED);
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void anExpiredTokenWithARefreshToken_isRenewedSilently() {
    LoggedIn first = logIn(LoginFixture.session(sandbox));
    clock.advance(Duration.ofHours(2));
    sandbox.clearRequests();

    Optional<LoginResult> token = fixture.login(never).withoutPrompting(first.session);

    assertThat(token).map(LoginResult::outcome).contains(LoginOutcome.REFRESHED);
    assertThat(sandbox.requests()).extracting(r -> r.operation()).containsExactly("CreateToken");
    assertThat(never.opened()).isEmpty();
  }

  @Test
  void aTokenNearItsEndWhoseRefreshFails_isStillUsedWhileItLasts() {
    LoggedIn first = logIn(LoginFixture.session(sandbox));
    fixture.cache.write(
        first.session, withRefreshToken(fixture.cache.read(first.session).orElseThrow(), "aor-x"));
    clock.advance(Duration.ofMinutes(50));

    Optional<LoginResult> token = fixture.login(never).withoutPrompting(first.session);

    assertThat(token).map(LoginResult::accessToken).contains(first.result.accessToken());
    assertThat(never.opened()).isEmpty();
  }

  @Test
  void anExpiredTokenThatCannotBeRefreshed_givesNothing() {
    LoggedIn first = logIn(LoginFixture.session(sandbox));
    fixture.cache.write(
        first.session, withRefreshToken(fixture.cache.read(first.session).orElseThrow(), "aor-x"));
    clock.advance(Duration.ofHours(2));

    assertThat(fixture.login(never).withoutPrompting(first.session)).isEmpty();
    assertThat(never.opened()).isEmpty();
  }

  @Test
  void anExpiredLegacyToken_givesNothing() {
    LoggedIn first = logIn(LoginFixture.legacy(sandbox));
    clock.advance(Duration.ofHours(2));
    sandbox.clearRequests();

    assertThat(fixture.login(never).withoutPrompting(first.session)).isEmpty();
    assertThat(sandbox.requests()).isEmpty();
  }

  private record LoggedIn(SsoSessionRef session, LoginResult result) {}

  private LoggedIn logIn(SsoSessionRef session) {
    LoginResult result =
        fixture
            .login(ApprovingBrowser.approving(sandbox))
            .withSleeper(duration -> {})
            .login(session, LoginOptions.defaults(), new RecordingPrompter());
    return new LoggedIn(session, result);
  }

  private static CachedToken withRefreshToken(CachedToken token, String refreshToken) {
    return new CachedToken(
        token.startUrl(),
        token.region(),
        token.accessToken(),
        token.expiresAt(),
        token.clientId(),
        token.clientSecret(),
        token.registrationExpiresAt(),
        Secret.ofNullable(refreshToken));
  }
}
