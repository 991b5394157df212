package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.Columns;
import dev.ssosetup.testkit.RunLanguage;
import dev.ssosetup.testkit.SandboxConfig;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * verify's journeys against the sandbox's {@code japanese} fixture, in English ({@code LANG=C}) and
 * in Japanese (from {@code LANG=ja_JP.UTF-8}, and from {@code --lang ja}): a role S3 denies, an
 * error of AWS that verify has no diagnosis of its own for, the {@code --all} table lined up with
 * Japanese cells, and the JSON byte for byte the same in every language.
 */
@Timeout(60)
class VerifyJourneysTest {
  @RegisterExtension
  final VerifyFixture fixture = new VerifyFixture(b -> b.fixture(Fixture.japanese()));

  /**
   * A profile for each account of the fixture, named as populate names it: by the account's name,
   * or by its ID where the name is not one every SDK reads (本番環境 is 111122223333).
   */
  private String config() {
    StringBuilder config = new StringBuilder();
    for (Fixture.Account account : fixture.sandbox().fixture().accounts()) {
      config
          .append("[profile ")
          .append(profileName(account))
          .append("]\nsso_session = jp\nsso_account_id = ")
          .append(account.id())
          .append("\nsso_role_name = ")
          .append(account.roles().get(0).name())
          .append("\nregion = ap-northeast-1\n\n");
    }
    return config.append(SandboxConfig.session(fixture.sandbox(), "jp")).toString();
  }

  private static String profileName(Fixture.Account account) {
    return account.name().matches("[a-z0-9-]+") ? account.name() : account.id();
  }

  @BeforeEach
  void logIn() {
    fixture.loggedIn(fixture.session("jp"), Instant.now().plusSeconds(3600));
  }

  private Result verify(RunLanguage language, String... args) {
    return fixture.verifyWith(language, config(), args);
  }

  @ParameterizedTest
  @EnumSource(RunLanguage.class)
  void aRoleS3Denies_isDiagnosedInTheRunsLanguage_withWhatToDo(RunLanguage language) {
    Result result = verify(language, "--profile", "shared-services");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out().lines())
        .contains(
            language.pick("Identity: ok", "ID 確認:      OK"),
            language.pick("S3:       denied", "S3:           拒否"));
    assertThat(result.err())
        .isEqualTo(
            language.pick(
                "sso-setup: S3 ListBuckets was denied for the role 'ReadOnlyAccess'"
                    + " (AccessDenied); the identity check passed, so the login itself works.\n"
                    + "The role's permission set does not allow s3:ListAllMyBuckets: if it"
                    + " should, ask your IAM Identity Center administrator; else use a role that"
                    + " may list buckets.\n",
                "sso-setup: ロール 'ReadOnlyAccess' での S3 ListBuckets は拒否されました (AccessDenied)。"
                    + "ID の確認は成功しているので、ログイン自体は機能しています。\n"
                    + "このロールの許可セットは s3:ListAllMyBuckets を許可していません。"
                    + "許可されるべきなら IAM Identity Center の管理者に相談し、"
                    + "そうでなければバケットを一覧できるロールを使ってください。\n"));
  }

  /**
   * An error of AWS that verify has no diagnosis of its own for: S3 at a URL the sandbox does not
   * serve ListBuckets at answers {@code 501 NotImplemented} in S3's error format.
   */
  private Result verifyWithAGenericS3Error(RunLanguage language, String... args) {
    String elsewhere = fixture.sandbox().s3Endpoint() + "/elsewhere";
    return VerifyFixture.withEndpoint(
        "AWS_ENDPOINT_URL_S3", elsewhere, () -> verify(language, args));
  }

  @ParameterizedTest
  @EnumSource(RunLanguage.class)
  void aGenericErrorFromAws_isDiagnosedInTheRunsLanguage_withWhatToDo(RunLanguage language) {
    Result result = verifyWithAGenericS3Error(language, "--profile", "111122223333");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out().lines())
        .contains(
            language.pick("Identity: ok", "ID 確認:      OK"),
            language.pick("S3:       failed", "S3:           失敗"));
    assertThat(result.err())
        .isEqualTo(
            language.pick(
                "sso-setup: Could not list S3 buckets: NotImplemented: The sandbox serves only"
                    + " ListBuckets (GET /), not GET /elsewhere/.\n"
                    + "AWS could not answer; run verify again in a moment.\n",
                "sso-setup: S3 バケットの一覧の取得に失敗しました: NotImplemented: The sandbox serves only"
                    + " ListBuckets (GET /), not GET /elsewhere/。\n"
                    + "AWS が応答できませんでした。少し待ってから verify をもう一度実行してください。\n"));
  }

  @ParameterizedTest
  @EnumSource(RunLanguage.class)
  void theAllTable_linesUpEveryColumn_withJapaneseCells(RunLanguage language) {
    Result result = verify(language, "--all");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    List<String> table = result.out().lines().takeWhile(line -> !line.isEmpty()).toList();
    assertThat(table).hasSize(4);
    assertThat(table.get(0)).startsWith("PROFILE ");
    assertThat(table.get(3))
        .startsWith("shared-services ")
        .endsWith(language.pick("denied  S3 denied (AccessDenied)", "拒否  S3 で拒否 (AccessDenied)"));
    Columns.assertLinedUp(table);
  }

  @Test
  void json_isTheSameInEveryLanguage_forADenialAndForAGenericError() {
    Map<RunLanguage, String> denied = new EnumMap<>(RunLanguage.class);
    Map<RunLanguage, String> failed = new EnumMap<>(RunLanguage.class);
    for (RunLanguage language : RunLanguage.values()) {
      denied.put(language, verify(language, "--all", "--format", "json").out());
      failed.put(
          language,
          verifyWithAGenericS3Error(language, "--profile", "111122223333", "--format", "json")
              .out());
    }

    assertThat(denied.get(RunLanguage.ENGLISH))
        .contains("\"failure\": \"s3-denied\"")
        .contains("S3 ListBuckets was denied for the role 'ReadOnlyAccess' (AccessDenied)");
    assertThat(failed.get(RunLanguage.ENGLISH))
        .contains("\"failure\": \"aws-error\"")
        .contains("\"error\": \"Could not list S3 buckets: NotImplemented: ")
        .contains("\"fix\": \"AWS could not answer; run verify again in a moment.\"");
    for (RunLanguage language : RunLanguage.values()) {
      assertThat(denied.get(language))
          .as(language.name())
          .isEqualTo(denied.get(RunLanguage.ENGLISH));
      assertThat(failed.get(language))
          .as(language.name())
          .isEqualTo(failed.get(RunLanguage.ENGLISH));
    }
  }
}
