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
    modelTransformer = ExecCommand.StopAtCommand.class)
final class ExecCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Mixin private RoleProfileOption role;

  @Parameters(arity = "1..*", paramLabel = "COMMAND")
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
              context.environment().variables(), credentials, target.region()),
          context.environment().isWindows());
    } catch (CredentialsException e) {
      throw CredentialsFailures.of(context, target, e);
    }
  }
}
