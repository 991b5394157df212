package dev.ssosetup.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.ssosetup.testkit.TestLocks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards against accidental quadratic work on big files: the bounds are far above the measured
 * times (2,000 profiles parse and render in a few ms warm; 10,000 sets and 2,500 section removals
 * of a 5,000-profile file take well under a second) and far below what an edit that rescans the
 * whole file each time would take.
 */
class LargeFileTest {
  @TempDir Path tmp;
  @TempDir Path lockHome;

  @Test
  void twoThousandProfiles_parseRenderAndReadInMilliseconds() {
    String text = profiles(2_000);

    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          AwsConfigDocument document = AwsConfigDocument.parse(text);
          assertThat(document.render()).isEqualTo(text);
          assertThat(document.profileNames()).hasSize(2_001);
          for (String name : document.profileNames()) {
            document.properties(SectionId.profile(name));
          }
        });
  }

  @Test
  void tenThousandEditsOfABigFile_doNotRescanTheFileEachTime() {
    String text = profiles(5_000);

    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          AwsConfigDocument document = AwsConfigDocument.parse(text);
          for (int i = 0; i < 5_000; i++) {
            document.set(SectionId.profile("p" + i), "region", "eu-west-1");
            document.set(SectionId.profile("new" + i), "region", "eu-west-1");
          }
          for (int i = 0; i < 5_000; i += 2) {
            document.removeSection(SectionId.profile("p" + i));
          }
          assertThat(document.profileNames()).hasSize(1 + 2_500 + 5_000);
        });
  }

  @Test
  void populatingTwoThousandProfilesThroughTheStore_isQuick() throws Exception {
    Path file = tmp.resolve("config");
    Files.writeString(file, profiles(2_000));

    EditResult result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                new ConfigStore(file, TestLocks.in(lockHome))
                    .update(
                        document -> {
                          for (int i = 0; i < 2_000; i++) {
                            document.set(SectionId.profile("p" + i), "output", "yaml");
                            document.set(SectionId.profile("added" + i), "sso_session", "corp");
                          }
                        },
                        false));

    assertThat(result.written()).isTrue();
    assertThat(AwsConfigDocument.parse(Files.readAllBytes(file)).profileNames()).hasSize(4_001);
    assertThat(result.unifiedDiff().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(0);
  }

  private static String profiles(int count) {
    StringBuilder text = new StringBuilder("[default]\nregion = us-east-1\n\n[sso-session corp]\n");
    text.append("sso_start_url = https://d-1234567890.awsapps.com/start\nsso_region = us-east-1\n");
    for (int i = 0; i < count; i++) {
      text.append("\n[profile p")
          .append(i)
          .append("]\nsso_session = corp\nsso_account_id = ")
          .append(100_000_000_000L + i)
          .append("\nsso_role_name = Admin\nregion = us-east-1\noutput = json\n");
    }
    return text.toString();
  }
}
