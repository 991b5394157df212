package dev.ssosetup.config;

import dev.ssosetup.files.FileLocks;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A process for the lock tests: takes the lock of a file (args: lock folder, file), says "locked",
 * and holds it until a line (or the end) arrives on standard input.
 */
public final class LockHolderMain {
  private LockHolderMain() {}

  public static void main(String[] args) throws Exception {
    new FileLocks(Path.of(args[0]))
        .withLock(
            Path.of(args[1]),
            () -> {
              System.out.println("locked");
              System.out.flush();
              return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                  .readLine();
            });
  }
}
