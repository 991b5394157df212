package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.auth.CachedToken;
import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.common.Json;
import dev.ssosetup.common.Secret;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code profiles}: the config's profiles and sessions with their token state, no network. */
class ProfilesCommandTest {
  static final String START_URL = "https://d-9067a1b2c3.awsapps.com/start";
  static final String LEGACY_URL = "https://d-0000000000.awsapps.com/start";
  static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  static final String CONFIG =
      "[default]\nregion = us-east-1\n\n"
          + "[profile workday]\nsso_session = corp\nsso_account_id = 111122223333\n"
          + "sso_role_name = S3DynamoDBAccess\nregion = ap-northeast-1\n\n"
          + "[profile old]\nsso_start_url = "
          + LEGACY_URL
          + "\nsso_region = us-east-1\nsso_account_id = 444455556666\nsso_role_name = Admin\n\n"
          + "[sso-session corp]\nsso_start_url = "
          + START_URL
          + "\nsso_region = ap-northeast-1\nsso_registration_scopes = sso:account:access\n\n"
          + "[sso-session spare]\nsso_start_url = "
          + START_URL
          + "\nsso_region = ap-northeast-1\n\n"
          + "[sso-session stale]\nsso_start_url = "
          + START_URL
          + "\nsso_region = ap-northeast-1\n";

  @TempDir Path tmp;
  TestHome home;
  TokenCache cache;

  @BeforeEach
  void setUp() {
    home = new TestHome(tmp).clock(Clock.fixed(NOW, ZoneOffset.UTC)).writeConfig(CONFIG);
    cache = new TokenCache(home.ssoCache(), Clock.fixed(NOW, ZoneOffset.UTC), home.locks());
  }

  private void token(String session, String url, String region, Instant expiresAt, String refresh) {
    cache.write(
        new SsoSessionRef(session, url, region, List.of()),
        new CachedToken(
            url,
            region,
            Secret.of("access-token"),
            expiresAt,
            "client",
            Secret.ofNullable("client-secret"),
            NOW.plus(90, ChronoUnit.DAYS),
            Secret.ofNullable(refresh)));
  }

  @Test
  void profiles_listsEveryProfileAndSession_withTheTokenState() {
    token("corp", START_URL, "ap-northeast-1", NOW.plus(8, ChronoUnit.HOURS), "refresh");
    token("spare", START_URL, "ap-northeast-1", NOW.minus(1, ChronoUnit.HOURS), "refresh");
    token("stale", START_URL, "ap-northeast-1", NOW.minus(1, ChronoUnit.HOURS), null);

    Result result = CliRun.run(home, "profiles");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .containsPattern("(?m)^PROFILE\\s+FORM\\s+SSO-SESSION\\s+ACCOUNT\\s+ROLE\\s+REGION$")
        .containsPattern("(?m)^default\\s+other\\s+-\\s+-\\s+-\\s+us-east-1$")
        .containsPattern(
            "(?m)^workday\\s+sso-session\\s+corp\\s+111122223333\\s+S3DynamoDBAccess\\s+ap-northeast-1$")
        .containsPattern("(?m)^old\\s+legacy\\s+-\\s+444455556666\\s+Admin\\s+-$")
        .containsPattern("(?m)^corp\\s+" + START_URL + "\\s+ap-northeast-1\\s+valid until 20")
        .containsPattern("(?m)^spare\\s+.*expired, refreshable$")
        .containsPattern("(?m)^stale\\s+.*expired$")
        .containsPattern("(?m)^\\(legacy\\)\\s+" + LEGACY_URL + "\\s+us-east-1\\s+none$");
  }

  @Test
  void profiles_json_givesTheSameDataAsObjects() {
    token("corp", START_URL, "ap-northeast-1", NOW.plus(8, ChronoUnit.HOURS), "refresh");

    Result result = CliRun.run(home, "profiles", "--format", "json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    Map<String, Object> json = Json.parseObject(result.out());
    assertThat(json).containsEntry("configFile", home.config().toString());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> profiles = (List<Map<String, Object>>) json.get("profiles");
    assertThat(profiles)
        .extracting(p -> p.get("name"))
        .containsExactly("default", "workday", "old");
    assertThat(profiles.get(1))
        .containsEntry("form", "sso-session")
        .containsEntry("ssoSession", "corp")
        .containsEntry("accountId", "111122223333")
        .containsEntry("roleName", "S3DynamoDBAccess");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> sessions = (List<Map<String, Object>>) json.get("ssoSessions");
    assertThat(sessions)
        .extracting(s -> s.get("name"))
        .containsExactly("corp", "spare", "stale", null);
    assertThat(sessions.get(0).get("token"))
        .isEqualTo(Map.of("state", "valid", "expiresAt", "2026-11-27T18:00:00Z"));
    assertThat(sessions.get(3)).containsEntry("legacy", true).containsEntry("startUrl", LEGACY_URL);
  }

  @Test
  void profiles_withNoConfigFile_saysSoAndHowToStart() {
    TestHome empty = new TestHome(tmp.resolve("empty"));

    Result result = CliRun.run(empty, "profiles");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("No profiles or sso-sessions in")
        .contains("sso-setup configure");
  }

  @Test
  void profiles_withAConfigTheSdkRejects_exitsWith2() {
    home.writeConfig("key = value\n");

    Result result = CliRun.run(home, "profiles");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("not a valid AWS config file");
  }

  @Test
  void completion_bash_printsAScriptThatAsksForTheCommandsAtTabTime() {
    Result result = CliRun.run(home, "completion", "bash");

    // The commands and options come from 'sso-setup __complete' (CompletionTest).
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("# bash completion for sso-setup").contains("__complete");
  }
}
