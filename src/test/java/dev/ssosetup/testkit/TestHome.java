package dev.ssosetup.testkit;

import dev.ssosetup.common.Environment;
import dev.ssosetup.files.FileLocks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * A throwaway home folder for one test, with its own {@code .aws/config}. Build its {@link
 * Environment} with {@link #environment()}; nothing reads the real home.
 */
public final class TestHome {
  private final Path home;
  private final Map<String, String> variables = new HashMap<>();
  private InputStream stdin = new ByteArrayInputStream(new byte[0]);
  private boolean stdinIsTerminal;
  private Clock clock = Clock.systemUTC();

  public TestHome(Path home) {
    this.home = home;
    variables.put("HOME", home.toString());
  }

  public Path home() {
    return home;
  }

  /** The default config file of this home, {@code <home>/.aws/config}. */
  public Path config() {
    return home.resolve(".aws").resolve("config");
  }

  public Path ssoCache() {
    return home.resolve(".aws").resolve("sso").resolve("cache");
  }

  /** Writes the config file (creating {@code .aws}), exactly these bytes as UTF-8. */
  public TestHome writeConfig(String text) {
    return writeConfig(text.getBytes(StandardCharsets.UTF_8));
  }

  public TestHome writeConfig(byte[] bytes) {
    try {
      Files.createDirectories(config().getParent());
      Files.write(config(), bytes);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The config file's bytes, or null when it does not exist. */
  public byte[] configBytes() {
    try {
      return Files.exists(config()) ? Files.readAllBytes(config()) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String configText() {
    byte[] bytes = configBytes();
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  public TestHome variable(String name, String value) {
    variables.put(name, value);
    return this;
  }

  public TestHome stdin(String text, boolean isTerminal) {
    this.stdin = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    this.stdinIsTerminal = isTerminal;
    return this;
  }

  public TestHome clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  /** The locks sso-setup takes in this home ({@code <home>/.cache/sso-setup/locks} on Linux). */
  public FileLocks locks() {
    return FileLocks.of(environment());
  }

  public Environment environment() {
    return new Environment(variables, home.toString(), stdin, stdinIsTerminal, clock);
  }
}
