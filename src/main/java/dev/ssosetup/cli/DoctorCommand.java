package dev.ssosetup.cli;

import static dev.ssosetup.common.TerminalText.safe;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Json;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
import dev.ssosetup.config.EditResult;
import dev.ssosetup.doctor.Doctor;
import dev.ssosetup.doctor.DoctorFixes;
import dev.ssosetup.doctor.DoctorJson;
import dev.ssosetup.doctor.DoctorReport;
import dev.ssosetup.doctor.Finding;
import dev.ssosetup.doctor.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code doctor}: finds what is wrong in the config and the token cache (docs/spec.md §6.3). */
@Command(name = "doctor", mixinStandardHelpOptions = true)
final class DoctorCommand implements Callable<ExitCode> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Option(names = "--profile", paramLabel = "NAME")
  private String profile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
  private OutputFormat format;

  @Option(names = "--fix")
  private boolean fix;

  DoctorCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public ExitCode call() {
    Doctor doctor = new Doctor(context.tokenCache());
    PrintWriter out = spec.commandLine().getOut();
    if (fix) {
      printFixes(out, doctor.fix(context.configFile(), context.fileLocks()), format);
    }
    DoctorReport report =
        doctor.examine(
            context.configStore(),
            profile,
            context.environment().variable("AWS_PROFILE"),
            credentialsFile());
    if (format == OutputFormat.JSON) {
      out.println(Json.writePretty(DoctorJson.report(report)));
    } else {
      Messages messages = context.messages();
      for (Finding finding : report.findings()) {
        out.println(
            safe(
                messages.get(
                    "doctor.finding",
                    messages.get("doctor.severity." + finding.severity().label()),
                    finding.message().in(messages))));
        if (finding.fix() != null) {
          out.println(safe(messages.get("doctor.fixLine", finding.fix().in(messages))));
        }
      }
      out.println(safe(summary(report).in(messages)));
    }
    out.flush();
    return report.ok() ? ExitCode.OK : ExitCode.FAILURE;
  }

  /**
   * What --fix changed: a line per action and the config's diff, in text (in JSON, the report
   * alone: the next doctor run shows what is left).
   */
  private void printFixes(PrintWriter out, DoctorFixes fixes, OutputFormat format) {
    if (format == OutputFormat.JSON) {
      return;
    }
    Messages messages = context.messages();
    for (DoctorFixes.Action action : fixes.actions()) {
      String key =
          switch (action.kind()) {
            case CACHE_FOLDER_MADE_PRIVATE -> "doctor.fix.cacheFolderPrivate";
            case CACHE_FILE_MADE_PRIVATE -> "doctor.fix.cacheFilePrivate";
            case TEMP_COPY_DELETED -> "doctor.fix.tempCopyDeleted";
            case OLD_LOCK_DELETED -> "doctor.fix.oldLockDeleted";
          };
      out.println(messages.get(key, action.path()));
    }
    EditResult config = fixes.config();
    boolean repaired = config != null && config.written();
    if (repaired) {
      out.println(
          messages.get(
              "doctor.fix.configRepaired",
              config.file(),
              config.file().resolveSibling(config.file().getFileName() + ".bak")));
      out.print(config.unifiedDiff());
    }
    if (fixes.actions().isEmpty() && !repaired) {
      out.println(messages.get("doctor.fix.nothing"));
    }
    out.println();
  }

  /** {@code 2 errors, 1 warning}; or, with neither, that nothing is wrong. */
  private static Text summary(DoctorReport report) {
    long errors = report.count(Severity.ERROR);
    long warnings = report.count(Severity.WARNING);
    long notes = report.count(Severity.INFO);
    if (errors == 0 && warnings == 0) {
      return Text.of("doctor.summary.none", report.file());
    }
    Text counts =
        Text.of("doctor.summary.counts", count(errors, "error"), count(warnings, "warning"));
    return notes == 0
        ? counts
        : Text.of("doctor.summary.withInfo", counts, Text.of("doctor.summary.info", notes));
  }

  private static Text count(long n, String noun) {
    return n == 1
        ? Text.of("doctor.summary." + noun + ".one")
        : Text.of("doctor.summary." + noun + ".many", n);
  }

  /** The shared credentials file, as the SDKs find it. */
  private Path credentialsFile() {
    String variable = context.environment().variable("AWS_SHARED_CREDENTIALS_FILE");
    if (variable != null) {
      return Path.of(variable);
    }
    return context.environment().home().resolve(".aws").resolve("credentials");
  }
}
