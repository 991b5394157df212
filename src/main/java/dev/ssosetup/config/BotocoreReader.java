package dev.ssosetup.config;

import dev.ssosetup.common.Text;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The config file as botocore reads it (the AWS CLI and boto3): Python's {@code
 * configparser.RawConfigParser} with its defaults, then botocore's {@code _parse_nested} for values
 * that start on the next line. Its rules differ from the AWS SDK for Java's in ways that matter:
 *
 * <ul>
 *   <li>Lines end at {@code \n}, {@code \r\n} or {@code \r}; the text must be UTF-8.
 *   <li>A line whose stripped text starts with {@code #} or {@code ;} is a comment wherever it is,
 *       indented or not; there are no comments after a value.
 *   <li>A line indented deeper than the key line above it continues that key's value; blank lines
 *       inside a value are kept. Anything else is a section header ({@code [name]}) or a key line
 *       ({@code key = value} or {@code key: value}, the key lowercased).
 *   <li>A duplicate section, a duplicate key in a section (ignoring case), a line before any
 *       section, a line that is neither header nor key, a byte order mark, and a nested value line
 *       without {@code =} each make it reject the whole file.
 * </ul>
 *
 * This reader goes on after a problem, to list them all; botocore stops at the first fatal one.
 */
final class BotocoreReader {
  /** What botocore reads: its problems (none: it reads the file) and its sections. */
  record Reading(
      List<AwsConfigDocument.LineProblem> problems, Map<String, Map<String, String>> sections) {}

  private BotocoreReader() {}

  static Reading read(byte[] bytes) {
    List<AwsConfigDocument.LineProblem> problems = new ArrayList<>();
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      problems.add(new AwsConfigDocument.LineProblem(0, "", Text.of("config.botocore.notUtf8")));
      return new Reading(problems, Map.of());
    }
    Parser parser = new Parser(problems);
    List<String> lines = lines(text);
    for (int i = 0; i < lines.size(); i++) {
      parser.line(i + 1, lines.get(i));
    }
    return new Reading(problems, parser.finish());
  }

  /** Python's universal newlines: {@code \r\n}, {@code \r} and {@code \n} end a line. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /** Python's {@code str.isspace}. */
  static boolean isSpace(char c) {
    return c == ' '
        || c >= '\t' && c <= '\r'
        || c >= '\u001C' && c <= '\u001F'
        || c == '\u0085'
        || c == '\u00A0'
        || c == '\u1680'
        || c >= '\u2000' && c <= '\u200A'
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000';
  }

  /** Python's {@code str.strip}. */
  static String strip(String text) {
    return LineTrimmingReader.trim(text, BotocoreReader::isSpace);
  }

  /** The state of {@code RawConfigParser._read}, line by line. */
  private static final class Parser {
    private static final String DEFAULT_SECTION = "DEFAULT";

    private final List<AwsConfigDocument.LineProblem> problems;
    private final Map<String, Map<String, List<String>>> sections = new LinkedHashMap<>();
    private final Set<String> added = new HashSet<>();
    private String section;
    private String option;
    private int indentLevel;

    Parser(List<AwsConfigDocument.LineProblem> problems) {
      this.problems = problems;
    }

    void line(int number, String line) {
      String value = strip(line);
      boolean comment = value.startsWith("#") || value.startsWith(";");
      if (comment || value.isEmpty()) {
        if (!comment && section != null && option != null && current().get(option) != null) {
          current().get(option).add(""); // a blank line inside a value is kept
        }
        return;
      }
      int indent = 0;
      while (indent < line.length() && isSpace(line.charAt(indent))) {
        indent++;
      }
      if (section != null && option != null && indent > indentLevel) {
        current().get(option).add(value);
        return;
      }
      indentLevel = indent;
      int close = value.lastIndexOf(']');
      if (value.startsWith("[") && close > 1) {
        header(number, line, value.substring(1, close));
      } else if (section == null) {
        fail(number, line, Text.of("config.botocore.beforeSection"));
      } else {
        keyLine(number, line, value);
      }
    }

    private void header(int number, String line, String name) {
      if (!name.equals(DEFAULT_SECTION) && !added.add("\0" + name)) {
        fail(number, line, Text.of("config.botocore.duplicateSection", "[" + name + "]"));
      }
      sections.computeIfAbsent(name, n -> new LinkedHashMap<>());
      section = name;
      option = null;
    }

    private void keyLine(int number, String line, String value) {
      int delimiter = -1;
      for (int i = 0; i < value.length(); i++) {
        if (value.charAt(i) == '=' || value.charAt(i) == ':') {
          delimiter = i;
          break;
        }
      }
      if (delimiter < 0) {
        fail(number, line, Text.of("config.botocore.notKeyLine"));
        return; // the key above stays the one that indented lines continue
      }
      String name =
          value.substring(0, delimiter).stripTrailing().toLowerCase(java.util.Locale.ROOT);
      if (name.isEmpty()) {
        fail(number, line, Text.of("config.botocore.noKey"));
      }
      if (!added.add(section + "\0" + name)) {
        fail(number, line, Text.of("config.botocore.duplicateKey", name, "[" + section + "]"));
      }
      List<String> values = new ArrayList<>();
      values.add(strip(value.substring(delimiter + 1)));
      current().put(name, values);
      option = name;
    }

    private Map<String, List<String>> current() {
      return sections.get(section);
    }

    private void fail(int number, String line, Text reason) {
      problems.add(new AwsConfigDocument.LineProblem(number, line, reason));
    }

    /** The values as botocore hands them on: joined, nested ones as {@code parent.key}. */
    Map<String, Map<String, String>> finish() {
      Map<String, List<String>> defaults = sections.getOrDefault(DEFAULT_SECTION, Map.of());
      Map<String, Map<String, String>> result = new LinkedHashMap<>();
      sections.forEach(
          (name, options) -> {
            if (name.equals(DEFAULT_SECTION)) {
              return;
            }
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, List<String>> all = new LinkedHashMap<>(defaults);
            all.putAll(options);
            all.forEach((key, lines) -> put(values, name, key, String.join("\n", lines)));
            result.put(name, values);
          });
      return result;
    }

    private void put(Map<String, String> values, String section, String key, String joined) {
      String value = strip("x" + joined).substring(1); // Python's rstrip
      if (!value.startsWith("\n")) {
        values.put(key, value);
        return;
      }
      for (String line : value.split("[\n\u000B\u000C\u001C\u001D\u001E\u0085\u2028\u2029]")) {
        String nested = strip(line);
        if (nested.isEmpty()) {
          continue;
        }
        int equals = nested.indexOf('=');
        if (equals < 0) {
          problems.add(
              new AwsConfigDocument.LineProblem(
                  0, nested, Text.of("config.botocore.nestedNoEquals", key, "[" + section + "]")));
          continue;
        }
        values.put(
            key + "." + strip(nested.substring(0, equals)), strip(nested.substring(equals + 1)));
      }
    }
  }
}
