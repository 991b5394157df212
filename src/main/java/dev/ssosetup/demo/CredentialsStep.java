package dev.ssosetup.demo;

import dev.ssosetup.auth.RoleCredentialCache;
import dev.ssosetup.auth.RoleCredentials;
import dev.ssosetup.auth.SsoLogin;
import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.common.Environment;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.config.ConfigStore;
import dev.ssosetup.credentials.ConsoleLink;
import dev.ssosetup.credentials.CredentialVariables;
import dev.ssosetup.credentials.CredentialsException;
import dev.ssosetup.credentials.RoleCredentialsSource;
import dev.ssosetup.credentials.RoleTarget;
import dev.ssosetup.files.FileLocks;
import dev.ssosetup.profiles.ProfileInfo;
import dev.ssosetup.profiles.SsoProfiles;
import dev.ssosetup.sandbox.Sandbox;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

/**
 * The demo's last steps: the profile's role credentials as {@code sso-setup credentials} prints
 * them, and a console sign-in link as {@code sso-setup console --url-only} prints it, which the
 * sandbox's sign-in endpoint then accepts. Both hold secrets, so what is shown hides them: the
 * secret key and session token by their length, the link's sign-in token entirely.
 */
final class CredentialsStep {
  private static final Set<String> SECRET_VARIABLES =
      Set.of("AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN");

  private final PrintWriter out;
  private final Messages messages;

  CredentialsStep(PrintWriter out, Messages messages) {
    this.out = out;
    this.messages = messages;
  }

  /**
   * Runs both steps for the profile the demo wrote, in the demo's home and sandbox.
   *
   * @throws UserFacingException (exit 1) when either step fails
   */
  void run(
      Sandbox sandbox,
      Environment environment,
      Path config,
      String profileName,
      PrintWriter debugLog,
      Runnable headingCredentials,
      Runnable headingConsole) {
    try {
      FileLocks locks = FileLocks.of(environment);
      RoleTarget target = target(new ConfigStore(config, locks), profileName);
      Path cacheFolder = environment.home().resolve(".aws").resolve("cli").resolve("cache");
      RoleCredentials credentials;
      try (AwsClients clients = new AwsClients(debugLog, config)) {
        SsoLogin login =
            new SsoLogin(
                clients,
                new TokenCache(environment.ssoCacheDirectory(), environment.clock(), locks),
                uri -> false,
                environment);
        credentials =
            new RoleCredentialsSource(
                    clients,
                    login,
                    new RoleCredentialCache(cacheFolder, environment.clock(), locks))
                .get(target)
                .credentials();
      }
      headingCredentials.run();
      out.println(messages.get("credentials.demo.envIntro"));
      out.println();
      CredentialVariables.of(credentials, target.region())
          .forEach(
              (name, value) ->
                  out.println(
                      "export "
                          + name
                          + "="
                          + (SECRET_VARIABLES.contains(name)
                              ? "<" + messages.get("credentials.demo.hidden", value.length()) + ">"
                              : "'" + value + "'")));
      out.println();
      out.println(
          messages.get(
              "credentials.demo.cached",
              cacheFolder.resolve(
                  RoleCredentialCache.key(target.session(), target.accountId(), target.roleName())
                      + ".json")));

      headingConsole.run();
      ConsoleLink console = new ConsoleLink(environment, debugLog);
      URI link = console.create(console.plan(target, null), credentials);
      out.println(messages.get("credentials.demo.consoleIntro"));
      out.println();
      out.println(link.toString().replaceAll("SigninToken=[^&]*", "SigninToken=<hidden>"));
      out.println();
      String visited = sandbox.approveInBrowser(link);
      out.println(messages.get("credentials.demo.consoleAccepted", visited.split(" ", 2)[0]));
      out.flush();
    } catch (CredentialsException e) {
      throw UserFacingException.failure(
          messages.get("credentials.demo.failed", e.problem() + " " + e.detail()), null, e);
    }
  }

  private static RoleTarget target(ConfigStore config, String profileName) {
    SsoProfiles profiles = SsoProfiles.load(config);
    ProfileInfo profile = profiles.requireProfile(profileName);
    return new RoleTarget(
        profile.name(),
        profiles.sessionRef(profile),
        profile.accountId(),
        profile.roleName(),
        profile.region());
  }
}
