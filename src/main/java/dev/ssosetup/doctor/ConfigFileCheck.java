package dev.ssosetup.doctor;

import java.util.List;

/**
 * Whether the AWS SDKs and CLI can read the file at all: it parses with the SDK's own reader, and
 * it does not start with a UTF-8 byte order mark (which the AWS CLI always rejects).
 */
final class ConfigFileCheck implements Check {
  static final String NAME = "config-file";

  private static final String WITHOUT_BOM =
      "Save the file as UTF-8 without a byte order mark (in most editors, the encoding 'UTF-8'"
          + " rather than 'UTF-8 with BOM').";

  @Override
  public List<Finding> run(Checkup checkup) {
    if (!checkup.exists()) {
      return List.of(
          Finding.info(
              NAME, "There is no config file at " + checkup.file() + ".", "sso-setup configure"));
    }
    boolean bom = startsWithByteOrderMark(checkup.document().toBytes());
    if (checkup.sdkProblem() != null) {
      return List.of(
          Finding.error(
              NAME,
              checkup.sdkProblem()
                  + "; no AWS SDK or CLI reads any profile from it, and doctor's other checks of"
                  + " it were skipped.",
              bom ? WITHOUT_BOM : "Fix the line it names, then run doctor again."));
    }
    if (bom) {
      return List.of(
          Finding.error(
              NAME,
              checkup.file()
                  + " starts with a UTF-8 byte order mark: the AWS CLI and several AWS SDKs"
                  + " cannot parse it.",
              WITHOUT_BOM));
    }
    return List.of();
  }

  static boolean startsWithByteOrderMark(byte[] bytes) {
    return bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF;
  }
}
