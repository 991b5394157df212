package dev.ssosetup.config;

import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The safety net before a write. No reader of the file ({@link ConfigReaders}) may reject a line of
 * the result that it did not reject before: a write never makes a file worse for any of them. Each
 * reader that read the original must read the result as the original with exactly the requested
 * edits applied, every other section and key as it was: the AWS SDK for Java's own {@code
 * ProfileFile}, botocore, and the line-trimming SDK for JavaScript (for which a line break smuggled
 * into a value would show up as a new section or key).
 */
final class ResultCheck {
  private ResultCheck() {}

  /**
   * @param was what the readers made of {@code before}
   * @return the problems the readers still have with the result (each had it before), to warn about
   * @throws UserFacingException (exit 1, nothing written) when a reader would reject a new line, or
   *     read the result otherwise than asked; the message names lines, sections and keys, never
   *     values (they may be secrets)
   */
  static List<ConfigReaders.Problem> verify(
      Path file,
      byte[] before,
      ConfigReaders.Readings was,
      byte[] after,
      AwsConfigDocument edited) {
    // One reading of the result at a time: with thousands of profiles each is megabytes, and a
    // process's peak memory is what it holds at once (docs/decisions/0003-fast-start-up.md).
    List<ConfigReaders.Problem> remaining = verifyReaders(file, was, after, edited.edits());
    if (was.reads(ConfigReaders.Reader.JAVA)) {
      verifySdk(
          file,
          ConfigStore.sdkRead(before),
          namedSections(AwsConfigDocument.parse(before)),
          after,
          edited);
    }
    return remaining;
  }

  /**
   * botocore and the line-trimming reader read the result as the original with exactly the edits.
   *
   * @return the problems the readers still have with the result
   */
  private static List<ConfigReaders.Problem> verifyReaders(
      Path file, ConfigReaders.Readings was, byte[] after, List<AwsConfigDocument.Edit> edits) {
    ConfigReaders.Readings is = ConfigReaders.read(after);
    refuseNewProblems(file, was, is);
    ReaderCheck.explainChanges(
        file,
        ConfigReaders.Reader.LINE_TRIMMING,
        was.lineTrimming(),
        is.lineTrimming(),
        edits,
        LineTrimmingReader::sectionId);
    if (was.reads(ConfigReaders.Reader.BOTOCORE)) {
      ReaderCheck.explainChanges(
          file,
          ConfigReaders.Reader.BOTOCORE,
          was.botocore(),
          is.botocore(),
          edits,
          ReaderCheck::botocoreSection);
    }
    return is.problems();
  }

  /** Every problem of the result must be one the original had (the same line, the same reason). */
  private static void refuseNewProblems(
      Path file, ConfigReaders.Readings was, ConfigReaders.Readings is) {
    Map<String, Integer> old = new HashMap<>();
    was.problems().forEach(p -> old.merge(p.identity(), 1, Integer::sum));
    for (ConfigReaders.Problem problem : is.problems()) {
      if (old.merge(problem.identity(), -1, Integer::sum) < 0) {
        throw UserFacingException.failure(
            problem.line() > 0
                ? Text.of(
                    "config.result.newProblemAt",
                    file,
                    problem.reader().label(),
                    problem.line(),
                    problem.reason())
                : Text.of(
                    "config.result.newProblem", file, problem.reader().label(), problem.reason()),
            Text.of("config.result.newProblem.hint"));
      }
    }
  }

