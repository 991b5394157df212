package dev.ssosetup.cli;

import dev.ssosetup.auth.RoleCredentials;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.credentials.CommandRunner;
import dev.ssosetup.credentials.CredentialVariables;
import dev.ssosetup.credentials.CredentialsException;
import dev.ssosetup.credentials.RoleTarget;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code exec}: runs a command with a profile's role credentials in its environment. */
@Command(
    name = "exec",
    mixinStandardHelpOptions = true,
    modelTransformer = ExecCommand.StopAtCommand.class,
    description = {
      "Run a command with the role credentials and region of an SSO profile in its environment.",
      "It gets AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN,"
          + " AWS_CREDENTIAL_EXPIRATION, AWS_REGION and AWS_DEFAULT_REGION, and AWS_PROFILE and"
          + " AWS_DEFAULT_PROFILE are removed so that it cannot pick another profile by accident.",
      "Everything after the command (or after --) is the command's own. Its input and output are"
          + " the terminal's; Ctrl-C reaches it as it would without sso-setup, and TERM or HUP sent"
          + " to sso-setup are passed on to it. sso-setup exits with its exit code (128+N when it"
          + " died of signal N). Like 'credentials', it never logs in.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "N:the command's own exit code (128+N when it died of signal N)",
      "1:no valid login, or AWS refused the role's credentials",
      "2:bad input: an unknown profile, one without a role, an invalid option",
      "126:the command was found but could not be run",
      "127:the command was not found",
    })
final class ExecCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Mixin private RoleProfileOption role;

  @Parameters(
      arity = "1..*",
      paramLabel = "COMMAND",
      description = "The command and its arguments, e.g. -- terraform plan.")
  private List<String> command;

  ExecCommand(CliContext context) {
    this.context = context;
  }

  /** Options end at the command: {@code exec aws s3 ls --profile x} passes --profile to aws. */
  static final class StopAtCommand implements IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      spec.parser().stopAtPositional(true);
      return spec;
    }
  }

  @Override
  public Integer call() {
    RoleTarget target = RoleTargets.resolve(context, role.profile);
    try {
      RoleCredentials credentials;
      try (AwsClients clients =
          context.awsClients(spec.commandLine(), CredentialsCommand.silent(spec))) {
        credentials = CredentialsCommand.source(context, clients).get(target).credentials();
      }
      return CommandRunner.run(
          command,
          CredentialVariables.childEnvironment(
              context.environment().variables(), credentials, target.region()));
    } catch (CredentialsException e) {
      throw CredentialsFailures.of(context, target, e);
    }
  }
}
