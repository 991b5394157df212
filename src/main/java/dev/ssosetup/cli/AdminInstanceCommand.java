package dev.ssosetup.cli;

import dev.ssosetup.admin.Instance;
import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Json;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code admin instance}: where IAM Identity Center is (its home region) and its portal URL. */
@Command(name = "instance", mixinStandardHelpOptions = true, sortOptions = false)
final class AdminInstanceCommand implements Callable<ExitCode> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Mixin private AdminSession.Flags flags;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
  private OutputFormat format;

  AdminInstanceCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public ExitCode call() {
    return AdminSession.run(
        context,
        () -> {
          PrintWriter out = spec.commandLine().getOut();
          try (AdminSession session =
              AdminSession.open(
                  context,
                  spec.commandLine(),
                  flags,
                  AdminSession.prompter(
                      context, spec.commandLine(), false, format == OutputFormat.JSON))) {
            Instance instance = session.instance(flags.instanceArn);
            if (format == OutputFormat.JSON) {
              out.println(Json.writePretty(AdminOutput.instanceJson(instance)));
            } else {
              new AdminOutput(context.messages(), out).instance(instance);
            }
          }
          out.flush();
          return ExitCode.OK;
        });
  }
}
