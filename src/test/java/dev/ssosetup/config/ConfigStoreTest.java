package dev.ssosetup.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.testkit.TestLocks;
import dev.ssosetup.testkit.Unchanged;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigStoreTest {
  private static final SectionId DEV = SectionId.profile("dev");
  private static final String ORIGINAL = "[default]\nregion = us-east-1\n";

  @TempDir Path tmp;
  @TempDir Path lockHome;
  private Path file;
  private ConfigStore store;

  @BeforeEach
  void setUp() throws IOException {
    file = tmp.resolve(".aws").resolve("config");
    Files.createDirectories(file.getParent());
    Files.writeString(file, ORIGINAL);
    store = new ConfigStore(file, TestLocks.in(lockHome));
  }

  @Test
  void update_writesTheChangeWithABackup() throws IOException {
    EditResult result = store.update(d -> d.set(DEV, "region", "eu-west-1"), false);

    String expected = ORIGINAL + "\n[profile dev]\nregion = eu-west-1\n";
    assertThat(file).hasContent(expected);
    assertThat(file.resolveSibling("config.bak")).hasContent(ORIGINAL);
    assertThat(result).isEqualTo(new EditResult(file, ORIGINAL, expected, true, true));
    assertThat(result.unifiedDiff())
        .isEqualTo(
            "--- "
                + file
                + "\n+++ "
                + file
                + "\n@@ -1,2 +1,5 @@\n [default]\n region = us-east-1\n+\n"
                + "+[profile dev]\n+region = eu-west-1\n");
  }

  @Test
  void update_sameValuesAgain_leavesTheFileUntouched() throws IOException {
    store.update(d -> d.set(DEV, "region", "eu-west-1"), false);
    Files.delete(file.resolveSibling("config.bak"));
    byte[] before = Files.readAllBytes(file);
    FileTime modified = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(file, modified);

    EditResult result = store.update(d -> d.set(DEV, "region", "eu-west-1"), false);

    assertThat(result.changed()).isFalse();
    assertThat(result.written()).isFalse();
    assertThat(result.unifiedDiff()).isEmpty();
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    assertThat(file.resolveSibling("config.bak")).doesNotExist();
  }

  @Test
  void update_dryRun_reportsTheChangeAndWritesNothing() throws IOException {
    EditResult result =
        store.update(d -> d.set(SectionId.profile("default"), "region", "eu-west-1"), true);

    assertThat(result.changed()).isTrue();
    assertThat(result.written()).isFalse();
    assertThat(result.unifiedDiff())
        .endsWith("@@ -1,2 +1,2 @@\n [default]\n-region = us-east-1\n+region = eu-west-1\n");
    assertThat(file).hasContent(ORIGINAL);
    assertThat(names(file.getParent())).containsExactly("config");
  }

  @Test
  void update_dryRunOnAMissingFolder_createsNothing() {
    Path missing = tmp.resolve("nowhere").resolve("config");

    EditResult result =
        new ConfigStore(missing, TestLocks.in(lockHome))
            .update(d -> d.set(DEV, "region", "x"), true);

    assertThat(result.after()).isEqualTo("[profile dev]\nregion = x\n");
    assertThat(missing.getParent()).doesNotExist();
  }

  @Test
  void update_fileNoSdkReads_exitsWith2AndWritesNothing() throws IOException {
    Files.writeString(file, "[default]\nregion us-east-1\n");

    assertThatThrownBy(() -> store.update(d -> d.set(DEV, "region", "x"), false))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
              assertThat(e.getMessage())
                  .isEqualTo(
                      file
                          + " is not a valid AWS config file: Expected an '=' sign defining a property on line 2");
              assertThat(e.hint()).isEqualTo("Fix the file, then run the command again.");
            });
    assertThat(file).hasContent("[default]\nregion us-east-1\n");
    assertThat(file.resolveSibling("config.bak")).doesNotExist();
  }

  @Test
  void update_fileTheAwsCliReadsButTheJavaSdkRejects_isEdited_withAWarningNamingTheLine()
      throws IOException {
    String text = "[default]\nregion : us-east-1\n";
    Files.writeString(file, text);

    EditResult result = store.update(d -> d.set(DEV, "region", "x"), false);

    assertThat(file).hasContent(text + "\n[profile dev]\nregion = x\n");
    assertThat(result.warnings())
        .singleElement()
        .asString()
        .startsWith("Warning: the AWS SDK for Java rejects " + file + " at line 2 (")
        .contains("Expected an '=' sign defining a property")
        .endsWith("the other tools read the file, and sso-setup left that line as it was.");
  }

  @Test
  void update_anIndentedComment_isEdited_withAWarning_andAnEditThatWouldAddAProblemIsRefused()
      throws IOException {
    String text =
        "[profile dev]\n  # the AWS CLI skips this; the SDK for Java rejects it\nregion = a\n";
    Files.writeString(file, text);

    EditResult result = store.update(d -> d.set(DEV, "output", "json"), false);

    assertThat(result.after())
        .isEqualTo(text.replace("region = a\n", "region = a\noutput = json\n"));
    assertThat(result.warnings())
        .singleElement()
        .asString()
        .contains("at line 2 (an indented comment")
        .endsWith("sso-setup doctor --fix repairs it.");
    byte[] edited = Files.readAllBytes(file);
    // A key that botocore would then read twice (it ignores case) adds a problem: refused.
    assertThatThrownBy(() -> store.update(d -> d.set(DEV, "Region", "b"), false))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
              assertThat(e.getMessage())
                  .contains("botocore (the AWS CLI and boto3) would reject line 5")
                  .contains("key region appears twice in [profile dev]");
            });
    assertThat(Files.readAllBytes(file)).isEqualTo(edited);
  }

  @Test
  void update_fileWithALoneBracket_isRefusedWithAClearReason() throws IOException {
    Files.writeString(file, "[default]\n[\n");
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> store.update(d -> d.set(DEV, "region", "x"), false))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
              assertThat(e.getMessage()).endsWith("Profile definition must end with ']' on line 2");
            });
    Unchanged.assertUnchanged(file, before);
  }

  @Test
  void update_editThatThrows_writesNothing() throws IOException {
    assertThatThrownBy(
            () ->
                store.update(
                    d -> {
                      d.set(DEV, "region", "x");
                      throw new IllegalStateException("a bug");
                    },
                    false))
        .isInstanceOf(IllegalStateException.class);

    assertThat(file).hasContent(ORIGINAL);
  }

  @Test
  void update_aValueWithALineBreak_isBadInput_andWritesNothing() throws IOException {
    assertThatThrownBy(
            () ->
                store.update(
                    d -> {
                      d.set(DEV, "region", "x");
                      d.set(DEV, "sso_role_name", "R\n[default]\ncredential_process = evil");
                    },
                    false))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
              assertThat(e.getMessage())
                  .contains("sso_role_name")
                  .contains("[profile dev]")
                  .contains("line break")
                  .doesNotContain("\n");
            });

    assertThat(file).hasContent(ORIGINAL);
    assertThat(names(tmp)).doesNotContain("config.bak");
  }

  @Test
  void update_aSectionNameWithALineBreak_isBadInput_andWritesNothing() throws IOException {
    assertThatThrownBy(
            () -> store.update(d -> d.set(SectionId.profile("a\n[default]"), "region", "x"), false))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
              assertThat(e.getMessage()).contains("a\\n[default]").doesNotContain("\n");
            });

    assertThat(file).hasContent(ORIGINAL);
  }

  @Test
  void update_whenTheConfigIsAFolder_isBadInputNamingIt() throws IOException {
    Files.delete(file);
    Files.createDirectory(file);

    assertThatThrownBy(() -> store.update(d -> d.set(DEV, "region", "x"), false))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
              assertThat(e.getMessage())
                  .startsWith("Could not update " + file + ": ")
                  .contains("is a folder, not a regular file");
            });
    assertThatThrownBy(() -> store.read())
        .isInstanceOf(UserFacingException.class)
        .hasMessageStartingWith("Could not read " + file);
  }

  @Test
  void update_throughASymbolicLink_editsTheTargetAndKeepsTheLink() throws IOException {
    Path real = tmp.resolve("dotfiles-config");
    Files.writeString(real, ORIGINAL);
    Files.delete(file);
    try {
      Files.createSymbolicLink(file, real);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links are not available here: " + e);
    }

    store.update(d -> d.set(DEV, "region", "x"), false);

    assertThat(Files.isSymbolicLink(file)).isTrue();
    assertThat(real).hasContent(ORIGINAL + "\n[profile dev]\nregion = x\n");
    assertThat(store.read().get(DEV, "region")).contains("x");
  }

  @Test
  void read_missingFileOrFolder_isAnEmptyDocument() {
    assertThat(new ConfigStore(tmp.resolve("none"), TestLocks.in(lockHome)).read().render())
        .isEmpty();
    assertThat(
            new ConfigStore(tmp.resolve("no").resolve("folder"), TestLocks.in(lockHome))
                .read()
                .render())
        .isEmpty();
  }

  @Test
  void read_aFileTheSdkRejects_isStillReadForDiagnosis() throws IOException {
    Files.writeString(file, "key = value\n");

    assertThat(store.read().problem()).contains("Expected a profile definition on line 1");
  }

  @Test
  void resultCheck_collateralChange_isAnInternalErrorThatNamesNoValue() {
    String text = ORIGINAL + "[profile other]\naws_secret_access_key = SECRET\n";
    AwsConfigDocument edited = AwsConfigDocument.parse(text);
    edited.set(DEV, "region", "eu-west-1");
    String tampered = edited.render().replace("SECRET", "CHANGED");

    assertThatThrownBy(() -> verify(text, tampered, edited))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
              assertThat(e.getMessage())
                  .startsWith("Internal error: the edit of " + file + " was not written")
                  .contains("key 'aws_secret_access_key' of [profile other]")
                  .doesNotContain("SECRET", "CHANGED");
            });
  }

  @Test
  void resultCheck_missingEdit_isAnInternalError() {
    AwsConfigDocument edited = AwsConfigDocument.parse(ORIGINAL);
    edited.set(DEV, "region", "eu-west-1");

    assertThatThrownBy(() -> verify(ORIGINAL, ORIGINAL + "[profile dev]\n", edited))
        .hasMessageContaining("key 'region' of [profile dev] would not read back as intended");
    assertThatThrownBy(() -> verify(ORIGINAL, ORIGINAL, edited))
        .hasMessageContaining("[profile dev] would be missing");
    assertThatThrownBy(() -> verify(ORIGINAL, ORIGINAL + "oops\n", edited))
        .hasMessageContaining(
            "after it, the AWS SDK for Java would reject line 3 (Expected an '=' sign defining a"
                + " property)");
  }

  @Test
  void resultCheck_theEditsAsAsked_pass() {
    String text =
        ORIGINAL
            + "[profile dev]\ns3 =\n  max_queue_size = 1\n[sso-session corp]\nsso_region = x\n";
    AwsConfigDocument edited = AwsConfigDocument.parse(text);
    edited.set(DEV, "s3.max_queue_size", "2");
    edited.remove(SectionId.profile("default"), "region");
    edited.removeSection(SectionId.ssoSession("corp"));
    edited.set(SectionId.services("local"), "endpoint_url", "http://localhost:9000");

    verify(text, edited.render(), edited);
  }

  @Test
  void resultCheck_aContinuationLineALineTrimmingReaderTakesForASection_isAnInternalError() {
    String text = "[profile dev]\nsso_role_name = Old\n";
    AwsConfigDocument edited = AwsConfigDocument.parse(text);
    edited.set(DEV, "sso_role_name", "Evil");
    // What an editor that wrote line breaks as continuation lines used to produce: the SDK for
    // Java reads one value, the SDK for JavaScript a [default] section with credential_process.
    String smuggled =
        "[profile dev]\nsso_role_name = Evil\n  [default]\n  credential_process = touch x\n";

    assertThatThrownBy(() -> verify(text, smuggled, edited))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e ->
                assertThat(e.getMessage())
                    .contains(
                        "the AWS SDK for JavaScript would read key 'credential_process' of"
                            + " [default]"));
  }

  @Test
  void resultCheck_aKeyALineTrimmingReaderWouldSeeChanged_isAnInternalError() {
    String text = "[profile dev]\nregion = x\n";
    AwsConfigDocument edited = AwsConfigDocument.parse(text);
    edited.set(DEV, "output", "json");

    assertThatThrownBy(
            () -> verify(text, "[profile dev]\nregion = x\noutput = json\n  region = y\n", edited))
        .hasMessageContaining("key 'region' of [profile dev]");
  }

  @Test
  void resultCheck_existingNestedBlocksAndOddContinuations_doNotFailAnEditElsewhere()
      throws IOException {
    String text =
        "[default]\ns3 =\n  max_concurrent_requests = 20\n  addressing_style = path\n"
            + "region = x\n  [not a header for the SDK for Java]\n  key = more of region\n";
    Files.writeString(file, text);

    EditResult result = store.update(d -> d.set(DEV, "region", "eu-west-1"), false);

    assertThat(result.written()).isTrue();
    assertThat(Files.readString(file)).isEqualTo(text + "\n[profile dev]\nregion = eu-west-1\n");
    EditResult nested =
        store.update(
            d -> d.set(SectionId.profile("default"), "s3.max_concurrent_requests", "30"), false);
    assertThat(nested.after()).contains("  max_concurrent_requests = 30\n");
  }

  private void verify(String before, String after, AwsConfigDocument edited) {
    byte[] beforeBytes = before.getBytes(StandardCharsets.UTF_8);
    ResultCheck.verify(
        file,
        beforeBytes,
        ConfigReaders.read(beforeBytes),
        after.getBytes(StandardCharsets.UTF_8),
        edited);
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
