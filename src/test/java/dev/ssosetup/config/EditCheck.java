package dev.ssosetup.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.files.FileLocks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Applies an edit to a file's text and checks everything the editor promises about it. */
final class EditCheck {
  private EditCheck() {}

  /**
   * Edits one section and checks: every line outside it is byte-identical; ProfileFile reads the
   * original plus exactly the edit (every other section as it was); the document reads the result
   * as ProfileFile does; and doing the same edit again changes nothing.
   *
   * @return the edited text
   */
  static String check(
      String text,
      SectionId edited,
      boolean removal,
      Consumer<AwsConfigDocument> edit,
      String label) {
    AwsConfigDocument original = AwsConfigDocument.parse(text);
    AwsConfigDocument document = AwsConfigDocument.parse(text);
    edit.accept(document);
    String after = document.render();
    String context =
        label
            + "\n--- before:\n"
            + UntouchedLines.show(text)
            + "\n--- after:\n"
            + UntouchedLines.show(after);

    UntouchedLines.assertOnlySectionChanged(text, after, edited, removal, label);

    Map<SectionId, Map<String, String>> expected = SdkViews.sdk(text, original, document);
    for (AwsConfigDocument.Edit change : document.edits()) {
      expected = SdkViews.apply(expected, change);
    }
    Map<SectionId, Map<String, String>> actual = SdkViews.sdk(after, original, document);
    for (AwsConfigDocument.Edit change : document.edits()) {
      expected = SdkViews.withoutDerived(expected, change.id(), change.key());
      actual = SdkViews.withoutDerived(actual, change.id(), change.key());
    }
    assertThat(actual).as(context).isEqualTo(expected);

    assertParity(after, document, context);

    AwsConfigDocument again = AwsConfigDocument.parse(after);
    edit.accept(again);
    assertThat(again.render())
        .as("the same edit again changes nothing\n" + context)
        .isEqualTo(after);
    return after;
  }

  /**
   * The document reads what ProfileFile reads: the same profiles in the same order, same values.
   */
  static void assertParity(String text, AwsConfigDocument document, String context) {
    String sdkProblem = SdkViews.sdkProblem(text);
    assertThat(document.problem().isPresent())
        .as("problem() agrees with the SDK\n" + context)
        .isEqualTo(sdkProblem != null);
    if (sdkProblem != null) {
      return;
    }
    Map<SectionId, Map<String, String>> sdk = SdkViews.sdk(text, document);
    assertThat(SdkViews.model(document)).as(context).isEqualTo(sdk);
    List<String> sdkProfiles =
        ConfigStore.sdkRead(text.getBytes(StandardCharsets.UTF_8)).profiles().keySet().stream()
            .toList();
    assertThat(document.profileNames()).as(context).isEqualTo(sdkProfiles);
  }

  /**
   * A file the AWS SDK for Java rejects: ConfigStore refuses it (exit 2, as {@link #assertRefused})
   * when botocore rejects it too; else it makes the edit (a new profile at the end, every byte of
   * the file before it in place) and warns about the lines the SDK rejects.
   */
  static void assertRefusedOrEditedWithAWarning(FileLocks locks, Path folder, byte[] content)
      throws IOException {
    if (!ConfigReaders.read(content).reads(ConfigReaders.Reader.BOTOCORE)) {
      assertRefused(locks, folder, content);
      return;
    }
    Files.createDirectories(folder);
    Path file = folder.resolve("config");
    Files.write(file, content);

    EditResult result =
        new ConfigStore(file, locks)
            .update(d -> d.set(SectionId.profile("sso-setup-test"), "region", "us-east-1"), false);

    assertThat(Files.readAllBytes(file)).startsWith(content);
    assertThat(Files.readString(file)).contains("\n[profile sso-setup-test]\nregion = us-east-1");
    assertThat(result.warnings())
        .isNotEmpty()
        .allMatch(w -> w.toString().contains("the AWS SDK for Java"));
  }

  /**
   * ConfigStore refuses the file with exit 2, and leaves it and its folder as they were (no lock
   * file beside it: locks live in sso-setup's own folder).
   */
  static void assertRefused(FileLocks locks, Path folder, byte[] content) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve("config");
    Files.write(file, content);
    ConfigStore store = new ConfigStore(file, locks);

    assertThatThrownBy(
            () ->
                store.update(
                    d -> d.set(SectionId.profile("sso-setup-test"), "region", "us-east-1"), false))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
              assertThat(e.getMessage()).startsWith(file + " is not a valid AWS config file: ");
              assertThat(e.hint()).isEqualTo("Fix the file, then run the command again.");
            });
    assertThat(Files.readAllBytes(file)).isEqualTo(content);
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("config");
    }
  }
}
