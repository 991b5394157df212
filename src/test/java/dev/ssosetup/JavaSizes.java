package dev.ssosetup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures Java sources without a parser: the lines of each file, and the lines of each method,
 * constructor or initializer from the first line of its declaration to its closing brace. Comments
 * and literals are blanked first ({@link LayerRules#codeOnly}), so their braces do not count.
 */
final class JavaSizes {
  /** A file's length in lines. */
  record FileSize(String name, int lines) {}

  /** A method's length in lines; {@code name} is {@code Class.method}, nested classes dotted. */
  record MethodSize(String name, int lines) {}

  private static final Pattern TYPE =
      Pattern.compile("\\b(class|interface|enum|record)\\s+([A-Za-z_$][\\w$]*)");
  private static final Pattern CALLED = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*\\($");
  private static final Pattern LAST_WORD = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*$");

  private JavaSizes() {}

  /** Every {@code .java} file under {@code root}, with its path relative to it. */
  static List<Path> sources(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FileSize fileSize(Path root, Path file) {
    return new FileSize(root.relativize(file).toString(), read(file).split("\n", -1).length - 1);
  }

  static List<MethodSize> methods(Path file) {
    return methods(read(file));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private enum Kind {
    TYPE,
    CODE,
    INNER
  }

  private record Block(Kind kind, String name, int firstLine) {}

  /** The methods of one source text, in the order their bodies close. */
  static List<MethodSize> methods(String source) {
    String code = LayerRules.codeOnly(source);
    List<MethodSize> sizes = new ArrayList<>();
    Deque<Block> open = new ArrayDeque<>();
    int line = 1;
    int headerStart = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '\n') {
        line++;
      } else if (c == ';') {
        headerStart = i + 1;
      } else if (c == '{') {
        String header = code.substring(headerStart, i);
        open.push(block(open.peek(), header, line - newlinesAfterStart(header)));
        headerStart = i + 1;
      } else if (c == '}') {
        Block closed = open.pop();
        if (closed.kind() == Kind.CODE) {
          sizes.add(new MethodSize(closed.name(), line - closed.firstLine() + 1));
        }
        headerStart = i + 1;
      }
    }
    return sizes;
  }

  /** Lines between the header's first visible character and the brace that ends it. */
  private static int newlinesAfterStart(String header) {
    int first = 0;
    while (first < header.length() && Character.isWhitespace(header.charAt(first))) {
      first++;
    }
    return (int) header.substring(first).chars().filter(ch -> ch == '\n').count();
  }

  private static Block block(Block outer, String header, int firstLine) {
    String flat = header.replaceAll("\\s+", " ").trim();
    boolean inType = outer == null || outer.kind() == Kind.TYPE;
    String prefix = outer == null ? "" : outer.name() + ".";
    // An array in an annotation or a field initializer: values, not code.
    boolean values = flat.endsWith("=") || flat.endsWith("(") || flat.endsWith(",");
    if (!inType || values) {
      return new Block(Kind.INNER, outer == null ? "" : outer.name(), firstLine);
    }
    Matcher type = TYPE.matcher(flat);
    if (type.find()) {
      return new Block(Kind.TYPE, prefix + type.group(2), firstLine);
    }
    int paren = flat.indexOf('(');
    Matcher name =
        paren >= 0 ? CALLED.matcher(flat.substring(0, paren + 1)) : LAST_WORD.matcher(flat);
    String member = name.find() ? name.group(1) : "<block>";
    return new Block(Kind.CODE, prefix + member, firstLine);
  }
}
