package dev.ssosetup.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code admin}: the administrator's half of the team guide. */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    synopsisSubcommandLabel = "<command>",
    subcommands = {AdminInstanceCommand.class, AdminGrantCommand.class, AdminHandoffCommand.class})
final class AdminCommand implements Runnable {
  private final CliContext context;

  @Spec private CommandSpec spec;

  AdminCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), context.messages().get("cli.admin.missingCommand"));
  }
}
