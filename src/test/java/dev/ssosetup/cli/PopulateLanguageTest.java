package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.SdkProfiles;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * populate against the sandbox's {@code japanese} fixture (本番環境, 検証環境 (チーム A)) under {@code LANG=C}
 * and {@code LANG=ja_JP.UTF-8}: the summary in each language, the files written byte for byte the
 * same, and the errors of a bad template in Japanese with nothing written.
 */
@Timeout(60)
class PopulateLanguageTest {
  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.fixture(Fixture.japanese()).approval(Approval.AUTO))
          .pointingTheSdkAtIt();

  @TempDir Path tmp;

  private TestHome home(String name, String lang) {
    Sandbox sandbox = extension.get();
    return new TestHome(tmp.resolve(name))
        .writeConfig(
            "[sso-session jp]\nsso_start_url = "
                + sandbox.startUrl()
                + "\nsso_region = "
                + sandbox.region()
                + "\n")
        .variable("LANG", lang);
  }

  private Result run(TestHome home, String... args) {
    return CliRun.run(
        home, context -> context.browserOpener(ApprovingBrowser.approving(extension.get())), args);
  }

  @Test
  void theSummaryIsInTheReadersLanguage_andTheFilesAreTheSame() {
    TestHome english = home("en", "C");
    TestHome japanese = home("ja", "ja_JP.UTF-8");

    Result inEnglish = run(english, "populate", "--sso-session", "jp", "--region", "us-east-1");
    Result inJapanese = run(japanese, "populate", "--sso-session", "jp", "--region", "us-east-1");

    assertThat(inEnglish.exitCode()).as(inEnglish.toString()).isZero();
    assertThat(inJapanese.exitCode()).as(inJapanese.toString()).isZero();
    assertThat(inEnglish.out()).contains("Added 4 profiles, updated 0, pruned 0, skipped 0.\n");
    assertThat(inJapanese.out())
        .contains("4 個のプロファイルを追加、0 個を更新、0 個を削除、0 個をスキップしました。\n")
        .contains(japanese.config() + " に書き込みました。\n");
    assertThat(japanese.configBytes()).isEqualTo(english.configBytes());

    assertThat(SdkProfiles.read(english.config()).profiles().keySet())
        .as("accounts named in Japanese are named by their ID; every SDK reads each name")
        .contains(
            "111122223333.S3DynamoDBAccess",
            "111122223333.ReadOnlyAccess",
            "444455556666.S3DynamoDBAccess",
            "shared-services.ReadOnlyAccess")
        .noneMatch(name -> name.startsWith("."));

    Result again = run(japanese, "populate", "--sso-session", "jp", "--region", "us-east-1");
    assertThat(again.out()).contains("変更はありません: sso-session jp の生成済みプロファイル 4 個はすべて最新です。");
  }

  @Test
  void aBadTemplate_isExplainedInJapanese_andNothingIsWritten() {
    TestHome japanese = home("ja", "ja_JP.UTF-8");
    byte[] before = japanese.configBytes();

    Result result = run(japanese, "populate", "--sso-session", "jp", "--template", "{nope}");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .contains("--template に不明なフィールド {nope} があります。")
        .contains("フィールド {account_name}, ")
        .contains("例: --template '");
    assertThat(japanese.configBytes()).isEqualTo(before);
  }
}
