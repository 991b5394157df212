package dev.ssosetup.cli;

import dev.ssosetup.auth.RoleCredentials;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.QuotedValue;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.credentials.ConsoleLink;
import dev.ssosetup.credentials.CredentialsException;
import dev.ssosetup.credentials.RoleTarget;
import dev.ssosetup.prompt.Prompter;
import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code console}: signs in to the AWS console as a profile's role. */
@Command(name = "console", mixinStandardHelpOptions = true, sortOptions = false)
final class ConsoleCommand implements Callable<ExitCode> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Mixin private RoleProfileOption role;

  @Option(names = "--destination", paramLabel = "SERVICE|URL")
  private String destination;

  @Option(names = "--url-only")
  private boolean urlOnly;

  ConsoleCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public ExitCode call() {
    RoleTarget target = RoleTargets.resolve(context, role.profile);
    Messages messages = context.messages();
    if (!urlOnly && !context.browserOpener().available()) {
      throw UserFacingException.failure(
          messages.get("credentials.console.noBrowser"),
          messages.get("credentials.console.noBrowser.hint", urlOnlyCommand(target)));
    }
    URI link;
    try {
      PrintWriter debugLog = context.debug() ? spec.commandLine().getErr() : null;
      ConsoleLink console = new ConsoleLink(context.environment(), debugLog);
      ConsoleLink.Plan plan = console.plan(target, destination);
      RoleCredentials credentials;
      // A spinner when a call is slow, but not when the link is printed for a script to read.
      Supplier<Prompter> prompter =
          urlOnly
              ? CredentialsCommand.silent(spec)
              : () -> context.prompter(spec.commandLine(), false);
      try (AwsClients clients = context.awsClients(spec.commandLine(), prompter)) {
        credentials = CredentialsCommand.source(context, clients).get(target).credentials();
      }
      link = console.create(plan, credentials);
    } catch (CredentialsException e) {
      throw CredentialsFailures.of(context, target, e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (urlOnly) {
      out.println(link);
    } else if (context.browserOpener().open(link)) {
      out.println(
          messages.get(
              "credentials.console.opened",
              QuotedValue.of(target.profile()),
              QuotedValue.of(target.roleName()),
              QuotedValue.of(target.accountId())));
    } else {
      throw UserFacingException.failure(
          messages.get("credentials.console.noBrowser"),
          messages.get("credentials.console.noBrowser.hint", urlOnlyCommand(target)));
    }
    out.flush();
    return ExitCode.OK;
  }

  private String urlOnlyCommand(RoleTarget target) {
    return RoleTargets.command(context, "console", target.profile()) + " --url-only";
  }
}
