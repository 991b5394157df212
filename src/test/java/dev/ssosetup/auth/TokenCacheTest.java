package dev.ssosetup.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.Json;
import dev.ssosetup.common.Secret;
import dev.ssosetup.testkit.MutableClock;
import dev.ssosetup.testkit.TestLocks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The token cache in the AWS CLI's format (docs/spec.md §4.5; decision 0010 §3). */
class TokenCacheTest {
  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final String START_URL = "https://d-90679c0ffe.awsapps.com/start";
  private static final SsoSessionRef SESSION =
      new SsoSessionRef("my-sso", START_URL, "us-east-1", List.of("sso:account:access"));
  private static final SsoSessionRef LEGACY =
      new SsoSessionRef(null, START_URL, "us-east-1", List.of());

  @TempDir Path home;
  @TempDir Path lockHome;
  private Path cacheDirectory;
  private final MutableClock clock = new MutableClock(NOW);
  private TokenCache cache;

  @BeforeEach
  void setUp() {
    cacheDirectory = home.resolve(".aws").resolve("sso").resolve("cache");
    cache = new TokenCache(cacheDirectory, clock, TestLocks.in(lockHome));
  }

  @Test
  void fileName_isTheLowercaseSha1OfTheSessionName_asTheAwsCliNamesIt() {
    assertThat(TokenCache.fileName("my-sso"))
        .isEqualTo("0ad374308c5a4e22f723adf10145eafad7c4031c.json");
    assertThat(cache.file(SESSION))
        .isEqualTo(cacheDirectory.resolve("0ad374308c5a4e22f723adf10145eafad7c4031c.json"));
  }

  @Test
  void file_ofALegacySession_isTheSha1OfTheStartUrlExactlyAsWritten() {
    assertThat(cache.file(LEGACY).getFileName().toString())
        .isEqualTo(TokenCache.fileName(START_URL))
        .isNotEqualTo(TokenCache.fileName(START_URL + "/"));
  }

  @Test
  void write_putsTheFieldsInTheAwsClisOrder_withWholeSecondUtcTimestamps() throws IOException {
    cache.write(SESSION, token(NOW.plusMillis(3_600_999), "aor-refresh"));

    Map<String, Object> fields = readFile(cache.file(SESSION));
    assertThat(fields.keySet())
        .containsExactly(
            "startUrl",
            "region",
            "accessToken",
            "expiresAt",
            "clientId",
            "clientSecret",
            "registrationExpiresAt",
            "refreshToken");
    assertThat(fields)
        .containsEntry("startUrl", START_URL)
        .containsEntry("region", "us-east-1")
        .containsEntry("accessToken", "aoa-access")
        .containsEntry("expiresAt", "2026-11-27T11:00:00Z")
        .containsEntry("registrationExpiresAt", "2027-02-25T10:00:00Z")
        .containsEntry("refreshToken", "aor-refresh");
  }

  @Test
  void write_leavesOutTheRefreshToken_whenNoneWasIssued() throws IOException {
    cache.write(SESSION, token(NOW.plusSeconds(3600), null));

    assertThat(readFile(cache.file(SESSION)))
        .doesNotContainKey("refreshToken")
        .containsKey("clientId");
  }

