package dev.ssosetup.config;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.profiles.ProfileFile;

/** What the SDK's ProfileFile and the document read from a text, as comparable maps. */
final class SdkViews {
  private SdkViews() {}

  /** Every profile, and every sso-session and services section the documents name, per the SDK. */
  static Map<SectionId, Map<String, String>> sdk(String text, AwsConfigDocument... documents) {
    ProfileFile file = ConfigStore.sdkRead(text.getBytes(StandardCharsets.UTF_8));
    Set<SectionId> sections = new LinkedHashSet<>();
    for (AwsConfigDocument document : documents) {
      sections.addAll(ResultCheck.namedSections(document));
    }
    sections.addAll(ResultCheck.namedSections(AwsConfigDocument.parse(text)));
    return ResultCheck.view(file, sections);
  }

  /** The same, as the document reads it. */
  static Map<SectionId, Map<String, String>> model(AwsConfigDocument document) {
    Map<SectionId, Map<String, String>> view = new LinkedHashMap<>();
    for (String name : document.profileNames()) {
      view.put(SectionId.profile(name), document.properties(SectionId.profile(name)));
    }
    for (SectionId id : ResultCheck.namedSections(document)) {
      view.put(id, document.properties(id));
    }
    return view;
  }

  /** Whether the SDK accepts the text; its message when it does not. */
  static String sdkProblem(String text) {
    try {
      ConfigStore.sdkRead(text.getBytes(StandardCharsets.UTF_8));
      return null;
    } catch (RuntimeException e) {
      return String.valueOf(e.getMessage());
    }
  }

  /**
   * A view with one edit applied, as the SDK should read it afterwards. Keys that follow from an
   * edited key (the SDK reads sub-property {@code x} of {@code s3} also as {@code s3.x}) are left
   * out of both sides by {@link #withoutDerived}.
   */
  static Map<SectionId, Map<String, String>> apply(
      Map<SectionId, Map<String, String>> view, AwsConfigDocument.Edit edit) {
    Map<SectionId, Map<String, String>> result = new LinkedHashMap<>();
    view.forEach((id, properties) -> result.put(id, new LinkedHashMap<>(properties)));
    switch (edit.kind()) {
      case SET ->
          result
              .computeIfAbsent(edit.id(), id -> new LinkedHashMap<>())
              .put(edit.key(), edit.value());
      case REMOVE -> {
        if (result.containsKey(edit.id())) {
          result.get(edit.id()).remove(edit.key());
        }
      }
      case REMOVE_SECTION -> result.remove(edit.id());
    }
    return result;
  }

  /** The view without the keys of {@code id} that are derived from, or parents of, {@code key}. */
  static Map<SectionId, Map<String, String>> withoutDerived(
      Map<SectionId, Map<String, String>> view, SectionId id, String key) {
    Map<SectionId, Map<String, String>> result = new LinkedHashMap<>();
    view.forEach(
        (section, properties) -> {
          Map<String, String> copy = new LinkedHashMap<>(properties);
          if (section.equals(id) && key != null) {
            copy.keySet().removeIf(k -> k.startsWith(key + ".") || key.startsWith(k + "."));
          }
          result.put(section, copy);
        });
    return result;
  }
}
