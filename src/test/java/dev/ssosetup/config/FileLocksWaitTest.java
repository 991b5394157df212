package dev.ssosetup.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.common.UserLanguage;
import dev.ssosetup.files.FileLocks;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lock held elsewhere is waited for up to a deadline, then the edit is refused with "another
 * sso-setup is editing ...", exit 1, the file as it was: never a wait without end.
 */
class FileLocksWaitTest {
  private static final Duration SHORT = Duration.ofMillis(300);
  private static final String CONFIG = "[profile kept]\nregion = us-east-1\n";

  @TempDir Path tmp;
  private Path locks;
  private Path config;

  @BeforeEach
  void setUp() throws Exception {
    locks = tmp.resolve("locks");
    config = tmp.resolve(".aws").resolve("config");
    Files.createDirectories(config.getParent());
    Files.writeString(config, CONFIG);
  }

  @Test
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void anotherProcessHoldingTheLock_refusesTheEditAfterTheWait_andTheFileIsUnchanged()
      throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process holder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                LockHolderMain.class.getName(),
                locks.toString(),
                config.toString())
            .redirectError(tmp.resolve("holder-stderr.txt").toFile())
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("locked");
      byte[] before = Files.readAllBytes(config);
      ConfigStore store = new ConfigStore(config, new FileLocks(locks, SHORT));

      assertThatThrownBy(
              () ->
                  store.update(
                      document -> document.set(SectionId.profile("new"), "region", "x"), false))
          .isInstanceOfSatisfying(UserFacingException.class, e -> assertBusy(e, config));
      assertThat(Files.readAllBytes(config)).isEqualTo(before);

      OutputStream in = holder.getOutputStream();
      in.write("done\n".getBytes(StandardCharsets.UTF_8));
      in.close();
      assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
      // Released: the same edit goes through now.
      store.update(
          document -> document.set(SectionId.profile("new"), "region", "eu-west-1"), false);
      assertThat(Files.readString(config)).contains("[profile new]");
    } finally {
      holder.destroyForcibly();
    }
  }

  @Test
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void anotherThreadHoldingTheLock_refusesAfterTheWait_andTheActionNeverRuns() throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      Future<Object> holder =
          executor.submit(
              () ->
                  new FileLocks(locks)
                      .withLock(
                          config,
                          () -> {
                            held.countDown();
                            await(release);
                            return null;
                          }));
      held.await();
      List<String> ran = new CopyOnWriteArrayList<>();

      assertThatThrownBy(
              () ->
                  new FileLocks(locks, SHORT)
                      .withLock(
                          config,
                          () -> {
                            ran.add("waiter");
                            return null;
                          }))
          .isInstanceOfSatisfying(UserFacingException.class, e -> assertBusy(e, config));
      assertThat(ran).isEmpty();

      release.countDown();
      holder.get(30, TimeUnit.SECONDS);
    } finally {
      release.countDown();
      executor.shutdownNow();
    }
  }

  @Test
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void aLockReleasedWithinTheWait_isTaken_afterTheHolderIsDone() throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> order = new CopyOnWriteArrayList<>();
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try {
      Future<Object> holder =
          executor.submit(
              () ->
                  new FileLocks(locks)
                      .withLock(
                          config,
                          () -> {
                            held.countDown();
                            await(release);
                            order.add("holder done");
                            return null;
                          }));
      held.await();
      Future<Object> waiter =
          executor.submit(
              () ->
                  new FileLocks(locks)
                      .withLock(
                          config,
                          () -> {
                            order.add("waiter ran");
                            return null;
                          }));
      release.countDown();
      holder.get(30, TimeUnit.SECONDS);
      waiter.get(30, TimeUnit.SECONDS);

      assertThat(order).containsExactly("holder done", "waiter ran");
    } finally {
      release.countDown();
      executor.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) throws InterruptedIOException {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException();
    }
  }

  private static void assertBusy(UserFacingException e, Path file) {
    assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
    Messages english = Messages.of(UserLanguage.ENGLISH);
    assertThat(e.message(english)).startsWith("Another sso-setup is editing " + file);
    assertThat(e.hint(english)).contains("run this again");
    assertThat(e.message(Messages.of(UserLanguage.JAPANESE))).contains("別の sso-setup");
  }
}
