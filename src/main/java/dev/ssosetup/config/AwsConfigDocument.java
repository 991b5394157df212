package dev.ssosetup.config;

import dev.ssosetup.common.QuotedValue;
import dev.ssosetup.common.Text;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The config file as a lossless document that reads like the SDK's {@code ProfileFile}: {@link
 * #render()} returns the input exactly until something is changed, and a change touches only the
 * lines it must.
 */
// Longer than the 450 lines the rest of the code keeps to (SourceSizeTest names it): one invariant,
// every byte outside an edit kept, over one list of lines; split, it would be spread over classes.
public final class AwsConfigDocument {
  /** The lines before the first header, then one block per header; never empty. */
  private final List<Block> blocks = new ArrayList<>();

  /** The terminator for new lines: the file's first one, else "\n". */
  private String eol = Line.LF;

  private boolean sawTerminator;

  /**
   * Blocks by the section they declare, in file order; built on first use, then kept up to date.
   */
  private Map<SectionId, List<Block>> index;

  private final List<Edit> edits = new ArrayList<>();

  private AwsConfigDocument() {
    blocks.add(new Block(null));
  }

  /** A document with no lines, for a file that does not exist yet. */
  public static AwsConfigDocument empty() {
    return new AwsConfigDocument();
  }

  /**
   * Reads any text at all; a file the SDK would reject is kept as it is (see {@link #problem()}).
   */
  public static AwsConfigDocument parse(String text) {
    AwsConfigDocument document = new AwsConfigDocument();
    int length = text.length();
    int start = 0;
    while (start < length) {
      int end = start;
      char c = 0;
      while (end < length && (c = text.charAt(end)) != '\n' && c != '\r') {
        end++;
      }
      String lineEnd =
          terminator(end == length, c, end + 1 < length && text.charAt(end + 1) == '\n');
      document.addParsed(new Line(text.substring(start, end), lineEnd));
      start = end + lineEnd.length();
    }
    return document;
  }

  /**
   * Reads UTF-8 bytes; a byte order mark is kept, and bytes that are not UTF-8 are kept as such.
   */
  public static AwsConfigDocument parse(byte[] bytes) {
    AwsConfigDocument document = new AwsConfigDocument();
    int length = bytes.length;
    int start = 0;
    while (start < length) {
      int end = start;
      byte b = 0;
      while (end < length && (b = bytes[end]) != '\n' && b != '\r') {
        end++;
      }
      String lineEnd =
          terminator(end == length, (char) b, end + 1 < length && bytes[end + 1] == '\n');
      document.addParsed(Line.decode(bytes, start, end, lineEnd));
      start = end + lineEnd.length();
    }
    return document;
  }

  private static String terminator(boolean atEnd, char c, boolean followedByLf) {
    if (atEnd) {
      return Line.NONE;
    }
    if (c == '\n') {
      return Line.LF;
    }
    return followedByLf ? Line.CRLF : Line.CR;
  }

  private void addParsed(Line line) {
    if (SdkSyntax.isHeader(line.text)) {
      blocks.add(new Block(line));
    } else {
      blocks.get(blocks.size() - 1).body.add(line);
    }
    if (!sawTerminator && !line.eol.isEmpty()) {
      // The file's first terminator sets the style of new lines.
      eol = line.eol;
      sawTerminator = true;
    }
  }

  /** The text, exactly as parsed where nothing was changed. */
  public String render() {
    StringBuilder out = new StringBuilder();
    forEachLine(line -> line.appendTo(out));
    return out.toString();
  }

