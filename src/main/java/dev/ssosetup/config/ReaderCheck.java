package dev.ssosetup.config;

import dev.ssosetup.common.Text;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks an edit as a reader other than the SDK for Java sees it (botocore, the line-trimming SDK
 * for JavaScript): every key whose value that reader reads differently after the edit must be one
 * the edit touched, with the value it set, or gone when it was removed (or set empty, which the
 * line-trimming reader skips).
 */
final class ReaderCheck {
  private ReaderCheck() {}

  /**
   * @param section which section a raw section name is, for that reader (null: none we edit)
   * @throws dev.ssosetup.common.UserFacingException (exit 1) for a change the edits do not explain
   */
  static void explainChanges(
      Path file,
      ConfigReaders.Reader reader,
      Map<String, Map<String, String>> was,
      Map<String, Map<String, String>> is,
      List<AwsConfigDocument.Edit> edits,
      Function<String, SectionId> section) {
    boolean lowercase = reader == ConfigReaders.Reader.BOTOCORE; // it lowercases key names
    Map<SectionId, Map<String, String>> wanted = new HashMap<>();
    Map<SectionId, Set<String>> touched = new HashMap<>();
    Set<SectionId> removed = new HashSet<>();
    for (AwsConfigDocument.Edit edit : edits) {
      if (edit.kind() == AwsConfigDocument.Edit.Kind.REMOVE_SECTION) {
        removed.add(edit.id());
        wanted.remove(edit.id());
        continue;
      }
      String key = lowercase ? edit.key().toLowerCase(Locale.ROOT) : edit.key();
      touched.computeIfAbsent(edit.id(), id -> new HashSet<>()).add(key);
      boolean skipped = reader == ConfigReaders.Reader.LINE_TRIMMING && "".equals(edit.value());
      wanted
          .computeIfAbsent(edit.id(), id -> new HashMap<>())
          .put(key, skipped ? null : edit.value());
    }
    Set<String> sections = new LinkedHashSet<>(was.keySet());
    sections.addAll(is.keySet());
    for (String name : sections) {
      Map<String, String> old = keys(was.get(name), lowercase);
      Map<String, String> now = keys(is.get(name), lowercase);
      Set<String> keys = new LinkedHashSet<>(old.keySet());
      keys.addAll(now.keySet());
      SectionId id = section.apply(name);
      for (String key : keys) {
        String value = now.get(key);
        if (Objects.equals(old.get(key), value) || id != null && removed.contains(id)) {
          continue;
        }
        Map<String, String> set = id == null ? Map.of() : wanted.getOrDefault(id, Map.of());
        boolean explained =
            set.containsKey(key)
                ? sameValue(set.get(key), value, lowercase)
                : ResultCheck.derived(id == null ? null : touched.get(id), key);
        if (!explained) {
          throw ResultCheck.internal(
              file, Text.of("config.result.readerDiffers", reader.label(), key, "[" + name + "]"));
        }
      }
    }
  }

  /**
   * Whether the reader reads the value set; botocore also keeps a comment after a value, which an
   * edit keeps when it rewrites a line.
   */
  private static boolean sameValue(String set, String read, boolean commentKept) {
    if (Objects.equals(set, read)) {
      return true;
    }
    if (!commentKept || set == null || read == null || !read.startsWith(set)) {
      return false;
    }
    String tail = read.substring(set.length()).stripLeading();
    return read.length() > set.length()
        && Character.isWhitespace(read.charAt(set.length()))
        && (tail.startsWith("#") || tail.startsWith(";"));
  }

  private static Map<String, String> keys(Map<String, String> section, boolean lowercase) {
    if (section == null) {
      return Map.of();
    }
    if (!lowercase) {
      return section;
    }
    Map<String, String> lower = new LinkedHashMap<>();
    section.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value));
    return lower;
  }

  /**
   * The section botocore files a raw section name under: {@code default}, or {@code profile},
   * {@code sso-session} or {@code services} and one name after it; null for any other.
   */
  static SectionId botocoreSection(String raw) {
    if (raw.equals("default")) {
      return SectionId.profile("default");
    }
    String[] parts = raw.strip().split("\\s+");
    if (parts.length != 2) {
      return null;
    }
    for (SectionId.Kind kind : SectionId.Kind.values()) {
      String prefix =
          switch (kind) {
            case PROFILE -> "profile";
            case SSO_SESSION -> "sso-session";
            case SERVICES -> "services";
          };
      if (raw.startsWith(prefix)) {
        return new SectionId(kind, parts[1]);
      }
    }
    return null;
  }
}
