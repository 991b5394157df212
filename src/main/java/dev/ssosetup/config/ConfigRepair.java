package dev.ssosetup.config;

import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The repairs {@code doctor --fix} makes because they are safe: they change no value any reader
 * reads, and they let a rejecting reader read the file.
 *
 * <ul>
 *   <li>A UTF-8 byte order mark at the start goes (the AWS SDK for JavaScript trims it anyway).
 *   <li>An indented comment line that the AWS SDK for Java rejects starts in the first column
 *       instead (botocore and the SDK for JavaScript skip it either way).
 * </ul>
 */
final class ConfigRepair {
  private ConfigRepair() {}

  /** Whether this problem is one a repair removes. */
  static boolean repairs(ConfigReaders.Problem problem) {
    return problem.reader() != ConfigReaders.Reader.LINE_TRIMMING
        && (byteOrderMark(problem.line(), problem.text()) || indentedComment(problem.text()));
  }

  /** The repaired bytes; the same bytes when nothing needs repair. */
  static byte[] repair(byte[] bytes, List<ConfigReaders.Problem> problems) {
    Set<Integer> targets = new HashSet<>();
    for (ConfigReaders.Problem problem : problems) {
      if (repairs(problem)) {
        targets.add(problem.line());
      }
    }
    if (targets.isEmpty()) {
      return bytes;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    List<Line> lines = AwsConfigDocument.parse(bytes).lines();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      int number = i + 1;
      String text = line.text;
      if (targets.contains(number)) {
        if (byteOrderMark(number, text)) {
          text = text.substring(1);
        }
        if (indentedComment(text)) {
          text = text.stripLeading();
        }
        line = new Line(text, line.eol);
      }
      line.appendTo(out);
    }
    return out.toByteArray();
  }

  private static boolean byteOrderMark(int line, String text) {
    return line == 1 && text.startsWith("\uFEFF");
  }

  /** A comment line with spaces or tabs before its {@code #} or {@code ;}. */
  static boolean indentedComment(String text) {
    String stripped = text.stripLeading();
    return stripped.length() < text.length()
        && SdkSyntax.isBlank(text.substring(0, text.length() - stripped.length()))
        && (stripped.startsWith("#") || stripped.startsWith(";"));
  }
}
