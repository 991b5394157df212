package dev.ssosetup.cli;

import dev.ssosetup.auth.LoginOptions;
import dev.ssosetup.auth.LoginOutcome;
import dev.ssosetup.auth.LoginResult;
import dev.ssosetup.auth.SsoLogin;
import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.LocalTimes;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
import dev.ssosetup.profiles.SsoProfiles;
import dev.ssosetup.prompt.Prompter;
import dev.ssosetup.wizard.AwsCliWords;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code login}: a valid token for a profile or session, reused, refreshed or from a login. */
@Command(name = "login", mixinStandardHelpOptions = true)
final class LoginCommand implements Callable<ExitCode> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  private Target target = new Target();

  static final class Target {
    @Option(names = "--profile", paramLabel = "NAME")
    String profile;

    @Option(names = "--sso-session", paramLabel = "NAME")
    String session;
  }

  @Option(names = "--force")
  private boolean force;

  @Mixin private LoginFlags loginFlags;

  LoginCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public ExitCode call() {
    SsoProfiles profiles = SsoProfiles.load(context.configStore());
    Target named = target == null ? new Target() : target;
    SsoSessionRef session =
        SessionTarget.resolve(
            profiles, named.profile, named.session, context.environment().variable("AWS_PROFILE"));
    LoginOptions options = loginFlags.options().withForce(force);
    Prompter prompter = context.prompter(spec.commandLine(), false);
    try (AwsClients clients = context.awsClients(spec.commandLine(), () -> prompter)) {
      SsoLogin login = context.ssoLogin(clients);
      LoginResult result = login.login(session, options, prompter);
      // A token the file calls valid may be signed out or ended on the server: ask the portal
      // before saying no login is needed, or the next command sends the person straight back.
      if (result.outcome() == LoginOutcome.REUSED
          && !login.accepted(session, result.accessToken().reveal())) {
        prompter.warn(Text.of("login.tokenRejected", session.title()).in(context.messages()));
        result = login.loginAgain(session, options, prompter);
      }
      Messages messages = context.messages();
      switch (result.outcome()) {
        case REUSED ->
            prompter.say(
                messages.get(
                    "cli.login.reused",
                    session.title().in(messages),
                    until(result.expiresAt()),
                    left(result.expiresAt(), messages)));
        case REFRESHED ->
            prompter.say(
                messages.get(
                    "cli.login.refreshed",
                    session.title().in(messages),
                    until(result.expiresAt()),
                    left(result.expiresAt(), messages)));
        case LOGGED_IN -> prompter.say(AwsCliWords.loggedIn(session.startUrl()));
      }
    }
    return ExitCode.OK;
  }

  /** The expiry in local time: {@code 2026-11-27 18:04 JST}. */
  private String until(Instant expiresAt) {
    return LocalTimes.minutes(expiresAt, context.environment().clock().getZone());
  }

  /** The time left until then: {@code 7h 59m}, {@code 59m}. */
  private String left(Instant expiresAt, Messages messages) {
    Instant now = context.environment().clock().instant();
    long minutes = Math.max(0, Duration.between(now, expiresAt).toMinutes());
    return minutes >= 60
        ? messages.get("cli.duration.hoursMinutes", minutes / 60, minutes % 60)
        : messages.get("cli.duration.minutes", minutes);
  }
}
