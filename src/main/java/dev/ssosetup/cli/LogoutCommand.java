package dev.ssosetup.cli;

import dev.ssosetup.auth.RoleCredentialCache;
import dev.ssosetup.auth.SsoLogin;
import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.credentials.RoleTarget;
import dev.ssosetup.profiles.ProfileInfo;
import dev.ssosetup.profiles.SessionInfo;
import dev.ssosetup.profiles.SsoProfiles;
import dev.ssosetup.prompt.Prompter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code logout}: signs out of the portal and deletes cached tokens, like 'aws sso logout'. */
@Command(name = "logout", mixinStandardHelpOptions = true)
final class LogoutCommand implements Callable<ExitCode> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  private Choice choice = new Choice();

  static final class Choice {
    @Option(names = "--profile", paramLabel = "NAME")
    String profile;

    @Option(names = "--sso-session", paramLabel = "NAME")
    String session;

    @Option(names = "--all")
    boolean all;

    boolean named() {
      return profile != null || session != null;
    }
  }

  LogoutCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public ExitCode call() {
    SsoProfiles profiles = SsoProfiles.load(context.configStore());
    boolean named = choice != null && choice.named();
    List<SsoSessionRef> sessions =
        named
            ? List.of(SessionTarget.resolve(profiles, choice.profile, choice.session, null))
            : everySession(profiles);
    Prompter prompter = context.prompter(spec.commandLine(), true);
    int loggedOut = 0;
    try (AwsClients clients = context.awsClients(spec.commandLine(), () -> prompter)) {
      SsoLogin login = context.ssoLogin(clients);
      for (SsoSessionRef session : sessions) {
        forgetRoleCredentials(profiles, session);
        if (login.logout(session, prompter)) {
          prompter.say(Text.of("cli.logout.done", session.title()).in(context.messages()));
          loggedOut++;
        } else if (named) {
          prompter.say(Text.of("cli.logout.noToken", session.title()).in(context.messages()));
        }
      }
    }
    if (!named && loggedOut == 0) {
      prompter.say(context.messages().get("cli.logout.noTokens", profiles.file()));
    }
    return ExitCode.OK;
  }

  /**
   * Deletes the cached role credentials of every profile that reaches a role through the session,
   * as 'aws sso logout' deletes those of SSO profiles: after a logout, no tool keeps using them.
   */
  private void forgetRoleCredentials(SsoProfiles profiles, SsoSessionRef session) {
    RoleCredentialCache cache = context.roleCredentialCache();
    for (RoleTarget role : RoleTargets.rolesOf(profiles, session)) {
      cache.delete(RoleCredentialCache.key(role.session(), role.accountId(), role.roleName()));
    }
  }

  /** Every complete sso-session, then every legacy profile's start URL, each once. */
  private static List<SsoSessionRef> everySession(SsoProfiles profiles) {
    Map<String, SsoSessionRef> byCacheKey = new LinkedHashMap<>();
    for (SessionInfo session : profiles.sessions()) {
      add(byCacheKey, () -> profiles.sessionRef(session));
    }
    for (ProfileInfo profile : profiles.profiles()) {
      if (profile.form() == ProfileInfo.Form.LEGACY_SSO) {
        add(byCacheKey, () -> profiles.sessionRef(profile));
      }
    }
    return new ArrayList<>(byCacheKey.values());
  }

  private static void add(
      Map<String, SsoSessionRef> byCacheKey, java.util.function.Supplier<SsoSessionRef> ref) {
    try {
      SsoSessionRef session = ref.get();
      byCacheKey.putIfAbsent(session.cacheKey(), session);
    } catch (UserFacingException incomplete) {
      // A block without a start URL or region has no token of ours to log out of.
    }
  }
}
