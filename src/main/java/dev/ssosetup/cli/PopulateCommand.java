package dev.ssosetup.cli;

import dev.ssosetup.auth.LoginOptions;
import dev.ssosetup.auth.RejectedLogin;
import dev.ssosetup.auth.SsoLogin;
import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.aws.CallObserver;
import dev.ssosetup.aws.TokenRejectedException;
import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.TerminalText;
import dev.ssosetup.config.ConfigStore;
import dev.ssosetup.populate.ListingProgress;
import dev.ssosetup.populate.PopulateOptions;
import dev.ssosetup.populate.PopulateResult;
import dev.ssosetup.populate.Populator;
import dev.ssosetup.populate.ProgressListener;
import dev.ssosetup.profiles.SsoProfiles;
import dev.ssosetup.prompt.Prompter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code populate}: a profile for every account and role of an sso-session (docs/spec.md §6.2). */
@Command(name = "populate", mixinStandardHelpOptions = true, sortOptions = false)
final class PopulateCommand implements Callable<ExitCode> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Option(names = "--sso-session", required = true, paramLabel = "NAME")
  private String session;

  @Option(names = "--template", paramLabel = "T")
  private String template;

  @Option(names = "--region", paramLabel = "R")
  private String region;

  @Option(names = "--output", paramLabel = "F")
  private String output;

  @Option(names = "--include-accounts", paramLabel = "RE")
  private String includeAccounts;

  @Option(names = "--exclude-accounts", paramLabel = "RE")
  private String excludeAccounts;

  @Option(names = "--include-roles", paramLabel = "RE")
  private String includeRoles;

  @Option(names = "--exclude-roles", paramLabel = "RE")
  private String excludeRoles;

  @Option(names = "--prune")
  private boolean prune;

  @Option(names = "--dry-run")
  private boolean dryRun;

  @Option(names = "--max-rps", paramLabel = "N")
  private double maxRps = PopulateOptions.DEFAULT_MAX_RPS;

  @Mixin private LoginFlags loginFlags;

  PopulateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public ExitCode call() {
    PopulateOptions options =
        PopulateOptions.builder()
            .template(template)
            .region(region)
            .output(output)
            .includeAccounts(includeAccounts)
            .excludeAccounts(excludeAccounts)
            .includeRoles(includeRoles)
            .excludeRoles(excludeRoles)
            .prune(prune)
            .dryRun(dryRun)
            .maxRps(maxRps)
            .build();
    ConfigStore store = context.configStore();
    SsoProfiles profiles = SsoProfiles.load(store);
    SsoSessionRef ref = profiles.sessionRef(profiles.requireSession(session));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Prompter prompter = context.prompter(spec.commandLine(), false);
    LoginOptions login = loginFlags.options();
    try (AwsClients clients = context.awsClients(spec.commandLine(), () -> prompter)) {
      SsoLogin ssoLogin = context.ssoLogin(clients);
      String token = ssoLogin.login(ref, login, prompter).accessToken().reveal();
      // The listing shows its own progress; with --debug, the wire log has the line to itself.
      clients.observer(CallObserver.NONE);
      ProgressListener progress =
          context.debug() ? ProgressListener.NONE : ListingProgress.on(prompter);
      Populator populator = new Populator(clients, progress, context.environment().clock());
      PopulateResult result;
      try {
        result = populator.run(ref, token, store, options);
      } catch (TokenRejectedException e) {
        // Nothing was written: the edit comes after every list call.
        String fresh =
            new RejectedLogin(ssoLogin, login, prompter, context.messages()).recover(ref, e);
        result = populator.run(ref, fresh, store, options);
      }
      if (dryRun) {
        // The diff shows lines of the config file, as they are: each is made terminal-safe.
        out.print(TerminalText.lines(result.unifiedDiff()));
      }
      result
          .warnings()
          .forEach(line -> err.println(TerminalText.safe(line.in(context.messages()))));
      OutputFormatNote.warnIfNeeded(err, context.messages(), output);
      result
          .summaryLines()
          .forEach(line -> out.println(TerminalText.safe(line.in(context.messages()))));
    }
    out.flush();
    err.flush();
    return ExitCode.OK;
  }
}
