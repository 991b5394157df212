package dev.ssosetup.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.RequestRecord;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.MutableClock;
import dev.ssosetup.testkit.RecordingPrompter;
import dev.ssosetup.testkit.SandboxExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refreshes of one session are serialised: the sandbox's refresh tokens are single-use and rotate,
 * so two runs refreshing with the same one would leave all but one with a rejected refresh and a
 * browser login. Each run here has its own cache object over the same folder, as separate processes
 * would.
 */
@Timeout(60)
class RefreshLockTest {
  private static final int RUNS = 6;

  private final MutableClock clock = MutableClock.startingNow();

  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.approval(Approval.AUTO).clock(clock)).pointingTheSdkAtIt();

  @TempDir Path tmp;
  private final List<LoginFixture> fixtures = new ArrayList<>();
  private Sandbox sandbox;
  private ApprovingBrowser browser;

  @BeforeEach
  void setUp() {
    sandbox = extension.get();
    browser = ApprovingBrowser.approving(sandbox);
  }

  @AfterEach
  void tearDown() {
    fixtures.forEach(LoginFixture::close);
  }

  @Test
  void parallelRunsNeedingARefresh_refreshOnce_andTheOthersReuseTheNewToken() throws Exception {
    SsoSessionRef session = LoginFixture.session(sandbox);
    login(session);
    clock.advance(Duration.ofMinutes(50)); // 10 minutes left: every run wants a refresh
    sandbox.clearRequests();

    ExecutorService pool = Executors.newFixedThreadPool(RUNS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<LoginResult>> results = new ArrayList<>();
    try {
      for (int i = 0; i < RUNS; i++) {
        LoginFixture run = fixture();
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return run.login(browser)
                      .login(session, LoginOptions.defaults(), new RecordingPrompter());
                }));
      }
      start.countDown();
      List<LoginResult> done = new ArrayList<>();
      for (Future<LoginResult> result : results) {
        done.add(result.get());
      }

      assertThat(done).extracting(LoginResult::accessToken).containsOnly(done.get(0).accessToken());
      assertThat(done)
          .extracting(LoginResult::outcome)
          .containsOnlyOnce(LoginOutcome.REFRESHED)
          .containsOnly(LoginOutcome.REFRESHED, LoginOutcome.REUSED);
      assertThat(sandbox.requests())
          .extracting(RequestRecord::operation)
          .containsExactly("CreateToken");
      assertThat(browser.opened()).hasSize(1); // the first login's only
    } finally {
      pool.shutdownNow();
    }
  }

  private void login(SsoSessionRef session) {
    fixture().login(browser).login(session, LoginOptions.defaults(), new RecordingPrompter());
  }

  private LoginFixture fixture() {
    LoginFixture fixture = new LoginFixture(tmp, clock);
    fixtures.add(fixture);
    return fixture;
  }
}