  /**
   * The SDK for Java reads the result as the original with exactly the edits applied.
   *
   * @throws UserFacingException (exit 1) when it does not
   */
  static void verifySdk(
      Path file,
      ProfileFile sdkBefore,
      Set<SectionId> sectionsBefore,
      byte[] after,
      AwsConfigDocument edited) {
    ProfileFile sdkAfter;
    try {
      sdkAfter = ConfigStore.sdkRead(after);
    } catch (RuntimeException e) {
      throw internal(file, Text.of("config.result.invalid", ConfigStore.sdkReason(after, e)));
    }
    Set<SectionId> sections = new LinkedHashSet<>(sectionsBefore);
    sections.addAll(namedSections(edited));
    Map<SectionId, Map<String, String>> expected = view(sdkBefore, sections, LinkedHashMap::new);
    Map<SectionId, Set<String>> touched = new HashMap<>();
    for (AwsConfigDocument.Edit edit : edited.edits()) {
      switch (edit.kind()) {
        case SET ->
            expected
                .computeIfAbsent(edit.id(), id -> new LinkedHashMap<>())
                .put(edit.key(), edit.value());
        case REMOVE -> {
          Map<String, String> properties = expected.get(edit.id());
          if (properties != null) {
            properties.remove(edit.key());
          }
        }
        case REMOVE_SECTION -> expected.remove(edit.id());
      }
      if (edit.key() != null) {
        touched.computeIfAbsent(edit.id(), id -> new HashSet<>()).add(edit.key());
      }
    }
    // Only read: the SDK's own maps, not copies of them.
    Map<SectionId, Map<String, String>> actual = view(sdkAfter, sections, properties -> properties);

    Set<SectionId> all = new LinkedHashSet<>(expected.keySet());
    all.addAll(actual.keySet());
    for (SectionId id : all) {
      Map<String, String> want = expected.get(id);
      Map<String, String> got = actual.get(id);
      if ((want == null) != (got == null)) {
        throw internal(
            file,
            Text.of(got == null ? "config.result.missing" : "config.result.present", id.header()));
      }
      if (want == null) {
        continue;
      }
      Set<String> keys = new LinkedHashSet<>(want.keySet());
      keys.addAll(got.keySet());
      for (String key : keys) {
        boolean asked = touched.getOrDefault(id, Set.of()).contains(key);
        if ((asked || !derived(touched.get(id), key))
            && !Objects.equals(want.get(key), got.get(key))) {
          throw internal(file, Text.of("config.result.keyDiffers", key, id.header()));
        }
      }
    }
  }

  /**
   * Whether a key's value follows from a changed key: the SDK reads each sub-property of {@code s3}
   * also as {@code s3.NAME}, so changing one changes the other.
   */
  static boolean derived(Set<String> touched, String key) {
    if (touched == null) {
      return false;
    }
    for (String changed : touched) {
      if (key.startsWith(changed + ".") || changed.startsWith(key + ".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sso-session and services sections a document names; ProfileFile can look them up but not
   * list them.
   */
  static Set<SectionId> namedSections(AwsConfigDocument document) {
    Set<SectionId> sections = new LinkedHashSet<>();
    document.ssoSessionNames().forEach(name -> sections.add(SectionId.ssoSession(name)));
    document.servicesNames().forEach(name -> sections.add(SectionId.services(name)));
    return sections;
  }

  /** Every profile, and the named sessions and services, as the SDK reads them. */
  static Map<SectionId, Map<String, String>> view(ProfileFile sdk, Set<SectionId> sections) {
    return view(sdk, sections, LinkedHashMap::new);
  }

  /** The same, each section's properties as {@code properties} makes them of the SDK's. */
  private static Map<SectionId, Map<String, String>> view(
      ProfileFile sdk, Set<SectionId> sections, UnaryOperator<Map<String, String>> properties) {
    Map<SectionId, Map<String, String>> view = new LinkedHashMap<>();
    sdk.profiles()
        .forEach(
            (name, profile) ->
                view.put(SectionId.profile(name), properties.apply(profile.properties())));
    for (SectionId id : sections) {
      String type = id.kind() == SectionId.Kind.SSO_SESSION ? "sso-session" : "services";
      sdk.getSection(type, id.name())
          .map(Profile::properties)
          .ifPresent(found -> view.put(id, properties.apply(found)));
    }
    return view;
  }

  static UserFacingException internal(Path file, Text what) {
    return UserFacingException.failure(
        Text.of("config.result.internal", file, what), Text.of("config.result.internal.hint"));
  }
}
