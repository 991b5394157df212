package dev.ssosetup.doctor;

import dev.ssosetup.config.ConfigReaders;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the AWS tools can read the file at all. The AWS SDK for Java, botocore (the AWS CLI and
 * boto3) and the SDK for JavaScript each reject some files the others read: an indented comment, a
 * key with {@code :}, a duplicate section, a UTF-8 byte order mark. Each tool that rejects the file
 * reads no profile from it, so each such line is an error, with {@code doctor --fix} as the fix
 * where it can repair it safely.
 */
final class ConfigFileCheck implements Check {
  static final String NAME = "config-file";

  private static final String WITHOUT_BOM =
      "sso-setup doctor --fix, or save the file as UTF-8 without a byte order mark (in most"
          + " editors, the encoding 'UTF-8' rather than 'UTF-8 with BOM').";

  @Override
  public List<Finding> run(Checkup checkup) {
    if (!checkup.exists()) {
      return List.of(
          Finding.info(
              NAME, "There is no config file at " + checkup.file() + ".", "sso-setup configure"));
    }
    byte[] bytes = checkup.document().toBytes();
    boolean bom = startsWithByteOrderMark(bytes);
    if (checkup.sdkProblem() != null) {
      return List.of(
          Finding.error(
              NAME,
              checkup.sdkProblem()
                  + "; no AWS SDK or CLI reads any profile from it, and doctor's other checks of"
                  + " it were skipped.",
              bom ? WITHOUT_BOM : "Fix the line it names, then run doctor again."));
    }
    List<Finding> findings = new ArrayList<>();
    for (ConfigReaders.Problem problem : ConfigReaders.problems(bytes)) {
      String why = problem.explanation() != null ? problem.explanation() : problem.reason();
      String where = problem.line() > 0 ? " at line " + problem.line() : "";
      findings.add(
          Finding.error(
              NAME,
              capitalized(problem.reader().label())
                  + " rejects "
                  + checkup.file()
                  + where
                  + " ("
                  + why
                  + ") and reads no profile from it; other AWS tools read it.",
              problem.repairable()
                  ? "sso-setup doctor --fix"
                  : "Fix line " + problem.line() + " by hand, then run doctor again."));
    }
    return findings;
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static boolean startsWithByteOrderMark(byte[] bytes) {
    return bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF;
  }
}
