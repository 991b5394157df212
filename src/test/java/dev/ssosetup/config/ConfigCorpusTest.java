package dev.ssosetup.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.testkit.TestLocks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real-looking config files in {@code config-corpus/}, one per case of docs/spec.md §3.1, edited by
 * every kind of change, in memory and through {@link ConfigStore}.
 */
class ConfigCorpusTest {
  private static final SectionId NEW_PROFILE = SectionId.profile("sso-setup-new");
  private static final SectionId NEW_SESSION = SectionId.ssoSession("sso-setup-session");

  @TempDir Path tmp;
  @TempDir Path lockHome;

  /** One kind of change: which section it edits in a given file, and how. */
  private record Change(String name, Function<AwsConfigDocument, Optional<Plan>> plan) {}

  private record Plan(SectionId section, boolean removal, Consumer<AwsConfigDocument> edit) {}

  private static final List<Change> CHANGES =
      List.of(
          new Change(
              "set an existing key",
              d ->
                  existingKey(d, SectionId.Kind.PROFILE)
                      .map(
                          p ->
                              new Plan(
                                  p.getKey(),
                                  false,
                                  doc -> doc.set(p.getKey(), p.getValue(), "sso-setup-changed")))),
          new Change(
              "set an existing sso-session key",
              d ->
                  existingKey(d, SectionId.Kind.SSO_SESSION)
                      .map(
                          p ->
                              new Plan(
                                  p.getKey(),
                                  false,
                                  doc -> doc.set(p.getKey(), p.getValue(), "sso-setup-changed")))),
          new Change(
              "add a key",
              d -> {
                SectionId id =
                    SectionId.profile(
                        d.profileNames().isEmpty() ? "default" : d.profileNames().get(0));
                return Optional.of(
                    new Plan(id, false, doc -> doc.set(id, "sso_setup_added", "yes")));
              }),
          new Change(
              "add a profile",
              d ->
                  Optional.of(
                      new Plan(
                          NEW_PROFILE,
                          false,
                          doc -> {
                            doc.set(NEW_PROFILE, "sso_session", "sso-setup-session");
                            doc.set(NEW_PROFILE, "sso_account_id", "123456789012");
                            doc.set(NEW_PROFILE, "sso_role_name", "ReadOnly");
                            doc.set(NEW_PROFILE, "region", "ap-northeast-1");
                            doc.set(NEW_PROFILE, "output", "json");
                          }))),
          new Change(
              "add an sso-session",
              d ->
                  Optional.of(
                      new Plan(
                          NEW_SESSION,
                          false,
                          doc -> {
                            doc.set(
                                NEW_SESSION,
                                "sso_start_url",
                                "https://d-1234567890.awsapps.com/start");
                            doc.set(NEW_SESSION, "sso_region", "ap-northeast-1");
                            doc.set(NEW_SESSION, "sso_registration_scopes", "sso:account:access");
                          }))),
          new Change(
              "remove a key",
              d ->
                  existingKey(d, SectionId.Kind.PROFILE)
                      .map(
                          p ->
                              new Plan(
                                  p.getKey(), false, doc -> doc.remove(p.getKey(), p.getValue())))),
          new Change(
              "remove a key that is not there",
              d ->
                  Optional.of(
                      new Plan(
                          SectionId.profile("default"),
                          false,
                          doc -> doc.remove(SectionId.profile("default"), "sso_setup_absent")))),
          new Change(
              "remove the first profile",
              d ->
                  d.profileNames().stream()
                      .findFirst()
                      .map(
                          name ->
                              new Plan(
                                  SectionId.profile(name),
                                  true,
                                  doc -> doc.removeSection(SectionId.profile(name))))),
          new Change(
              "remove the last profile",
              d ->
                  d.profileNames().stream()
                      .reduce((a, b) -> b)
                      .map(
                          name ->
                              new Plan(
                                  SectionId.profile(name),
                                  true,
                                  doc -> doc.removeSection(SectionId.profile(name))))),
          new Change(
              "remove an sso-session",
              d ->
                  d.ssoSessionNames().stream()
                      .findFirst()
                      .map(
                          name ->
                              new Plan(
                                  SectionId.ssoSession(name),
                                  true,
                                  doc -> doc.removeSection(SectionId.ssoSession(name))))));

  @TestFactory
  Stream<DynamicContainer> everyFile_survivesEveryChange() throws Exception {
    List<Path> files = corpus();
    assertThat(files).hasSizeGreaterThanOrEqualTo(15);
    return files.stream()
        .filter(file -> !file.getFileName().toString().contains("bom"))
        .map(
            file ->
                DynamicContainer.dynamicContainer(
                    file.getFileName().toString(),
                    CHANGES.stream()
                        // Only the changes that have something to act on in this file.
                        .filter(change -> change.plan().apply(parse(file)).isPresent())
                        .map(
                            change ->
                                DynamicTest.dynamicTest(change.name(), () -> run(file, change)))));
  }