  @Test
  void write_makesThe0600FileIn0700Folders_andLeavesNoTempFile() throws IOException {
    cache.write(SESSION, token(NOW.plusSeconds(3600), "aor-refresh"));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.file(SESSION))))
        .isEqualTo("rw-------");
    for (Path folder :
        List.of(
            cacheDirectory, cacheDirectory.getParent(), cacheDirectory.getParent().getParent())) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
          .as(folder.toString())
          .isEqualTo("rwx------");
    }
    try (var files = Files.list(cacheDirectory)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".tmp"));
    }
  }

  @Test
  void write_replacingAnExistingFile_keepsIts0600Mode() throws IOException {
    cache.write(SESSION, token(NOW.plusSeconds(3600), "aor-1"));
    cache.write(SESSION, token(NOW.plusSeconds(7200), "aor-2"));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.file(SESSION))))
        .isEqualTo("rw-------");
    assertThat(readFile(cache.file(SESSION))).containsEntry("refreshToken", "aor-2");
  }

  @Test
  void readAfterWrite_givesTheSameToken() {
    CachedToken written = token(NOW.plusSeconds(3600), "aor-refresh");
    cache.write(SESSION, written);

    assertThat(cache.read(SESSION)).contains(written);
  }

  @ParameterizedTest
  @CsvSource({
    "2026-11-27T11:00:00Z",
    "2026-11-27T11:00:00UTC",
    "2026-11-27T11:00:00.000Z",
    "2026-11-27T11:00:00.123456Z",
    "2026-11-27T11:00:00+00:00",
    "2026-11-27T20:00:00+09:00",
    "2026-11-27T11:00:00",
  })
  void read_acceptsTheTimestampFormatsOtherToolsWrite(String expiresAt) throws IOException {
    writeFile(
        cache.file(SESSION),
        "{\"startUrl\": \""
            + START_URL
            + "\", \"accessToken\": \"a\", \"expiresAt\": \""
            + expiresAt
            + "\"}");

    assertThat(cache.read(SESSION))
        .hasValueSatisfying(
            t ->
                assertThat(t.expiresAt())
                    .isBetween(
                        Instant.parse("2026-11-27T11:00:00Z"),
                        Instant.parse("2026-11-27T11:00:01Z")));
  }

  @Test
  void read_ofAFileAnSdkTestWrote_givesItsFields() throws IOException {
    // peer-tests/sso-cache/sso_token--34c6fceca75e456f25e7e99531e2425c6c1de443.json
    Path fixture =
        Path.of(
            "src/test/resources/peer-tests/sso-cache/sso_token--34c6fceca75e456f25e7e99531e2425c6c1de443.json");
    Files.createDirectories(cacheDirectory);
    Files.copy(fixture, cache.file(SESSION));

    CachedToken token = cache.read(SESSION).orElseThrow();

    assertThat(token.accessToken().reveal()).isEqualTo("secret-access-token");
    assertThat(token.expiresAt()).isEqualTo(Instant.parse("2199-11-14T04:05:45Z"));
    assertThat(token.refreshToken().reveal()).isEqualTo("secret-refresh-token");
    assertThat(token.registrationExpiresAt()).isEqualTo(Instant.parse("2199-03-06T19:53:17Z"));
    assertThat(token.startUrl()).isEqualTo("https://d-abc123.awsapps.com/start");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''",
        "not json",
        "{\"accessToken\": \"a\", \"expiresAt\": \"2026-11-27T11:00:00Z\",}",
        "[1, 2]",
        "{\"expiresAt\": \"2026-11-27T11:00:00Z\"}",
        "{\"accessToken\": \"a\"}",
        "{\"accessToken\": \"a\", \"expiresAt\": \"tomorrow\"}",
        "{\"accessToken\": 42, \"expiresAt\": \"2026-11-27T11:00:00Z\"}",
      })
  void read_ofACorruptOrIncompleteFile_isEmptyRatherThanAnError(String content) throws IOException {
    writeFile(cache.file(SESSION), content);

    assertThat(cache.read(SESSION)).isEmpty();
    assertThat(cache.state(SESSION)).isEqualTo(new TokenState(TokenStatus.NONE, null));
  }

  @Test
  void read_ofAMissingFileOrFolder_isEmpty() {
    assertThat(cache.read(SESSION)).isEmpty();
    assertThat(cache.state(SESSION).status()).isEqualTo(TokenStatus.NONE);
  }

  @Test
  void state_isValidWhileTheTokenHasTimeLeft() {
    cache.write(SESSION, token(NOW.plusSeconds(60), null));

    assertThat(cache.state(SESSION))
        .isEqualTo(new TokenState(TokenStatus.VALID, NOW.plusSeconds(60)));
  }

  @Test
  void state_ofAnExpiredTokenWithARefreshTokenAndLiveClient_isRefreshable() {
    cache.write(SESSION, token(NOW.minusSeconds(60), "aor-refresh"));

    assertThat(cache.state(SESSION).status()).isEqualTo(TokenStatus.REFRESHABLE);
  }

  @Test
  void state_ofAnExpiredTokenWithoutARefreshToken_isExpired() {
    cache.write(SESSION, token(NOW.minusSeconds(60), null));

    assertThat(cache.state(SESSION))
        .isEqualTo(new TokenState(TokenStatus.EXPIRED, NOW.minusSeconds(60)));
  }

  @Test
  void state_ofAnExpiredTokenWhoseClientRegistrationExpired_isExpired() {
    cache.write(
        SESSION,
        new CachedToken(
            START_URL,
            "us-east-1",
            Secret.of("aoa"),
            NOW.minusSeconds(60),
            "id",
            Secret.ofNullable("secret"),
            NOW.minusSeconds(1),
            Secret.ofNullable("aor")));

    assertThat(cache.state(SESSION).status()).isEqualTo(TokenStatus.EXPIRED);
  }

  @Test
  void state_ofALegacySession_isNeverRefreshable() {
    cache.write(LEGACY, token(NOW.minusSeconds(60), "aor-refresh"));

    assertThat(cache.state(LEGACY).status()).isEqualTo(TokenStatus.EXPIRED);
  }

  @Test
  void state_ofATokenForAnotherStartUrl_isNone() {
    cache.write(
        SESSION,
        new CachedToken(
            "https://d-0000000000.awsapps.com/start",
            "us-east-1",
            Secret.of("aoa"),
            NOW.plusSeconds(3600),
            null,
            null,
            null,
            null));

    assertThat(cache.state(SESSION).status()).isEqualTo(TokenStatus.NONE);
  }

  @Test
  void state_movesFromValidToExpiredAsTheClockPasses() {
    cache.write(SESSION, token(NOW.plus(Duration.ofMinutes(10)), null));
    assertThat(cache.state(SESSION).status()).isEqualTo(TokenStatus.VALID);

    clock.advance(Duration.ofMinutes(10));

    assertThat(cache.state(SESSION).status()).isEqualTo(TokenStatus.EXPIRED);
  }

  @Test
  void delete_removesTheFile_andSaysWhetherThereWasOne() {
    cache.write(SESSION, token(NOW.plusSeconds(3600), null));

    assertThat(cache.delete(SESSION)).isTrue();
    assertThat(cache.file(SESSION)).doesNotExist();
    assertThat(cache.delete(SESSION)).isFalse();
  }

  @Test
  void write_givesTheSameBytesAsBeforeSecretsWereTyped() throws IOException {
    cache.write(SESSION, token(NOW.plusSeconds(3600), "aor-refresh"));

    // What the code wrote while the tokens were plain strings (main at e2f3cda).
    assertThat(Files.readString(cache.file(SESSION), StandardCharsets.UTF_8))
        .isEqualTo(
            """
            {
              "startUrl": "https://d-90679c0ffe.awsapps.com/start",
              "region": "us-east-1",
              "accessToken": "aoa-access",
              "expiresAt": "2026-11-27T11:00:00Z",
              "clientId": "client-id",
              "clientSecret": "client-secret",
              "registrationExpiresAt": "2027-02-25T10:00:00Z",
              "refreshToken": "aor-refresh"
            }""");
  }

  @Test
  void toString_ofEveryRecordHoldingASecret_isWhatTheHandWrittenOnesShowed() {
    Instant at = NOW.plusSeconds(3600);
    CachedToken token =
        new CachedToken(
            START_URL,
            "us-east-1",
            Secret.of("aoa-access"),
            at,
            "client-id",
            null,
            null,
            Secret.of("aor-refresh"));

    assertThat(token)
        .hasToString(
            "CachedToken[startUrl=https://d-90679c0ffe.awsapps.com/start, region=us-east-1,"
                + " accessToken=<redacted>, expiresAt=2026-11-27T11:00:00Z, clientId=client-id,"
                + " clientSecret=null, registrationExpiresAt=null, refreshToken=<redacted>]");
    assertThat(new RoleCredentials("ASIA", Secret.of("sk"), Secret.of("st"), at, null))
        .hasToString(
            "RoleCredentials[accessKeyId=ASIA, secretAccessKey=<redacted>,"
                + " sessionToken=<redacted>, expiration=2026-11-27T11:00:00Z, accountId=null]");
    assertThat(new LoginResult(Secret.of("t"), at, LoginOutcome.REUSED))
        .hasToString(
            "LoginResult[accessToken=<redacted>, expiresAt=2026-11-27T11:00:00Z, outcome=REUSED]");
    assertThat(new Registration("id", Secret.of("sec"), at, List.of("a"), List.of("b")))
        .hasToString(
            "Registration[clientId=id, clientSecret=<redacted>, expiresAt=2026-11-27T11:00:00Z,"
                + " scopes=[a], grantTypes=[b]]");
  }

  @Test
  void toString_ofTokensAndResults_showsNoSecret() {
    CachedToken token = token(NOW, "aor-refresh-secret");
    LoginResult result =
        new LoginResult(Secret.of("aoa-access-secret"), NOW, LoginOutcome.LOGGED_IN);

    assertThat(token.toString())
        .doesNotContain("aoa-access", "aor-refresh-secret", "client-secret")
        .contains("<redacted>", "client-id");
    assertThat(result.toString()).doesNotContain("aoa-access-secret").contains("LOGGED_IN");
  }

  private static CachedToken token(Instant expiresAt, String refreshToken) {
    return new CachedToken(
        START_URL,
        "us-east-1",
        Secret.of("aoa-access"),
        expiresAt,
        "client-id",
        Secret.ofNullable("client-secret"),
        Instant.parse("2027-02-25T10:00:00Z"),
        Secret.ofNullable(refreshToken));
  }

  private static Map<String, Object> readFile(Path file) throws IOException {
    return Json.parseObject(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static void writeFile(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
