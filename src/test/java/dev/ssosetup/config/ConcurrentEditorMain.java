package dev.ssosetup.config;

import dev.ssosetup.files.FileLocks;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A process for the concurrency test: adds profiles {@code PREFIX-0 .. PREFIX-(N-1)} to a config
 * file through ConfigStore, one update each. It says "ready" and waits for a line on standard input
 * first, so that the test can start all processes at the same moment. Its arguments: the file, the
 * prefix, N and the lock folder (the test's own, shared by all its processes).
 */
public final class ConcurrentEditorMain {
  private ConcurrentEditorMain() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String prefix = args[1];
    int count = Integer.parseInt(args[2]);
    ConfigStore store = new ConfigStore(file, new FileLocks(Path.of(args[3])));
    System.out.println("ready");
    System.out.flush();
    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    for (int i = 0; i < count; i++) {
      SectionId profile = SectionId.profile(prefix + "-" + i);
      store.update(document -> document.set(profile, "region", "us-east-1"), false);
    }
  }
}
