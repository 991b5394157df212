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

/**
 * Role credentials cached as the AWS CLI v2 caches them for SSO profiles ({@code
 * ~/.aws/cli/cache}): the same file name for the same role, the same JSON, so that either tool
 * reuses what the other fetched. The expected names are what botocore's SSOCredentialFetcher
 * computes for the same input (its JSON of the key, sorted and compact, ASCII-escaped, then SHA-1).
 */
class RoleCredentialCacheTest {
  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final String START_URL = "https://d-9067a1b2c3.awsapps.com/start";
  private static final SsoSessionRef SESSION =
      new SsoSessionRef("workday", START_URL, "ap-northeast-1", List.of("sso:account:access"));
  private static final SsoSessionRef LEGACY =
      new SsoSessionRef(null, START_URL, "ap-northeast-1", List.of());

  @TempDir Path home;
  @TempDir Path lockHome;
  private Path folder;
  private final MutableClock clock = new MutableClock(NOW);
  private RoleCredentialCache cache;

  @BeforeEach
  void setUp() {
    folder = home.resolve(".aws").resolve("cli").resolve("cache");
    cache = new RoleCredentialCache(folder, clock, TestLocks.in(lockHome));
  }

  @Test
  void key_ofASessionProfile_isTheAwsClisKeyOfAccountRoleAndSessionName() {
    assertThat(RoleCredentialCache.key(SESSION, "111122223333", "S3DynamoDBAccess"))
        .isEqualTo("5e8403fe5133594f7b9ece6769edd1c17939b91d");
  }

  @Test
  void key_ofALegacyProfile_usesTheStartUrlExactlyAsWritten() {
    assertThat(RoleCredentialCache.key(LEGACY, "111122223333", "S3DynamoDBAccess"))
        .isEqualTo("c20b0754f0c6e884a64789f82948a6afc396ce81");
  }

  @Test
  void key_escapesAsPythonsJsonDoes_quotesBackslashesControlsAndEverythingBeyondAscii() {
    SsoSessionRef odd =
        new SsoSessionRef("開発\n\t\u0001\u007f😀", START_URL, "us-east-1", List.of());

    assertThat(RoleCredentialCache.key(odd, "111122223333", "Admin\"\\/é"))
        .isEqualTo("ffcb237055d47fba9c6f434ae43c93027c246bd2");
  }

  @Test
  void write_makesTheAwsClisJson_privateInAPrivateFolder() throws IOException {
    String key = RoleCredentialCache.key(SESSION, "111122223333", "S3DynamoDBAccess");

    cache.write(key, credentials(NOW.plus(Duration.ofHours(1)).plusMillis(999)));

    Path file = folder.resolve(key + ".json");
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"ProviderType\": \"sso\", \"Credentials\": {\"AccessKeyId\": \"ASIAEXAMPLE\","
                + " \"SecretAccessKey\": \"secret/key+\", \"SessionToken\": \"IQoJ/token==\","
                + " \"Expiration\": \"2026-11-27T11:00:00Z\", \"AccountId\": \"111122223333\"}}");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
  }

  @Test
  void fresh_returnsCredentialsWithMoreThanFifteenMinutesLeft_andNothingCloserToExpiry() {
    String key = "k1";
    cache.write(key, credentials(NOW.plus(Duration.ofMinutes(20))));

    assertThat(cache.fresh(key)).isPresent();
    clock.advance(Duration.ofMinutes(5));
    assertThat(cache.fresh(key)).isEmpty();
    assertThat(cache.read(key)).isPresent();
  }

  @Test
  void read_takesWhatTheAwsCliWrote_withAnOffsetTimestampAndWithoutAnAccountId()
      throws IOException {
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("cli.json"),
        "{\"ProviderType\": \"sso\", \"Credentials\": {\"AccessKeyId\": \"ASIAFROMCLI\","
            + " \"SecretAccessKey\": \"s\", \"SessionToken\": \"t\","
            + " \"Expiration\": \"2026-11-27T11:00:00+00:00\"}}");

    RoleCredentials read = cache.read("cli").orElseThrow();

    assertThat(read.accessKeyId()).isEqualTo("ASIAFROMCLI");
    assertThat(read.expiration()).isEqualTo(Instant.parse("2026-11-27T11:00:00Z"));
    assertThat(read.accountId()).isNull();
  }

  @Test
  void read_ignoresOtherProvidersFilesAndBrokenOnes() throws IOException {
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("assume.json"),
        "{\"Credentials\": {\"AccessKeyId\": \"A\", \"SecretAccessKey\": \"s\","
            + " \"SessionToken\": \"t\", \"Expiration\": \"2026-11-27T11:00:00Z\"},"
            + " \"ProviderType\": \"assume-role\"}");
    Files.writeString(folder.resolve("broken.json"), "{\"ProviderType\": \"sso\", ");
    Files.writeString(
        folder.resolve("partial.json"),
        "{\"ProviderType\": \"sso\", \"Credentials\": {\"AccessKeyId\": \"A\"}}");

    assertThat(cache.read("assume")).isEmpty();
    assertThat(cache.read("broken")).isEmpty();
    assertThat(cache.read("partial")).isEmpty();
    assertThat(cache.read("missing")).isEmpty();
  }

  @Test
  void read_neverFollowsALinkPlantedInTheFolder() throws IOException {
    Files.createDirectories(folder);
    Path elsewhere = home.resolve("elsewhere.json");
    Files.writeString(
        elsewhere,
        "{\"ProviderType\": \"sso\", \"Credentials\": {\"AccessKeyId\": \"A\","
            + " \"SecretAccessKey\": \"s\", \"SessionToken\": \"t\","
            + " \"Expiration\": \"2026-11-27T11:00:00Z\"}}");
    Files.createSymbolicLink(folder.resolve("linked.json"), elsewhere);

    assertThat(cache.read("linked")).isEmpty();
  }

  @Test
  void delete_removesTheFile_andSaysWhetherThereWasOne() {
    cache.write("k2", credentials(NOW.plus(Duration.ofHours(1))));

    assertThat(cache.delete("k2")).isTrue();
    assertThat(cache.read("k2")).isEmpty();
    assertThat(cache.delete("k2")).isFalse();
  }

  @Test
  void toString_ofCredentials_showsNoSecret() {
    String shown = credentials(NOW).toString();

    assertThat(shown).contains("ASIAEXAMPLE").doesNotContain("secret/key+", "IQoJ/token==");
  }

  @Test
  void write_thenParse_givesTheFieldsBack() throws IOException {
    cache.write("k3", credentials(NOW.plus(Duration.ofHours(1))));

    Map<String, Object> json = Json.parseObject(Files.readString(folder.resolve("k3.json")));
    assertThat(json).containsEntry("ProviderType", "sso");
    assertThat(cache.read("k3")).contains(credentials(NOW.plus(Duration.ofHours(1))));
  }

  private static RoleCredentials credentials(Instant expiration) {
    return new RoleCredentials(
        "ASIAEXAMPLE",
        Secret.of("secret/key+"),
        Secret.of("IQoJ/token=="),
        expiration,
        "111122223333");
  }
}