  /** The exact bytes: UTF-8, with a byte order mark and any non-UTF-8 bytes as they were read. */
  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    forEachLine(line -> line.appendTo(out));
    return out.toByteArray();
  }

  /** Every line, in order. */
  List<Line> lines() {
    List<Line> lines = new ArrayList<>();
    forEachLine(lines::add);
    return lines;
  }

  private void forEachLine(Consumer<Line> action) {
    for (Block block : blocks) {
      if (block.header != null) {
        action.accept(block.header);
      }
      block.body.forEach(action);
    }
  }

  /**
   * Why the AWS SDKs would reject this file ("Expected an '=' sign defining a property on line 3"),
   * or empty when they read it. The text is the SDK's own.
   */
  public Optional<String> problem() {
    int lineNumber = 0;
    boolean seenProfileDefault = false;
    for (Block block : blocks) {
      Block.Reading reading = block.reading();
      if (block.header != null) {
        lineNumber++;
        if (reading.error != null && reading.errorLine < 0) {
          return Optional.of(reading.error + " on line " + lineNumber);
        }
      }
      boolean ignoredDefault = isPlainDefault(reading) && seenProfileDefault;
      seenProfileDefault |= isProfileDefault(reading);
      if (reading.error != null && !ignoredDefault) {
        return Optional.of(reading.error + " on line " + (lineNumber + reading.errorLine + 1));
      }
      lineNumber += block.body.size();
    }
    return Optional.empty();
  }

  /**
   * Every line the AWS SDK for Java would reject, in file order, with the SDK's message (without
   * its "on line N"); the SDK itself stops at the first, which {@link #problem()} names.
   */
  List<LineProblem> problems() {
    List<LineProblem> problems = new ArrayList<>();
    int lineNumber = 0;
    boolean seenProfileDefault = false;
    for (Block block : blocks) {
      Block.Reading reading = block.reading();
      int bodyStart = lineNumber + (block.header != null ? 1 : 0) + 1;
      boolean ignoredDefault = isPlainDefault(reading) && seenProfileDefault;
      seenProfileDefault |= isProfileDefault(reading);
      for (Map.Entry<Integer, String> error : reading.errors) {
        int index = error.getKey();
        if (ignoredDefault && index >= 0) {
          continue; // the SDK skips every line of a [default] it ignores
        }
        Line line = index < 0 ? block.header : block.body.get(index);
        int number = index < 0 ? lineNumber + 1 : bodyStart + index;
        problems.add(new LineProblem(number, line.text, Text.of("common.asIs", error.getValue())));
      }
      lineNumber += block.lineCount();
    }
    return problems;
  }

  /**
   * A line some reader rejects: its 1-based number, its text, and why (the SDK's own words for the
   * SDK for Java, ours for the readers that give none a user could act on).
   */
  record LineProblem(int line, String text, Text reason) {}

  /** Whether the SDK reads this section (it may have no properties). */
  public boolean contains(SectionId id) {
    return !effectiveBlocks(id).isEmpty();
  }

  /** The value the SDK reads for this key, if any. */
  public Optional<String> get(SectionId id, String key) {
    Source source = sources(id).get(key);
    return source == null ? Optional.empty() : Optional.of(source.value);
  }

  /**
   * The properties the SDK reads for this section, in its order; empty if absent. Like the SDK it
   * includes each sub-property as {@code parent.key} (for example {@code
   * s3.max_concurrent_requests}).
   */
  public Map<String, String> properties(SectionId id) {
    Map<String, String> properties = new LinkedHashMap<>();
    sources(id).forEach((key, source) -> properties.put(key, source.value));
    return Collections.unmodifiableMap(properties);
  }

  /** Profile names as the SDK reads them, in its order, without duplicates. */
  public List<String> profileNames() {
    Set<String> names = new LinkedHashSet<>();
    boolean seenProfileDefault = false;
    for (Block block : blocks) {
      Block.Reading reading = block.reading();
      SectionId id = reading.id();
      if (id == null || id.kind() != SectionId.Kind.PROFILE) {
        continue;
      }
      // The SDK's rule: [profile default] wins over [default], and takes the place of an earlier
      // one.
      if (isPlainDefault(reading) && seenProfileDefault) {
        continue;
      }
      if (isProfileDefault(reading) && !seenProfileDefault) {
        names.remove("default");
        seenProfileDefault = true;
      }
      names.add(id.name());
    }
    return List.copyOf(names);
  }

  /**
   * The {@code [profile NAME]} sections that the AWS SDK for Java (and so sso-setup) ignores
   * because of a character in NAME, with their 1-based line; botocore reads some of them (a
   * Japanese name).
   */
  public List<IgnoredProfile> ignoredProfiles() {
    List<IgnoredProfile> ignored = new ArrayList<>();
    int lineNumber = 0;
    for (Block block : blocks) {
      // The reading is cached; only a header the SDK ignores is read again, for its name.
      if (block.header != null && block.reading().header == SdkSyntax.Header.IGNORED) {
        String name = SdkSyntax.ignoredProfileName(block.header.text);
        if (name != null) {
          ignored.add(new IgnoredProfile(lineNumber + 1, name));
        }
      }
      lineNumber += block.lineCount();
    }
    return List.copyOf(ignored);
  }

  /** A profile section the AWS SDK for Java ignores for its name: its line and that name. */
  public record IgnoredProfile(int line, String name) {}

  /**
   * The sections that declare the default profile, in file order, each as {@code [default]} or
   * {@code [profile default]}. With both, the AWS SDKs read only {@code [profile default]}, while
   * the AWS CLI reads whichever comes last.
   */
  public List<String> defaultSections() {
    List<String> headers = new ArrayList<>();
    for (Block block : blocks) {
      Block.Reading reading = block.reading();
      if (isDefault(reading)) {
        headers.add(reading.header.profilePrefix() ? "[profile default]" : "[default]");
      }
    }
    return List.copyOf(headers);
  }

  public List<String> ssoSessionNames() {
    return names(SectionId.Kind.SSO_SESSION);
  }

  public List<String> servicesNames() {
    return names(SectionId.Kind.SERVICES);
  }

  private List<String> names(SectionId.Kind kind) {
    List<String> names = new ArrayList<>();
    for (SectionId id : index().keySet()) {
      if (id.kind() == kind) {
        names.add(id.name());
      }
    }
    return List.copyOf(names);
  }

  /**
   * Sets a key, adding the section if missing. The occurrence the SDK reads is rewritten in place
   * as {@code key = value} (keeping a comment after it); a new key goes after the last key of the
   * section's last block; a new section goes at the end after one blank line. Setting the value the
   * SDK already reads changes nothing. A value is always one line: no reader of the file can take
   * part of it for another key or section.
   *
   * @throws InvalidEditException when the name, key or value cannot be written so that every reader
   *     reads it back: a control character or line break anywhere (see {@link
   *     ConfigValues#problem})
   */
  public void set(SectionId id, String key, String value) {
    Objects.requireNonNull(value, "value");
    requireWritableName(id);
    requireWritableKey(id, key);
    requireWritableValue(id, key, value);
    edits.add(new Edit(Edit.Kind.SET, id, key, value));

    Source current = sources(id).get(key);
    if (current != null && current.value.equals(value)) {
      return;
    }
    if (current != null && current.sub != null) {
      Line old = current.block.body.get(current.sub.line());
      String indent = old.text.substring(0, old.text.length() - old.text.stripLeading().length());
      String subKey = current.sub.key().substring(current.entry.key.length() + 1);
      String text = indent + propertyText(subKey, value);
      replaceLines(current.block, current.sub.line(), current.sub.line(), List.of(text));
      return;
    }
    if (current != null) {
      Block.Entry entry = current.entry;
      String text =
          propertyText(key, value) + commentAfterValue(current.block.body.get(entry.line).text);
      replaceLines(current.block, entry.line, entry.last, List.of(text));
      return;
    }
    List<Block> targets = effectiveBlocks(id);
    if (!targets.isEmpty()) {
      Block block = targets.get(targets.size() - 1);
      insertLines(block, block.reading().lastKeyLine + 1, List.of(propertyText(key, value)));
    } else {
      appendSection(id, List.of(propertyText(key, value)));
    }
  }

  /** Removes every occurrence of the key in every block of the section; nothing if absent. */
  public void remove(SectionId id, String key) {
    Objects.requireNonNull(key, "key");
    edits.add(new Edit(Edit.Kind.REMOVE, id, key, null));
    for (Block block : index().getOrDefault(id, List.of())) {
      List<int[]> spans = new ArrayList<>();
      for (Block.Entry entry : block.reading().entries) {
        if (entry.valid && entry.key.equals(key)) {
          spans.add(new int[] {entry.line, entry.last});
        }
        for (Block.Sub sub : entry.subs) {
          if (sub.key().equals(key)) {
            spans.add(new int[] {sub.line(), sub.line()});
          }
        }
      }
      // From the end, so that the earlier indexes stay right.
      for (int i = spans.size() - 1; i >= 0; i--) {
        removeLines(block, spans.get(i)[0], spans.get(i)[1]);
      }
    }
  }

  /**
   * Removes every block of the section, with the comment lines right above its header (they
   * introduce it); comment lines right above the next header stay (they introduce that one). When
   * the last section goes, so do the comments after it and the blank line before it.
   */
  public void removeSection(SectionId id) {
    edits.add(new Edit(Edit.Kind.REMOVE_SECTION, id, null, null));
    List<Block> targets = new ArrayList<>(index().getOrDefault(id, List.of()));
    for (int t = targets.size() - 1; t >= 0; t--) {
      Block block = targets.get(t);
      int position = blocks.indexOf(block);
      Block previous = blocks.get(position - 1);
      boolean last = position == blocks.size() - 1;
      // Comments at the end of the file go with the last section: nothing follows for them to
      // introduce.
      List<Line> kept =
          last
              ? List.of()
              : new ArrayList<>(block.body.subList(trailingComments(block), block.body.size()));
      boolean endedWithoutTerminator = block.lastLine().eol.isEmpty();
      blocks.remove(position);
      if (previous.header != null) {
        // Not above the first section: there they may be about the whole file.
        previous.body.subList(trailingComments(previous), previous.body.size()).clear();
      }
      previous.body.addAll(kept);
      if (last) {
        while (!previous.body.isEmpty()
            && SdkSyntax.isBlank(previous.body.get(previous.body.size() - 1).text)) {
          previous.body.remove(previous.body.size() - 1);
        }
        if (endedWithoutTerminator) {
          endWithoutTerminator();
        }
      }
      previous.changed();
    }
    index().remove(id);
  }

  /** Where the comment lines at the end of a block start (after its last key and blank lines). */
  private static int trailingComments(Block block) {
    int from = block.body.size();
    while (from > block.reading().lastKeyLine + 1
        && SdkSyntax.isComment(block.body.get(from - 1).text)) {
      from--;
    }
    return from;
  }

  /** The edits made since parsing, in order: what the result must show. */
  List<Edit> edits() {
    return List.copyOf(edits);
  }

  /** One call of set, remove or removeSection. */
  record Edit(Kind kind, SectionId id, String key, String value) {
    enum Kind {
      SET,
      REMOVE,
      REMOVE_SECTION
    }
  }

  // --- Reading ---

  /** Where the SDK gets a value from: a property line (sub == null) or a sub-property line. */
  private record Source(String value, Block block, Block.Entry entry, Block.Sub sub) {}

  /** The effective properties with where each comes from, replaying the SDK's map operations. */
  private Map<String, Source> sources(SectionId id) {
    Map<String, Source> sources = new LinkedHashMap<>();
    for (Block block : effectiveBlocks(id)) {
      for (Block.Entry entry : block.reading().entries) {
        if (!entry.valid) {
          continue;
        }
        sources.put(entry.key, new Source(entry.definedValue, block, entry, null));
        for (Block.Sub sub : entry.subs) {
          sources.put(sub.key(), new Source(sub.value(), block, entry, sub));
        }
        if (entry.continued()) {
          sources.put(entry.key, new Source(entry.value.toString(), block, entry, null));
        }
      }
    }
    return sources;
  }

  /** The blocks the SDK reads for this section: with [profile default], [default] is ignored. */
  private List<Block> effectiveBlocks(SectionId id) {
    List<Block> all = index().getOrDefault(id, List.of());
    if (!id.equals(SectionId.profile("default"))) {
      return all;
    }
    List<Block> prefixed = new ArrayList<>();
    for (Block block : all) {
      if (block.reading().header.profilePrefix()) {
        prefixed.add(block);
      }
    }
    return prefixed.isEmpty() ? all : prefixed;
  }

  private Map<SectionId, List<Block>> index() {
    if (index == null) {
      index = new LinkedHashMap<>();
      for (Block block : blocks) {
        SectionId id = block.reading().id();
        if (id != null) {
          index.computeIfAbsent(id, k -> new ArrayList<>()).add(block);
        }
      }
    }
    return index;
  }

  private static boolean isPlainDefault(Block.Reading reading) {
    return isDefault(reading) && !reading.header.profilePrefix();
  }

  private static boolean isProfileDefault(Block.Reading reading) {
    return isDefault(reading) && reading.header.profilePrefix();
  }

  private static boolean isDefault(Block.Reading reading) {
    return SectionId.profile("default").equals(reading.id());
  }

  // --- Writing ---

  private static void requireWritableName(SectionId id) {
    Text problem = ProfileNames.problem(id.name());
    if (problem != null) {
      throw new InvalidEditException(
          Text.of("config.edit.section", QuotedValue.of(id.name())),
          null,
          Text.of("config.edit.name", problem));
    }
  }

  private static void requireWritableKey(SectionId id, String key) {
    if (key == null || key.isEmpty() || !SdkSyntax.isIdentifier(key)) {
      throw new InvalidEditException(
          id.header(), QuotedValue.of(key), Text.of("config.edit.keyCharacters"));
    }
  }

  private static void requireWritableValue(SectionId id, String key, String value) {
    Text problem = ConfigValues.problem(value);
    if (problem != null) {
      throw new InvalidEditException(id.header(), key, Text.of("config.edit.value", problem));
    }
  }

  private static String propertyText(String key, String value) {
    return value.isEmpty() ? key + " =" : key + " = " + value;
  }

  /** The comment after a property value, with the whitespace before it, or "". */
  private static String commentAfterValue(String line) {
    int start = SdkSyntax.valueCommentStart(line);
    if (start == line.length()) {
      return "";
    }
    while (start > 0 && (line.charAt(start - 1) == ' ' || line.charAt(start - 1) == '\t')) {
      start--;
    }
    return line.substring(start);
  }

  /** Replaces body lines from..to (inclusive), keeping the terminators around them. */
  private void replaceLines(Block block, int from, int to, List<String> texts) {
    String firstEol = block.body.get(from).eol.isEmpty() ? eol : block.body.get(from).eol;
    String lastEol = block.body.get(to).eol;
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      lines.add(new Line(texts.get(i), i == texts.size() - 1 ? lastEol : firstEol));
    }
    block.body.subList(from, to + 1).clear();
    block.body.addAll(from, lines);
    block.changed();
  }

  /**
   * Inserts lines at a body index; at the very end of a file without a final newline, keeps that.
   */
  private void insertLines(Block block, int at, List<String> texts) {
    boolean atEnd = block == blocks.get(blocks.size() - 1) && at == block.body.size();
    boolean keepNoTerminator = atEnd && block.lastLine() != null && block.lastLine().eol.isEmpty();
    if (keepNoTerminator) {
      block.setLastLine(block.lastLine().withEol(eol));
    }
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      boolean last = i == texts.size() - 1;
      lines.add(new Line(texts.get(i), keepNoTerminator && last ? Line.NONE : eol));
    }
    block.body.addAll(at, lines);
    block.changed();
  }

  private void appendSection(SectionId id, List<String> texts) {
    Block last = blocks.get(blocks.size() - 1);
    Line lastLine = last.lastLine();
    boolean keepNoTerminator = lastLine != null && lastLine.eol.isEmpty();
    if (keepNoTerminator) {
      last.setLastLine(lastLine.withEol(eol));
    }
    if (lastLine != null && !SdkSyntax.isBlank(lastLine.text)) {
      last.body.add(new Line("", eol));
      last.changed();
    }
    Map<SectionId, List<Block>> sections = index(); // before the new block is in the list
    Block block = new Block(new Line(id.header(), eol));
    blocks.add(block);
    sections.computeIfAbsent(id, k -> new ArrayList<>()).add(block);
    insertLines(block, 0, texts);
    if (keepNoTerminator) {
      block.setLastLine(block.lastLine().withEol(Line.NONE));
    }
  }

  private void removeLines(Block block, int from, int to) {
    boolean endedWithoutTerminator =
        block == blocks.get(blocks.size() - 1)
            && to == block.body.size() - 1
            && block.body.get(to).eol.isEmpty();
    block.body.subList(from, to + 1).clear();
    block.changed();
    if (endedWithoutTerminator) {
      endWithoutTerminator();
    }
  }

  /** Takes the terminator off the file's last line, to keep a file that had none that way. */
  private void endWithoutTerminator() {
    for (int i = blocks.size() - 1; i >= 0; i--) {
      Block block = blocks.get(i);
      if (block.lastLine() != null) {
        block.setLastLine(block.lastLine().withEol(Line.NONE));
        return;
      }
    }
  }
}
