package dev.ssosetup.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Property tests over generated files (see {@link ConfigGenerator}), seeded so that a failure can
 * be reproduced: every test's name and failure message carry its seed. Run with {@code
 * -Dconfig.seed=N} to explore other files.
 */
class AwsConfigDocumentPropertyTest {
  private static final long BASE_SEED = Long.getLong("config.seed", 20261127L);
  private static final int EDIT_CASES = 600;

  /** Every line outside the edited section stays, and ProfileFile reads exactly the edit. */
  @TestFactory
  Stream<DynamicTest> anyFileAndAnyEdit_changesOnlyTheEditedSection() {
    List<DynamicTest> tests = new ArrayList<>();
    for (long seed = BASE_SEED; tests.size() < EDIT_CASES; seed++) {
      long caseSeed = seed;
      ConfigGenerator generator = new ConfigGenerator(caseSeed);
      String text = generator.file();
      if (SdkViews.sdkProblem(text) != null) {
        continue; // files the SDK rejects are covered below
      }
      tests.add(
          DynamicTest.dynamicTest(
              "seed " + caseSeed,
              () -> {
                AwsConfigDocument document = AwsConfigDocument.parse(text);
                ConfigGenerator.Change change = generator.change(document);
                String label = reproduce(caseSeed) + ": " + change.description();
                assertThat(document.render()).as(label).isEqualTo(text);
                EditCheck.assertParity(text, document, label);
                EditCheck.check(text, change.section(), change.removal(), change.edit(), label);
              }));
    }
    return tests.stream();
  }

  /** Parse then render is the identity for any text, and the document reads what the SDK reads. */
  @TestFactory
  Stream<DynamicTest> anyText_rendersBackExactlyAndReadsAsTheSdkDoes() {
    return LongStream.range(BASE_SEED, BASE_SEED + 400)
        .mapToObj(
            seed ->
                DynamicTest.dynamicTest(
                    "seed " + seed,
                    () -> {
                      ConfigGenerator generator = new ConfigGenerator(seed);
                      String text = seed % 2 == 0 ? generator.garbage() : generator.file();
                      String label = reproduce(seed) + "\n" + UntouchedLines.show(text);
                      AwsConfigDocument document = AwsConfigDocument.parse(text);

                      assertThat(document.render()).as(label).isEqualTo(text);
                      readEverything(document);
                      assertProblemIsTheSdks(
                          text.getBytes(StandardCharsets.UTF_8), document, label);
                      EditCheck.assertParity(text, document, label);
                    }));
  }

  /** The same for bytes that are often not UTF-8: toBytes() gives them back exactly. */
  @TestFactory
  Stream<DynamicTest> anyBytes_comeBackExactly() {
    return LongStream.range(BASE_SEED, BASE_SEED + 200)
        .mapToObj(
            seed ->
                DynamicTest.dynamicTest(
                    "seed " + seed,
                    () -> {
                      byte[] bytes = new ConfigGenerator(seed).garbageBytes();
                      AwsConfigDocument document = AwsConfigDocument.parse(bytes);
                      String label = reproduce(seed);

                      assertThat(document.toBytes()).as(label).isEqualTo(bytes);
                      assertThat(document.render())
                          .as(label)
                          .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
                      readEverything(document);
                      assertProblemIsTheSdks(bytes, document, label);
                    }));
  }

  private static void readEverything(AwsConfigDocument document) {
    document.problem();
    for (String name : document.profileNames()) {
      document
          .properties(SectionId.profile(name))
          .keySet()
          .forEach(key -> document.get(SectionId.profile(name), key));
    }
    document.ssoSessionNames().forEach(name -> document.contains(SectionId.ssoSession(name)));
    document.servicesNames().forEach(name -> document.properties(SectionId.services(name)));
  }

  /** The document finds a problem exactly when the SDK fails, with the SDK's own message. */
  private static void assertProblemIsTheSdks(
      byte[] bytes, AwsConfigDocument document, String label) {
    String sdkMessage = null;
    boolean sdkFails = false;
    try {
      ProfileFile.builder()
          .content(new ByteArrayInputStream(bytes))
          .type(ProfileFile.Type.CONFIGURATION)
          .build();
    } catch (IllegalArgumentException e) {
      sdkFails = true;
      sdkMessage = e.getMessage();
    } catch (RuntimeException e) {
      sdkFails = true; // a lone '[' makes the SDK fail with an index error
    }
    assertThat(document.problem().isPresent()).as(label).isEqualTo(sdkFails);
    if (sdkMessage != null) {
      assertThat(document.problem()).as(label).contains(sdkMessage);
    }
  }

  private static String reproduce(long seed) {
    return "seed " + seed + " (new ConfigGenerator(" + seed + "L))";
  }
}
