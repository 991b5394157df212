package dev.ssosetup.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.testkit.TestLocks;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Parallel updates of one file never lose each other's changes: across processes and threads. */
class ConfigStoreConcurrencyTest {
  private static final int PROCESSES = 8;
  private static final int THREADS = 8;
  private static final int UPDATES_EACH = 5;

  @TempDir Path tmp;
  @TempDir Path lockHome;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void update_fromEightProcessesAtOnce_keepsEveryProfile() throws Exception {
    Path file = tmp.resolve(".aws").resolve("config");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "# shared\n[default]\nregion = us-east-1\n");
    String java = ProcessHandle.current().info().command().orElse("java");

    List<Process> processes = new ArrayList<>();
    try {
      for (int p = 0; p < PROCESSES; p++) {
        ProcessBuilder builder =
            new ProcessBuilder(
                java,
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                ConcurrentEditorMain.class.getName(),
                file.toString(),
                "proc" + p,
                String.valueOf(UPDATES_EACH),
                TestLocks.in(lockHome).folder().toString());
        builder.redirectError(tmp.resolve("stderr-" + p + ".txt").toFile());
        processes.add(builder.start());
      }
      // Wait until every process is ready, then release them all together.
      for (Process process : processes) {
        BufferedReader out =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).as(stderr(processes.indexOf(process))).isEqualTo("ready");
      }
      for (Process process : processes) {
        OutputStream in = process.getOutputStream();
        in.write("go\n".getBytes(StandardCharsets.UTF_8));
        in.close();
      }
      for (int p = 0; p < PROCESSES; p++) {
        assertThat(processes.get(p).waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(processes.get(p).exitValue()).as(stderr(p)).isZero();
      }
    } finally {
      processes.forEach(Process::destroyForcibly);
    }

    assertEveryProfileIsThere(file, "proc", PROCESSES);
  }

  @Test
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void update_fromEightThreadsAtOnce_keepsEveryProfile() throws Exception {
    Path file = tmp.resolve("config");
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        String prefix = "thread" + t;
        results.add(
            pool.submit(
                () -> {
                  ConfigStore store = new ConfigStore(file, TestLocks.in(lockHome));
                  start.await();
                  for (int i = 0; i < UPDATES_EACH; i++) {
                    SectionId profile = SectionId.profile(prefix + "-" + i);
                    store.update(document -> document.set(profile, "region", "us-east-1"), false);
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> result : results) {
        result.get(); // rethrows what a thread threw
      }
    } finally {
      pool.shutdownNow();
    }

    assertEveryProfileIsThere(file, "thread", THREADS);
  }

  private static void assertEveryProfileIsThere(Path file, String prefix, int writers)
      throws IOException {
    String text = Files.readString(file);
    AwsConfigDocument document = AwsConfigDocument.parse(text);
    assertThat(SdkViews.sdkProblem(text)).isNull();
    List<String> expected = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      for (int i = 0; i < UPDATES_EACH; i++) {
        expected.add(prefix + w + "-" + i);
      }
    }
    assertThat(document.profileNames()).containsAll(expected);
    assertThat(SdkViews.sdk(text).keySet())
        .containsAll(expected.stream().map(SectionId::profile).toList());
    try (var files = Files.list(file.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".tmp")))
          .isEmpty();
    }
  }

  private String stderr(int process) {
    try {
      Path path = tmp.resolve("stderr-" + process + ".txt");
      return Files.exists(path)
          ? "stderr of process " + process + ":\n" + Files.readString(path)
          : "";
    } catch (IOException e) {
      return e.toString();
    }
  }
}
