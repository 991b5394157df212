package dev.ssosetup.doctor;

import dev.ssosetup.common.Text;
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

  private static final Text WITHOUT_BOM = Text.of("doctor.config.withoutBom");

  @Override
  public List<Finding> run(Checkup checkup) {
    if (!checkup.exists()) {
      return List.of(
          Finding.info(
              NAME,
              Text.of("doctor.config.none", checkup.file()),
              Finding.command("sso-setup configure")));
    }
    byte[] bytes = checkup.document().toBytes();
    boolean bom = startsWithByteOrderMark(bytes);
    if (checkup.sdkProblem() != null) {
      return List.of(
          Finding.error(
              NAME,
              Text.of("doctor.config.sdkRejects", checkup.sdkProblem()),
              bom ? WITHOUT_BOM : Text.of("doctor.config.fixLine")));
    }
    List<Finding> findings = new ArrayList<>();
    for (ConfigReaders.Problem problem : ConfigReaders.problems(bytes)) {
      Text why = problem.why();
      Text reader = problem.reader().title();
      findings.add(
          Finding.error(
              NAME,
              problem.line() > 0
                  ? Text.of("doctor.config.rejectsAt", reader, checkup.file(), problem.line(), why)
                  : Text.of("doctor.config.rejects", reader, checkup.file(), why),
              problem.repairable()
                  ? Finding.command("sso-setup doctor --fix")
                  : Text.of("doctor.config.fixByHand", problem.line())));
    }
    return findings;
  }

  static boolean startsWithByteOrderMark(byte[] bytes) {
    return bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF;
  }
}
