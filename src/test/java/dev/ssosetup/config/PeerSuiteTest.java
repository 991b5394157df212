package dev.ssosetup.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.Json;
import dev.ssosetup.testkit.TestLocks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The AWS SDKs' cross-SDK profile-parser suite and 43 config files from their tests (in {@code
 * peer-tests/}, Apache-2.0, from smithy-lang/smithy-rs; see its README).
 *
 * <p>The suite is written for every SDK; the Java SDK, our reader of record, differs from it in two
 * documented ways, which {@link #asTheSuiteWritesIt} undoes before comparing: it keeps the case of
 * property names (the suite lowercases them), and it also reads each sub-property of {@code s3} as
 * {@code s3.NAME}.
 */
class PeerSuiteTest {
  private static final SectionId NEW_PROFILE = SectionId.profile("sso-setup-test");
  private static final SectionId NEW_SESSION = SectionId.ssoSession("sso-setup-test");
  private static final String MARKER = "sso_setup_marker";

  @TempDir Path tmp;
  @TempDir Path lockHome;

  @TestFactory
  Stream<DynamicTest> parserSuite_everyCaseSurvivesEditsOrIsRefused() throws Exception {
    Path json = resource("aws-sdk-profile-parser-tests.json");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> cases =
        (List<Map<String, Object>>) Json.parseObject(Files.readString(json)).get("tests");
    return IntStream.range(0, cases.size())
        .filter(i -> input(cases.get(i)).containsKey("configFile"))
        .mapToObj(
            i ->
                DynamicTest.dynamicTest(
                    "#" + i + " " + cases.get(i).get("name"), () -> checkCase(i, cases.get(i))));
  }

  @TestFactory
  Stream<DynamicTest> realConfigs_surviveEditsOrAreRefused() throws Exception {
    List<Path> files;
    try (Stream<Path> listing = Files.list(resource("configs"))) {
      files = listing.filter(p -> p.toString().endsWith(".ini")).sorted().toList();
    }
    assertThat(files).hasSize(43);
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(file.getFileName().toString(), () -> checkConfig(file)));
  }

  private void checkConfig(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(AwsConfigDocument.parse(bytes).toBytes()).isEqualTo(bytes);
    if (SdkViews.sdkProblem(text) != null) {
      EditCheck.assertRefusedOrEditedWithAWarning(
          TestLocks.in(lockHome), tmp.resolve(file.getFileName().toString()), bytes);
      return;
    }
    editEverything(text, file.getFileName().toString());
    editThroughTheStore(bytes, file.getFileName().toString());
  }

  @SuppressWarnings("unchecked")
  private void checkCase(int index, Map<String, Object> testCase) throws IOException {
    String label = "#" + index + " " + testCase.get("name");
    String config = (String) input(testCase).get("configFile");
    String credentials = (String) input(testCase).get("credentialsFile");
    Map<String, Object> output = (Map<String, Object>) testCase.get("output");
    AwsConfigDocument document = AwsConfigDocument.parse(config);
    assertThat(document.render()).isEqualTo(config);

    if (output.containsKey("errorContaining")) {
      assertThat(document.problem()).as(label).isPresent();
      EditCheck.assertRefusedOrEditedWithAWarning(
          TestLocks.in(lockHome),
          tmp.resolve("case-" + index),
          config.getBytes(StandardCharsets.UTF_8));
      return;
    }
    Map<String, Object> expected = (Map<String, Object>) output.get("config");
    Map<String, Map<String, String>> profiles =
        (Map<String, Map<String, String>>) expected.get("profiles");
    Map<String, Map<String, String>> sessions =
        (Map<String, Map<String, String>>) expected.getOrDefault("sso_sessions", Map.of());

    assertSdkReads(config, credentials, profiles, sessions, label);
    assertThat(document.ssoSessionNames())
        .as(label)
        .containsExactlyInAnyOrderElementsOf(sessions.keySet());

    String after = editEverything(config, label);

    Map<String, Map<String, String>> profilesAfter = copy(profiles);
    profilesAfter.put(NEW_PROFILE.name(), Map.of("region", "us-east-1", "output", "json"));
    firstConfigProfile(document).ifPresent(name -> profilesAfter.get(name).put(MARKER, "yes"));
    Map<String, Map<String, String>> sessionsAfter = copy(sessions);
    sessionsAfter.put(NEW_SESSION.name(), Map.of("sso_region", "us-east-1"));
    assertSdkReads(after, credentials, profilesAfter, sessionsAfter, label);

    editThroughTheStore(config.getBytes(StandardCharsets.UTF_8), label);
  }

  /** Three edits, each checked on its own, then together; returns the text with all three. */
  private static String editEverything(String text, String label) {
    AwsConfigDocument document = AwsConfigDocument.parse(text);
    Optional<String> first = firstConfigProfile(document);
    first.ifPresent(
        name ->
            EditCheck.check(
                text,
                SectionId.profile(name),
                false,
                d -> d.set(SectionId.profile(name), MARKER, "yes"),
                label));
    EditCheck.check(text, NEW_PROFILE, false, PeerSuiteTest::addProfile, label);
    EditCheck.check(text, NEW_SESSION, false, PeerSuiteTest::addSession, label);
    Consumer<AwsConfigDocument> all =
        d -> {
          first.ifPresent(name -> d.set(SectionId.profile(name), MARKER, "yes"));
          addProfile(d);
          addSession(d);
        };
    AwsConfigDocument edited = AwsConfigDocument.parse(text);
    all.accept(edited);
    return edited.render();
  }

  private void editThroughTheStore(byte[] bytes, String label) throws IOException {
    Path folder = Files.createTempDirectory(tmp, "store");
    Path file = folder.resolve("config");
    Files.write(file, bytes);
    AwsConfigDocument expected = AwsConfigDocument.parse(bytes);
    addProfile(expected);

    EditResult result =
        new ConfigStore(file, TestLocks.in(lockHome)).update(PeerSuiteTest::addProfile, false);

    assertThat(result.written()).as(label).isTrue();
    assertThat(Files.readAllBytes(file)).as(label).isEqualTo(expected.toBytes());
    assertThat(Files.readAllBytes(folder.resolve("config.bak"))).as(label).isEqualTo(bytes);
  }

  private static void addProfile(AwsConfigDocument document) {
    document.set(NEW_PROFILE, "region", "us-east-1");
    document.set(NEW_PROFILE, "output", "json");
  }

  private static void addSession(AwsConfigDocument document) {
    document.set(NEW_SESSION, "sso_region", "us-east-1");
  }

  /**
   * A profile that the config file itself declares (a case may add some from its credentials file).
   */
  private static Optional<String> firstConfigProfile(AwsConfigDocument document) {
    return document.profileNames().stream().findFirst();
  }

  private static void assertSdkReads(
      String config,
      String credentials,
      Map<String, Map<String, String>> profiles,
      Map<String, Map<String, String>> sessions,
      String label) {
    ProfileFile.Aggregator aggregator = ProfileFile.aggregator();
    if (credentials != null) {
      aggregator.addFile(read(credentials, ProfileFile.Type.CREDENTIALS));
    }
    ProfileFile sdk = aggregator.addFile(read(config, ProfileFile.Type.CONFIGURATION)).build();
    AwsConfigDocument document = AwsConfigDocument.parse(config);
    Map<String, Map<String, String>> actual = new LinkedHashMap<>();
    sdk.profiles()
        .forEach(
            (name, profile) -> {
              Set<String> order = document.properties(SectionId.profile(name)).keySet();
              actual.put(name, asTheSuiteWritesIt(profile.properties(), order));
            });
    assertThat(actual).as(label + "\n" + config).isEqualTo(profiles);

    Set<String> names = new LinkedHashSet<>(sessions.keySet());
    names.addAll(document.ssoSessionNames());
    for (String name : names) {
      Set<String> order = document.properties(SectionId.ssoSession(name)).keySet();
      Optional<Map<String, String>> session =
          sdk.getSection("sso-session", name)
              .map(Profile::properties)
              .map(properties -> asTheSuiteWritesIt(properties, order));
      assertThat(session)
          .as(label + " sso-session " + name)
          .isEqualTo(Optional.ofNullable(sessions.get(name)));
    }
  }

  /**
   * Undoes the Java SDK's two documented differences from the cross-SDK suite. Keys that differ
   * only in case are merged in file order (the later wins, as in the suite); {@code Profile} does
   * not keep that order, so it comes from the document.
   */
  private static Map<String, String> asTheSuiteWritesIt(
      Map<String, String> properties, Set<String> fileOrder) {
    Set<String> keys = new LinkedHashSet<>(fileOrder);
    keys.retainAll(properties.keySet());
    keys.addAll(properties.keySet());
    Map<String, String> result = new LinkedHashMap<>();
    keys.forEach(
        key -> {
          String value = properties.get(key);
          boolean subProperty =
              properties.entrySet().stream()
                  .anyMatch(e -> key.startsWith(e.getKey() + ".") && e.getValue().startsWith("\n"));
          if (!subProperty) {
            result.put(key.toLowerCase(Locale.ROOT), value);
          }
        });
    return result;
  }

  private static ProfileFile read(String text, ProfileFile.Type type) {
    return ProfileFile.builder()
        .content(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
        .type(type)
        .build();
  }

  private static Map<String, Map<String, String>> copy(Map<String, Map<String, String>> sections) {
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    sections.forEach((name, properties) -> copy.put(name, new LinkedHashMap<>(properties)));
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> input(Map<String, Object> testCase) {
    return (Map<String, Object>) testCase.get("input");
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(PeerSuiteTest.class.getResource("/peer-tests/" + name).toURI());
  }
}
