package dev.ssosetup.cli;

import dev.ssosetup.auth.RoleCredentials;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.common.ExitCode;
import dev.ssosetup.credentials.CredentialsException;
import dev.ssosetup.credentials.RoleCredentialsSource;
import dev.ssosetup.credentials.RoleTarget;
import dev.ssosetup.prompt.NonInteractivePrompter;
import dev.ssosetup.prompt.Prompter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code credentials}: a profile's role credentials for tools that cannot read SSO profiles. */
@Command(name = "credentials", mixinStandardHelpOptions = true, sortOptions = false)
final class CredentialsCommand implements Callable<ExitCode> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Mixin private RoleProfileOption role;

  @Option(names = "--format", paramLabel = "env|json|process")
  private CredentialsOutput.Format format = CredentialsOutput.Format.ENV;

  @Option(names = "--shell", paramLabel = "bash|zsh|fish|powershell")
  private CredentialsOutput.Shell shell;

  CredentialsCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public ExitCode call() {
    if (shell != null && format != CredentialsOutput.Format.ENV) {
      throw new ParameterException(
          spec.commandLine(), context.messages().get("credentials.shellNeedsEnv"));
    }
    RoleTarget target = RoleTargets.resolve(context, role.profile);
    String text;
    try (AwsClients clients = context.awsClients(spec.commandLine(), silent(spec))) {
      RoleCredentials credentials = source(context, clients).get(target).credentials();
      text = CredentialsOutput.render(format, shell, target, credentials);
    } catch (CredentialsException e) {
      throw CredentialsFailures.of(context, target, e);
    }
    // All or nothing: a half-written script must never reach an eval.
    PrintWriter out = spec.commandLine().getOut();
    out.print(text);
    out.flush();
    return ExitCode.OK;
  }

  /**
   * A prompter that shows nothing on stdout, not even a spinner for a slow call: what these
   * commands print there is read by {@code eval}, by an SDK, or is a child's own output.
   */
  static Supplier<Prompter> silent(CommandSpec spec) {
    PrintWriter err = spec.commandLine().getErr();
    return () -> new NonInteractivePrompter(err, err);
  }

  /** Role credentials through these clients, this run's login and cache. */
  static RoleCredentialsSource source(CliContext context, AwsClients clients) {
    return new RoleCredentialsSource(
        clients, context.ssoLogin(clients), context.roleCredentialCache());
  }
}
