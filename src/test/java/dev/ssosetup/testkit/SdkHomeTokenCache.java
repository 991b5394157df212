package dev.ssosetup.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssosetup.common.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token cache file where the AWS SDK looks for it: {@code $HOME/.aws/sso/cache/<sha1 of the
 * session name>.json}, in the AWS CLI's format (docs/spec.md §4.5). A test cannot change the SDK's
 * {@code $HOME}; surefire sets it to {@code target/test-home}, and this refuses to run (the test is
 * skipped) when {@code HOME} is anywhere else, so a run from an IDE never touches a real home.
 * {@link #close()} deletes the file.
 */
public final class SdkHomeTokenCache implements AutoCloseable {
  private final Path file;

  private SdkHomeTokenCache(Path file) {
    this.file = file;
  }

  /** The SDK's cache folder under {@code $HOME}, after checking {@code HOME} is a test home. */
  public static Path directory() {
    String home = System.getenv("HOME");
    assumeTrue(
        home != null && isUnderTarget(Path.of(home)),
        "HOME="
            + home
            + " is not under a target/ folder: run this test through Maven (surefire"
            + " sets HOME to target/test-home) so that no real token cache is touched");
    return Path.of(home).toAbsolutePath().resolve(".aws").resolve("sso").resolve("cache");
  }

  /** Writes the cache file of a session in the AWS CLI's field order. */
  public static SdkHomeTokenCache write(
      String sessionName,
      String startUrl,
      String region,
      SandboxLogin.Login login,
      Instant expiresAt) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("startUrl", startUrl);
    fields.put("region", region);
    fields.put("accessToken", login.accessToken());
    fields.put("expiresAt", timestamp(expiresAt));
    fields.put("clientId", login.clientId());
    fields.put("clientSecret", login.clientSecret());
    fields.put("registrationExpiresAt", timestamp(login.registrationExpiresAt()));
    if (login.refreshToken() != null) {
      fields.put("refreshToken", login.refreshToken());
    }
    Path file = directory().resolve(sha1Hex(sessionName) + ".json");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, Json.writePretty(fields), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SdkHomeTokenCache(file);
  }

  public Path file() {
    return file;
  }

  /** The file's fields as they are now (the SDK rewrites it after a refresh). */
  public Map<String, Object> read() {
    try {
      return Json.parseObject(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code YYYY-MM-DDTHH:MM:SSZ}, as the AWS CLI writes it. */
  public static String timestamp(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha1Hex(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isUnderTarget(Path home) {
    for (Path part : home.toAbsolutePath().normalize()) {
      if (part.toString().equals("target")) {
        return true;
      }
    }
    return false;
  }
}
