package dev.ssosetup.cli;

import dev.ssosetup.common.Messages;
import dev.ssosetup.config.ValueChecks;
import java.io.PrintWriter;

/**
 * The warning for an {@code output} value that not every AWS CLI reads: yaml and yaml-stream only
 * the AWS CLI v2, off only from 2.34.0. Older versions stop on it with "Unknown output type".
 */
final class OutputFormatNote {
  private OutputFormatNote() {}

  /** Prints the warning for this output format, if it needs one. */
  static void warnIfNeeded(PrintWriter err, Messages messages, String output) {
    String version = ValueChecks.awsCliVersionNeeded(output);
    if (version == null) {
      return;
    }
    String format = ValueChecks.normalizeOutput(output);
    err.println(
        version.equals("2.0.0")
            ? messages.get("configure.outputNeedsCliV2", format)
            : messages.get("configure.outputNeedsCliVersion", format, version));
    err.flush();
  }
}
