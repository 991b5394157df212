package dev.ssosetup.cli;

import dev.ssosetup.admin.AdminProblem;
import dev.ssosetup.admin.Instance;
import dev.ssosetup.admin.InstanceChoice;
import dev.ssosetup.admin.InstanceDiscovery;
import dev.ssosetup.auth.LoginOptions;
import dev.ssosetup.aws.AdminClients;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.common.ExitCode;
import dev.ssosetup.prompt.Prompter;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What every {@code admin} command starts with: the administrator's credentials, the SDK clients,
 * and the instance, found afresh by asking every region at once.
 */
final class AdminSession implements AutoCloseable {
  /** The options every admin command has. */
  static final class Flags {
    @Option(names = "--profile", paramLabel = "NAME")
    String profile;

    @Option(names = "--instance-arn", paramLabel = "ARN")
    String instanceArn;

    @Mixin LoginFlags login;
  }

  private final AwsClients aws;
  private final AdminClients clients;
  private final String region;

  private AdminSession(AwsClients aws, AdminClients clients, String region) {
    this.aws = aws;
    this.clients = clients;
    this.region = region;
  }

  static AdminSession open(
      CliContext context, CommandLine commandLine, Flags flags, Prompter prompter) {
    AwsClients aws = context.awsClients(commandLine, () -> prompter);
    try {
      LoginOptions login = flags.login.options();
      AdminCredentials.Resolved resolved =
          AdminCredentials.resolve(context, flags.profile, aws, login, prompter);
      return new AdminSession(aws, new AdminClients(resolved.provider(), aws), resolved.region());
    } catch (RuntimeException e) {
      aws.close();
      throw e;
    }
  }

  /**
   * The prompter of an admin command: for JSON output, one that asks nothing and says everything
   * (the login's messages too) on the error stream, so that standard output is the document.
   */
  static Prompter prompter(
      CliContext context, CommandLine commandLine, boolean nonInteractive, boolean json) {
    return json
        ? new dev.ssosetup.prompt.NonInteractivePrompter(commandLine.getErr(), commandLine.getErr())
        : context.prompter(commandLine, nonInteractive);
  }

  AdminClients clients() {
    return clients;
  }

  /** Asks every region where IAM Identity Center can run, concurrently, and picks the instance. */
  Instance instance(String instanceArn) {
    InstanceDiscovery discovery =
        new InstanceDiscovery(clients::ssoAdmin, InstanceDiscovery.regionsInPartitionOf(region));
    return InstanceChoice.choose(discovery.scan(discovery.regions().size()), instanceArn);
  }

  @Override
  public void close() {
    clients.close();
    aws.close();
  }

  /** Runs an admin command body, turning its problems into the command's error. */
  static ExitCode run(CliContext context, Supplier<ExitCode> body) {
    try {
      return body.get();
    } catch (AdminProblem problem) {
      throw AdminOutput.problem(context.messages(), problem);
    }
  }
}
