package dev.ssosetup.cli;

import dev.ssosetup.admin.AdminProblem;
import dev.ssosetup.admin.GrantPlanner;
import dev.ssosetup.admin.Instance;
import dev.ssosetup.common.ExitCode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code admin handoff}: the message an administrator sends a user. */
@Command(name = "handoff", mixinStandardHelpOptions = true, sortOptions = false)
final class AdminHandoffCommand implements Callable<ExitCode> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Option(names = "--user", required = true, paramLabel = "NAME")
  private String user;

  @Option(names = "--sso-session", paramLabel = "NAME")
  private String session;

  @Mixin private AdminSession.Flags flags;

  AdminHandoffCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public ExitCode call() {
    return AdminSession.run(
        context,
        () -> {
          String problem = dev.ssosetup.admin.GrantInputs.userProblem(user);
          if (problem != null) {
            throw AdminProblem.input(problem, user);
          }
          try (AdminSession session =
              AdminSession.open(
                  context,
                  spec.commandLine(),
                  flags,
                  context.prompter(spec.commandLine(), false))) {
            Instance instance = session.instance(flags.instanceArn);
            if (GrantPlanner.userId(
                    session.clients().identityStore(instance.region()), instance, user)
                == null) {
              throw AdminProblem.input("admin.handoff.noUser", user);
            }
            new AdminOutput(context.messages(), spec.commandLine().getOut())
                .handoff(instance, user, sessionName(), List.of());
          }
          return ExitCode.OK;
        });
  }

  private String sessionName() {
    return session != null ? AdminOutput.sessionName(session) : AdminOutput.sessionName(user);
  }
}
