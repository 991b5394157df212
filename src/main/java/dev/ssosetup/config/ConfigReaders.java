package dev.ssosetup.config;

import dev.ssosetup.common.Text;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The config file as each kind of reader sees it: the AWS SDK for Java ({@code ProfileFile}, which
 * {@link AwsConfigDocument} mirrors), botocore (the AWS CLI and boto3, {@link BotocoreReader}), and
 * the line-trimming AWS SDK for JavaScript ({@link LineTrimmingReader}). They disagree on some
 * files: an indented comment line is nothing to botocore and an error to the SDK for Java; a
 * duplicate section is merged by the SDKs and an error to botocore; a byte order mark is trimmed by
 * JavaScript and an error to the others. sso-setup's rule is never to make a file worse for any of
 * them.
 */
public final class ConfigReaders {
  /** One reader. */
  public enum Reader {
    JAVA("java"),
    BOTOCORE("botocore"),
    LINE_TRIMMING("javascript");

    private final String key;

    Reader(String key) {
      this.key = "config.reader." + key;
    }

    /** How messages name it in a sentence ("the AWS SDK for Java"). */
    public Text label() {
      return Text.of(key);
    }

    /** How messages name it at the start of a sentence ("The AWS SDK for Java"). */
    public Text title() {
      return Text.of(key + ".title");
    }
  }

  /**
   * A line a reader rejects (with it, the whole file): its 1-based number (0 for the file as a
   * whole), its text, and the reader's reason.
   */
  public record Problem(Reader reader, int line, String text, Text reason) {
    /**
     * What identifies the problem wherever the line moves: the reader, the reason, and the line's
     * text unless the reason names its section and key (then a new value on that line is the same
     * problem).
     */
    String identity() {
      return reader + "\0" + reason + "\0" + (namesItsKey() ? "" : text);
    }

    private boolean namesItsKey() {
      return reason.key().equals("config.botocore.duplicateSection")
          || reason.key().equals("config.botocore.duplicateKey");
    }

    /** Whether {@code doctor --fix} can repair it without changing what any reader reads. */
    public boolean repairable() {
      return ConfigRepair.repairs(this);
    }

    /** Why the readers disagree about this line, when it is a known case; else null. */
    public Text explanation() {
      if (line == 1 && text.startsWith("\uFEFF")) {
        return Text.of("config.explain.byteOrderMark");
      }
      if (ConfigRepair.indentedComment(text)) {
        return Text.of("config.explain.indentedComment");
      }
      return null;
    }

    /** Why the reader rejects the line: the explanation when there is one, else its reason. */
    public Text why() {
      Text explanation = explanation();
      return explanation != null ? explanation : reason;
    }
  }

  /** What every reader makes of one file. */
  record Readings(
      List<Problem> problems,
      Map<String, Map<String, String>> botocore,
      Map<String, Map<String, String>> lineTrimming) {

    /** Whether the reader reads the file (rejects no line of it). */
    boolean reads(Reader reader) {
      return problems.stream().noneMatch(p -> p.reader() == reader);
    }
  }

  private ConfigReaders() {}

  /** Every line each reader rejects, in reader order, then file order. */
  public static List<Problem> problems(byte[] bytes) {
    return read(bytes).problems();
  }

  static Readings read(byte[] bytes) {
    List<Problem> problems = new ArrayList<>();
    for (AwsConfigDocument.LineProblem p : AwsConfigDocument.parse(bytes).problems()) {
      problems.add(new Problem(Reader.JAVA, p.line(), p.text(), p.reason()));
    }
    BotocoreReader.Reading botocore = BotocoreReader.read(bytes);
    for (AwsConfigDocument.LineProblem p : botocore.problems()) {
      problems.add(new Problem(Reader.BOTOCORE, p.line(), p.text(), p.reason()));
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    for (AwsConfigDocument.LineProblem p : LineTrimmingReader.problems(text)) {
      problems.add(new Problem(Reader.LINE_TRIMMING, p.line(), p.text(), p.reason()));
    }
    return new Readings(List.copyOf(problems), botocore.sections(), LineTrimmingReader.read(text));
  }
}
