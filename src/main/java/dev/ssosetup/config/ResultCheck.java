package dev.ssosetup.config;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.UserFacingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The safety net before a write: the SDK's own reader must read the edited file as the original
 * with exactly the requested edits applied, every other section and key as it was; and a
 * line-trimming reader ({@link LineTrimmingReader}, the AWS SDK for JavaScript) must see no change
 * but those edits either, so that no write can make it read a new section or key.
 */
final class ResultCheck {
  private ResultCheck() {}

  /**
   * @throws UserFacingException (exit 1, nothing written) when the result does not parse or differs
   *     from what was asked; the message names sections and keys, never values (they may be
   *     secrets)
   */
  static void verify(
      Path file,
      ProfileFile sdkBefore,
      Set<SectionId> sectionsBefore,
      byte[] before,
      byte[] after,
      AwsConfigDocument edited) {
    verifyLineTrimming(file, before, after, edited.edits());
    ProfileFile sdkAfter;
    try {
      sdkAfter = ConfigStore.sdkRead(after);
    } catch (RuntimeException e) {
      throw internal(
          file, "the result would not be a valid config file: " + ConfigStore.sdkReason(after, e));
    }
    Set<SectionId> sections = new LinkedHashSet<>(sectionsBefore);
    sections.addAll(namedSections(edited));
    Map<SectionId, Map<String, String>> expected = view(sdkBefore, sections);
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
    Map<SectionId, Map<String, String>> actual = view(sdkAfter, sections);

    Set<SectionId> all = new LinkedHashSet<>(expected.keySet());
    all.addAll(actual.keySet());
    for (SectionId id : all) {
      Map<String, String> want = expected.get(id);
      Map<String, String> got = actual.get(id);
      if ((want == null) != (got == null)) {
        throw internal(file, id.header() + " would be " + (got == null ? "missing" : "present"));
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
          throw internal(
              file, "key '" + key + "' of " + id.header() + " would not read back as intended");
        }
      }
    }
  }

  /**
   * Every key whose value a line-trimming reader reads differently after the edit must be one the
   * edit touched, with the value it set (or gone, when it was removed or set empty, which that
   * reader skips): a line break smuggled into the file as an indented line would show up here as a
   * new key or section.
   */
  static void verifyLineTrimming(
      Path file, byte[] before, byte[] after, List<AwsConfigDocument.Edit> edits) {
    Map<String, Map<String, String>> was =
        LineTrimmingReader.read(new String(before, StandardCharsets.UTF_8));
    Map<String, Map<String, String>> is =
        LineTrimmingReader.read(new String(after, StandardCharsets.UTF_8));
    Map<SectionId, Map<String, String>> wanted = new HashMap<>();
    Map<SectionId, Set<String>> touched = new HashMap<>();
    Set<SectionId> removed = new HashSet<>();
    for (AwsConfigDocument.Edit edit : edits) {
      if (edit.kind() == AwsConfigDocument.Edit.Kind.REMOVE_SECTION) {
        removed.add(edit.id());
        wanted.remove(edit.id());
        continue;
      }
      touched.computeIfAbsent(edit.id(), id -> new HashSet<>()).add(edit.key());
      String value = edit.value() == null || edit.value().isEmpty() ? null : edit.value();
      wanted.computeIfAbsent(edit.id(), id -> new HashMap<>()).put(edit.key(), value);
    }
    Set<String> sections = new LinkedHashSet<>(was.keySet());
    sections.addAll(is.keySet());
    for (String section : sections) {
      Map<String, String> old = was.getOrDefault(section, Map.of());
      Map<String, String> now = is.getOrDefault(section, Map.of());
      Set<String> keys = new LinkedHashSet<>(old.keySet());
      keys.addAll(now.keySet());
      SectionId id = LineTrimmingReader.sectionId(section);
      for (String key : keys) {
        String value = now.get(key);
        if (Objects.equals(old.get(key), value) || id != null && removed.contains(id)) {
          continue;
        }
        Map<String, String> set = id == null ? Map.of() : wanted.getOrDefault(id, Map.of());
        boolean explained =
            set.containsKey(key)
                ? Objects.equals(set.get(key), value)
                : derived(id == null ? null : touched.get(id), key);
        if (!explained) {
          throw internal(
              file,
              "a reader that trims each line (the AWS SDK for JavaScript) would read key '"
                  + key
                  + "' of ["
                  + section
                  + "] differently");
        }
      }
    }
  }

  /**
   * Whether a key's value follows from a changed key: the SDK reads each sub-property of {@code s3}
   * also as {@code s3.NAME}, so changing one changes the other.
   */
  private static boolean derived(Set<String> touched, String key) {
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
    Map<SectionId, Map<String, String>> view = new LinkedHashMap<>();
    sdk.profiles()
        .forEach(
            (name, profile) ->
                view.put(SectionId.profile(name), new LinkedHashMap<>(profile.properties())));
    for (SectionId id : sections) {
      String type = id.kind() == SectionId.Kind.SSO_SESSION ? "sso-session" : "services";
      sdk.getSection(type, id.name())
          .map(Profile::properties)
          .ifPresent(properties -> view.put(id, new LinkedHashMap<>(properties)));
    }
    return view;
  }

  private static UserFacingException internal(Path file, String what) {
    return new UserFacingException(
        ExitCode.FAILURE,
        "Internal error: the edit of " + file + " was not written, because " + what + ".",
        "Please report this problem; the file is unchanged.",
        null);
  }
}
