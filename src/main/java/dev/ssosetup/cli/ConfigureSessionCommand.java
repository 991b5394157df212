package dev.ssosetup.cli;

import dev.ssosetup.config.ConfigStore;
import dev.ssosetup.wizard.SessionWizard;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code configure sso-session}: writes only an [sso-session] block (aws configure sso-session).
 */
@Command(
    name = "sso-session",
    mixinStandardHelpOptions = true,
    description = "Write or update only an [sso-session] block, like 'aws configure sso-session'.")
final class ConfigureSessionCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Option(names = "--sso-session", paramLabel = "NAME", description = "The session's name.")
  private String name;

  @Option(names = "--start-url", paramLabel = "URL", description = "The AWS access portal URL.")
  private String startUrl;

  @Option(
      names = "--sso-region",
      paramLabel = "REGION",
      description = "The IAM Identity Center region.")
  private String ssoRegion;

  @Option(
      names = "--scopes",
      paramLabel = "SCOPES",
      description = "Registration scopes, comma-separated (default: sso:account:access).")
  private String scopes;

  @Option(
      names = "--non-interactive",
      description = "Never prompt; implied when standard input is not a terminal.")
  private boolean nonInteractive;

  @Option(names = "--dry-run", description = "Print the change as a unified diff; write nothing.")
  private boolean dryRun;

  @Option(names = "--force", description = "Replace an existing session's settings without asking.")
  private boolean force;

  ConfigureSessionCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    new SessionWizard(
            context.prompter(spec.commandLine(), nonInteractive),
            new ConfigStore(context.configFile()))
        .run(new SessionWizard.Options(name, startUrl, ssoRegion, scopes, dryRun, force));
    return 0;
  }
}
