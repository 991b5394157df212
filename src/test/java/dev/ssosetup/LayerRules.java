package dev.ssosetup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The package rules of docs/decisions/0012: which of our packages may use picocli, JLine and each
 * other. A package's sub-packages count as the package. A reference is an import or a qualified
 * name in code; comments and string literals are skipped, so a Javadoc link or a message that names
 * a class is not a dependency.
 */
final class LayerRules {
  private static final String OURS = "dev.ssosetup.";

  /** The commands' flows: each stands on the lower packages only. */
  static final Set<String> FLOWS =
      Set.of("wizard", "populate", "verify", "doctor", "admin", "credentials");

  /** What the flows stand on: none of them knows a flow, the commands, the emulator or the demo. */
  static final Set<String> LOWER =
      Set.of("common", "files", "config", "aws", "auth", "prompt", "profiles");

  /** The rest: the entry point (the root package), the commands, the emulator and the demo. */
  static final Set<String> EDGES = Set.of("", "cli", "sandbox", "demo");

  /**
   * The classes of ours the emulator shares (with their nested types): two leaf values that depend
   * on nothing, the JSON reader and writer and the secret that never shows itself.
   */
  static final List<String> SANDBOX_SHARES = List.of(OURS + "common.Json", OURS + "common.Secret");

  private static final Pattern REFERENCE =
      Pattern.compile(
          "(?<![\\w.$])(dev\\.ssosetup(?:\\.[A-Za-z_$][\\w$]*)+|picocli(?:\\.[\\w$]+)+"
              + "|org\\.jline(?:\\.[\\w$]+)+)");
  private static final Pattern PACKAGE =
      Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

  /** One reference that breaks a rule: where it is, what it names, and the rule. */
  record Violation(String file, int line, String reference, String rule) {
    @Override
    public String toString() {
      return file + ":" + line + " uses " + reference + " (" + rule + ")";
    }
  }

  private LayerRules() {}

  /** The rule breaks in one source file; {@code file} only names it in the result. */
  static List<Violation> check(String file, String source) {
    String code = codeOnly(source);
    Matcher declared = PACKAGE.matcher(code);
    if (!declared.find() || !(declared.group(1) + ".").startsWith(OURS)) {
      return List.of(new Violation(file, 1, "(no package)", "every source is in dev.ssosetup"));
    }
    String from = layerOf(declared.group(1));
    if (!FLOWS.contains(from) && !LOWER.contains(from) && !EDGES.contains(from)) {
      return List.of(
          new Violation(
              file,
              lineOf(code, declared.start(1)),
              declared.group(1),
              "package " + from + " is in no layer: place it in LayerRules and in the decision"));
    }
    List<Violation> found = new ArrayList<>();
    Matcher reference = REFERENCE.matcher(code);
    while (reference.find()) {
      if (reference.start() == declared.start(1)) {
        continue;
      }
      String name = reference.group(1);
      String rule = broken(from, name);
      if (rule != null) {
        found.add(new Violation(file, lineOf(code, reference.start()), name, rule));
      }
    }
    return found;
  }

  private static String broken(String from, String name) {
    if (name.startsWith("picocli.")) {
      return from.equals("cli") ? null : "picocli only in cli";
    }
    if (name.startsWith("org.jline.")) {
      return from.equals("prompt") ? null : "JLine only in prompt";
    }
    String to = layerOf(name);
    if (to.equals(from)) {
      return null;
    }
    if (from.equals("sandbox")
        && SANDBOX_SHARES.stream().noneMatch(s -> name.equals(s) || name.startsWith(s + "."))) {
      return "sandbox uses nothing of ours but common.Json and common.Secret";
    }
    if ((to.equals("sandbox") || to.equals("demo"))
        && !from.equals("cli")
        && !from.equals("demo")) {
      return "only cli and demo use " + to;
    }
    if (FLOWS.contains(from) && (FLOWS.contains(to) || to.equals("cli"))) {
      return "flow " + from + " uses no other flow and not cli";
    }
    if (LOWER.contains(from) && (FLOWS.contains(to) || to.equals("cli"))) {
      return "lower package " + from + " uses no flow and not cli";
    }
    return null;
  }

  /** The top package under dev.ssosetup of a qualified name; "" for the root package. */
  static String layerOf(String qualifiedName) {
    String rest = qualifiedName.substring(OURS.length() - 1);
    if (rest.isEmpty()) {
      return "";
    }
    String first = rest.substring(1).split("\\.", 2)[0];
    return Character.isLowerCase(first.charAt(0)) ? first : "";
  }

  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * The source with comments, string, text-block and character literals blanked out; line breaks
   * stay where they were so that line numbers still hold.
   */
  static String codeOnly(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      int end;
      if (source.startsWith("//", i)) {
        end = source.indexOf('\n', i);
        end = end < 0 ? n : end;
      } else if (source.startsWith("/*", i)) {
        end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        end = source.indexOf("\"\"\"", i + 3);
        while (end > 0 && escaped(source, end)) {
          end = source.indexOf("\"\"\"", end + 1);
        }
        end = end < 0 ? n : end + 3;
      } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
        end = literalEnd(source, i);
      } else {
        out.append(source.charAt(i++));
        continue;
      }
      for (int j = i; j < end; j++) {
        out.append(source.charAt(j) == '\n' ? '\n' : ' ');
      }
      i = end;
    }
    return out.toString();
  }

  private static int literalEnd(String source, int start) {
    char quote = source.charAt(start);
    int i = start + 1;
    while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i + 1, source.length());
  }

  private static boolean escaped(String source, int index) {
    int backslashes = 0;
    for (int i = index - 1; i >= 0 && source.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }
}