  private static AwsConfigDocument parse(Path file) {
    try {
      return AwsConfigDocument.parse(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void run(Path file, Change change) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    AwsConfigDocument document = AwsConfigDocument.parse(bytes);
    assertThat(document.toBytes()).isEqualTo(bytes);
    EditCheck.assertParity(text, document, file.toString());

    Optional<Plan> plan = change.plan().apply(document);
    assertThat(plan).as("a change with something to act on").isPresent();
    String label = file.getFileName() + ": " + change.name();
    String after =
        EditCheck.check(text, plan.get().section(), plan.get().removal(), plan.get().edit(), label);

    Path stored = Files.createTempDirectory(tmp, "store").resolve("config");
    Files.write(stored, bytes);
    FileTime modified = Files.getLastModifiedTime(stored);
    EditResult result =
        new ConfigStore(stored, TestLocks.in(lockHome)).update(plan.get().edit(), false);

    assertThat(Files.readAllBytes(stored))
        .as(label)
        .isEqualTo(after.getBytes(StandardCharsets.UTF_8));
    assertThat(result.changed()).isEqualTo(!after.equals(text));
    if (result.changed()) {
      assertThat(Files.readAllBytes(stored.resolveSibling("config.bak"))).isEqualTo(bytes);
      assertThat(result.unifiedDiff()).startsWith("--- " + stored + "\n+++ " + stored + "\n@@ ");
    } else {
      assertThat(stored.resolveSibling("config.bak")).doesNotExist();
      assertThat(Files.getLastModifiedTime(stored)).isEqualTo(modified);
      assertThat(result.unifiedDiff()).isEmpty();
    }
  }

  @Test
  void bomFile_isKeptByTheDocument_andRefusedByTheStoreBecauseTheSdkRejectsIt() throws Exception {
    byte[] bytes =
        Files.readAllBytes(
            corpus().stream().filter(p -> p.toString().contains("bom")).findFirst().orElseThrow());
    AwsConfigDocument document = AwsConfigDocument.parse(bytes);
    document.set(NEW_PROFILE, "region", "us-east-1");

    assertThat(document.toBytes()).startsWith(bytes);
    assertThat(document.problem()).contains("Expected a profile definition on line 1");
    EditCheck.assertRefused(TestLocks.in(lockHome), tmp.resolve("bom"), bytes);
    Path file = tmp.resolve("bom").resolve("config");
    assertThatThrownBy(
            () ->
                new ConfigStore(file, TestLocks.in(lockHome))
                    .update(d -> d.set(NEW_PROFILE, "region", "x"), false))
        .hasMessageContaining("byte order mark");
  }

  @Test
  void missingFile_addingAProfile_createsTheFile() throws Exception {
    Path file = tmp.resolve(".aws").resolve("config");
    Files.createDirectories(file.getParent());

    EditResult result =
        new ConfigStore(file, TestLocks.in(lockHome)).update(ConfigCorpusTest::addProfile, false);

    assertThat(result.before()).isEmpty();
    assertThat(Files.readString(file))
        .isEqualTo("[profile sso-setup-new]\nregion = us-east-1\noutput = json\n");
    assertThat(file.resolveSibling("config.bak")).doesNotExist();
    assertThat(SdkViews.sdk(Files.readString(file)))
        .isEqualTo(Map.of(NEW_PROFILE, Map.of("region", "us-east-1", "output", "json")));
  }

  @Test
  void missingFolder_addingAProfile_createsFolderAndFile() throws Exception {
    Path file = tmp.resolve("home").resolve(".aws").resolve("config");
    ConfigStore store = new ConfigStore(file, TestLocks.in(lockHome));

    assertThat(store.read().render()).isEmpty();
    assertThat(file.getParent()).doesNotExist();
    store.update(ConfigCorpusTest::addProfile, false);

    assertThat(Files.readString(file))
        .isEqualTo("[profile sso-setup-new]\nregion = us-east-1\noutput = json\n");
  }

  @Test
  void missingFile_anEditThatChangesNothing_writesNothing() throws Exception {
    Path file = tmp.resolve("config");

    EditResult result =
        new ConfigStore(file, TestLocks.in(lockHome))
            .update(d -> d.remove(NEW_PROFILE, "region"), false);

    assertThat(result.changed()).isFalse();
    assertThat(file).doesNotExist();
  }

  private static void addProfile(AwsConfigDocument document) {
    document.set(NEW_PROFILE, "region", "us-east-1");
    document.set(NEW_PROFILE, "output", "json");
  }

  /** The first section of a kind with a key of its own (not a sub-property), and that key. */
  private static Optional<Map.Entry<SectionId, String>> existingKey(
      AwsConfigDocument document, SectionId.Kind kind) {
    List<String> names =
        kind == SectionId.Kind.PROFILE ? document.profileNames() : document.ssoSessionNames();
    for (String name : names) {
      SectionId id = new SectionId(kind, name);
      for (String key : document.properties(id).keySet()) {
        if (!key.contains(".")) {
          return Optional.of(Map.entry(id, key));
        }
      }
    }
    return Optional.empty();
  }

  private static List<Path> corpus() throws URISyntaxException, IOException {
    Path folder = Path.of(ConfigCorpusTest.class.getResource("/config-corpus").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".ini")).sorted().toList();
    }
  }
}
