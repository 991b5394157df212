package dev.ssosetup.cli;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.wizard.SessionWizard;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code configure sso-session}: writes only an [sso-session] block (aws configure sso-session).
 */
@Command(name = "sso-session", mixinStandardHelpOptions = true)
final class ConfigureSessionCommand implements Callable<ExitCode> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Option(names = "--sso-session", paramLabel = "NAME")
  private String name;

  @Mixin private SessionFlags sessionFlags;

  @Option(names = "--force")
  private boolean force;

  ConfigureSessionCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public ExitCode call() {
    new SessionWizard(
            context.prompter(spec.commandLine(), sessionFlags.nonInteractive),
            context.configStore(),
            context.messages())
        .run(
            new SessionWizard.Options(
                name,
                sessionFlags.startUrl,
                sessionFlags.ssoRegion,
                sessionFlags.scopes,
                sessionFlags.dryRun,
                force));
    return ExitCode.OK;
  }
}
