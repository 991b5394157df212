package dev.ssosetup.cli;

import dev.ssosetup.auth.LoginOptions;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.common.ExitCode;
import dev.ssosetup.config.ConfigStore;
import dev.ssosetup.prompt.Prompter;
import dev.ssosetup.wizard.ConfigureOptions;
import dev.ssosetup.wizard.ConfigureWizard;
import dev.ssosetup.wizard.LoginAccess;
import dev.ssosetup.wizard.ProfileSettings;
import dev.ssosetup.wizard.SsoAccess;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code configure}: the wizard that mirrors {@code aws configure sso}, prompt for prompt. */
@Command(
    name = "configure",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    subcommands = {ConfigureSessionCommand.class})
final class ConfigureCommand implements Callable<ExitCode> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  private SessionChoice session = new SessionChoice();

  static final class SessionChoice {
    @Option(names = "--sso-session", paramLabel = "NAME")
    String name;

    @Option(names = "--legacy")
    boolean legacy;
  }

  @Mixin private SessionFlags sessionFlags;

  @Option(names = "--account-id", paramLabel = "ID")
  private String accountId;

  @Option(names = "--role-name", paramLabel = "ROLE")
  private String roleName;

  @Option(names = "--region", paramLabel = "REGION")
  private String region;

  @Option(names = "--output", paramLabel = "FORMAT")
  private String output;

  @Option(names = "--profile", paramLabel = "NAME")
  private String profile;

  @Option(names = "--no-login")
  private boolean noLogin;

  @Option(names = "--force")
  private boolean force;

  @Mixin private LoginFlags loginFlags;

  ConfigureCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public ExitCode call() {
    ConfigureOptions options =
        ConfigureOptions.builder()
            .ssoSession(session.name)
            .legacy(session.legacy)
            .startUrl(sessionFlags.startUrl)
            .ssoRegion(sessionFlags.ssoRegion)
            .scopes(sessionFlags.scopes)
            .accountId(accountId)
            .roleName(roleName)
            .region(region)
            .output(output)
            .profile(profile)
            .noLogin(noLogin)
            .dryRun(sessionFlags.dryRun)
            .force(force)
            .build();
    Prompter prompter =
        context.prompter(spec.commandLine(), sessionFlags.nonInteractive || noLogin);
    ConfigStore store = context.configStore();
    String awsProfile = context.environment().variable("AWS_PROFILE");
    if (noLogin) {
      ProfileSettings written =
          new ConfigureWizard(prompter, store, awsProfile, null, context.messages()).run(options);
      OutputFormatNote.warnIfNeeded(
          spec.commandLine().getErr(), context.messages(), written.output());
      return ExitCode.OK;
    }
    LoginOptions login = loginFlags.options();
    try (AwsClients clients = context.awsClients(spec.commandLine(), () -> prompter)) {
      SsoAccess access =
          new LoginAccess(context.ssoLogin(clients), clients, login, prompter, context.messages());
      ProfileSettings written =
          new ConfigureWizard(prompter, store, awsProfile, access, context.messages()).run(options);
      OutputFormatNote.warnIfNeeded(
          spec.commandLine().getErr(), context.messages(), written.output());
    }
    return ExitCode.OK;
  }
}
