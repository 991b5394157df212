package dev.ssosetup.config;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A process for the concurrency test: adds profiles {@code PREFIX-0 .. PREFIX-(N-1)} to a config
 * file through ConfigStore, one update each. It says "ready" and waits for a line on standard input
 * first, so that the test can start all processes at the same moment.
 */
public final class ConcurrentEditorMain {
  private ConcurrentEditorMain() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String prefix = args[1];
    int count = Integer.parseInt(args[2]);
    ConfigStore store = new ConfigStore(file);
    System.out.println("ready");
    System.out.flush();
    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    for (int i = 0; i < count; i++) {
      SectionId profile = SectionId.profile(prefix + "-" + i);
      store.update(document -> document.set(profile, "region", "us-east-1"), false);
    }
  }
}
