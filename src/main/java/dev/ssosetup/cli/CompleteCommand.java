package dev.ssosetup.cli;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.config.AwsConfigDocument;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code __complete -- WORD...}: what the shell completion scripts call on each TAB. The words are
 * the command line after {@code sso-setup}, the last one the word being completed (possibly empty);
 * the candidates are printed one per line. Profile and sso-session names are read from the config
 * file then, so they are never stale. Prints nothing and exits 0 on any problem: a TAB must never
 * print an error into the line being edited.
 */
@Command(name = "__complete", hidden = true)
final class CompleteCommand implements Callable<ExitCode> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "WORD")
  private List<String> words = new ArrayList<>();

  CompleteCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public ExitCode call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      List<String> line = words.isEmpty() ? List.of("") : words;
      for (String candidate : new Completer(spec.root(), this::configNames).candidates(line)) {
        out.println(candidate);
      }
    } catch (RuntimeException e) {
      // Nothing to offer; the shell shows no candidates.
    }
    out.flush();
    return ExitCode.OK;
  }

  /** The profile or sso-session names of the config file the line names, else the usual one. */
  private List<String> configNames(Completer.Names kind, String configFileOption) {
    Path file =
        context
            .environment()
            .configFile(configFileOption == null ? null : Path.of(configFileOption));
    try {
      if (!Files.isRegularFile(file)) {
        return List.of();
      }
      AwsConfigDocument document = AwsConfigDocument.parse(Files.readAllBytes(file));
      return kind == Completer.Names.PROFILES
          ? document.profileNames()
          : document.ssoSessionNames();
    } catch (Exception e) {
      return List.of();
    }
  }
}
