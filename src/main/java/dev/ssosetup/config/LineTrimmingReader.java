package dev.ssosetup.config;

import dev.ssosetup.common.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The config file as a line-trimming reader sees it: the AWS SDK for JavaScript v3 ({@code
 * parseIni} of the Smithy shared-ini-file loader), which trims every line before it looks at it.
 * Where the SDK for Java and botocore read an indented line as more of the value above it, this
 * reader reads {@code " [default]"} as a section header and {@code " credential_process = x"} as a
 * key. It never fails. Its rules, one by one:
 *
 * <ul>
 *   <li>Lines end only at {@code \n} (a {@code \r} before it is dropped).
 *   <li>A comment starts at {@code #} or {@code ;} at the start of the line or after any
 *       whitespace; the rest of the line is then trimmed of all Unicode whitespace.
 *   <li>A line {@code [...]} starts a section, named by the text between the brackets. A name
 *       {@code prefix name} with a prefix other than {@code profile}, {@code sso-session} or {@code
 *       services} starts a section whose keys are ignored, and so does {@code []}.
 *   <li>In a section, {@code name = value} with a non-empty name sets a key; an empty value opens a
 *       sub-section, whose indented keys are read as {@code parent.key} until a key line that is
 *       not indented. Every other line is ignored.
 * </ul>
 */
final class LineTrimmingReader {
  /** {@code prefix name}, the name optionally quoted. */
  private static final Pattern PREFIXED =
      Pattern.compile("([A-Za-z0-9_-]+)\\s([\"']?)([A-Za-z0-9_@+.%:/-]+)\\2");

  private static final Set<String> KNOWN_PREFIXES = Set.of("profile", "sso-session", "services");

  private LineTrimmingReader() {}

  /**
   * The keys and values of each section, by the section's raw name between the brackets (as the
   * reader names them: {@code profile dev}, {@code default}, {@code sso-session corp}).
   */
  static Map<String, Map<String, String>> read(String text) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    String section = null;
    String subSection = null;
    for (String raw : text.split("\n", -1)) {
      String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
      String trimmed = trim(line.substring(0, commentStart(line)));
      if (trimmed.length() >= 2 && trimmed.startsWith("[") && trimmed.endsWith("]")) {
        section = readsSection(trimmed.substring(1, trimmed.length() - 1));
        subSection = null;
        continue;
      }
      if (section == null) {
        continue;
      }
      int equals = trimmed.indexOf('=');
      if (equals <= 0) {
        continue;
      }
      String name = trim(trimmed.substring(0, equals));
      String value = trim(trimmed.substring(equals + 1));
      if (value.isEmpty()) {
        subSection = name;
        continue;
      }
      if (subSection != null && !isSpace(line.isEmpty() ? 'x' : line.charAt(0))) {
        subSection = null;
      }
      sections
          .computeIfAbsent(section, s -> new LinkedHashMap<>())
          .put(subSection == null ? name : subSection + "." + name, value);
    }
    return sections;
  }

  /** The sections whose name makes the reader throw (it guards against prototype pollution). */
  private static final Set<String> BLOCKED = Set.of("__proto__", "profile __proto__");

  /** The lines that make the reader fail: only a section named {@code __proto__}. */
  static List<AwsConfigDocument.LineProblem> problems(String text) {
    List<AwsConfigDocument.LineProblem> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String trimmed = trim(lines[i].substring(0, commentStart(lines[i])));
      if (trimmed.length() >= 2
          && trimmed.startsWith("[")
          && trimmed.endsWith("]")
          && BLOCKED.contains(trimmed.substring(1, trimmed.length() - 1))) {
        problems.add(
            new AwsConfigDocument.LineProblem(
                i + 1, lines[i], Text.of("config.lineTrimming.proto")));
      }
    }
    return problems;
  }

  /**
   * The name of the section whose keys the reader reads ({@code profile dev} also for {@code
   * profile\tdev} and {@code profile "dev"}, which it takes for the same section); null for {@code
   * [prefix name]} with an unknown prefix, and for {@code []}.
   */
  private static String readsSection(String name) {
    Matcher prefixed = PREFIXED.matcher(name);
    if (prefixed.matches()) {
      // The reader names such a section "prefix.name"; here "prefix name", as in the file.
      return KNOWN_PREFIXES.contains(prefixed.group(1))
          ? prefixed.group(1) + " " + prefixed.group(3)
          : null;
    }
    return name.isEmpty() ? null : name;
  }

  /**
   * The section a raw name declares, read as the SDK for Java reads a header (so that {@code
   * profile dev} and {@code profile dev} are the same section); null for one it ignores.
   */
  static SectionId sectionId(String rawName) {
    try {
      return SdkSyntax.header("[" + rawName + "]").id();
    } catch (SdkSyntax.SyntaxError e) {
      return null;
    }
  }

  /** Where {@code (^|\s)[;#]} first matches, or the line's length. */
  private static int commentStart(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ((c == '#' || c == ';') && (i == 0 || isSpace(line.charAt(i - 1)))) {
        return i == 0 ? 0 : i - 1;
      }
    }
    return line.length();
  }

  /** JavaScript's {@code String.prototype.trim}. */
  private static String trim(String text) {
    return trim(text, LineTrimmingReader::isSpace);
  }

  /** The text without the characters {@code isSpace} accepts at either end. */
  static String trim(String text, CharPredicate isSpace) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace.test(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace.test(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /** A test of one character. */
  @FunctionalInterface
  interface CharPredicate {
    boolean test(char c);
  }

  /** JavaScript's whitespace and line terminators ({@code \s}). */
  static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\u000B'
        || c == '\f'
        || c == '\r'
        || c == '\u00A0'
        || c == '\u1680'
        || c >= '\u2000' && c <= '\u200A'
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000'
        || c == '\uFEFF';
  }
}
