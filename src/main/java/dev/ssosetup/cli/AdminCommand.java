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
  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing command: name one of instance, grant, handoff.");
  }
}
