package dev.ssosetup.cli;

import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.QuotedValue;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.credentials.RoleTarget;
import dev.ssosetup.profiles.ProfileInfo;
import dev.ssosetup.profiles.SsoProfiles;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The role that {@code credentials}, {@code exec} and {@code console} act on: the profile named by
 * {@code --profile}, else {@code AWS_PROFILE}, else {@code default}, which must be an SSO profile
 * with an account and a role. Also the exact {@code sso-setup login} command that makes it usable.
 */
final class RoleTargets {
  /** A region name; anything else in a profile's {@code region} is refused before it is used. */
  private static final Pattern REGION = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  /** What a shell takes as one word without quotes. */
  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_.@%+=:,/-]+");

  private RoleTargets() {}

  /** The role of the profile; exit 2 when it is unknown, not SSO, or names no account and role. */
  static RoleTarget resolve(CliContext context, String profileOption) {
    SsoProfiles profiles = SsoProfiles.load(context.configStore());
    ProfileInfo profile =
        SessionTarget.profile(
            profiles,
            profileOption,
            context.environment().variable("AWS_PROFILE"),
            Text.of("cli.target.nameProfile"),
            Text.of("cli.target.setUp"));
    SsoSessionRef session = profiles.sessionRef(profile);
    if (profile.accountId() == null || profile.roleName() == null) {
      Messages messages = context.messages();
      throw UserFacingException.usage(
          messages.get("credentials.notARole", profile.name()),
          messages.get("credentials.notARole.hint", shellWord(profile.name())));
    }
    if (profile.region() != null && !REGION.matcher(profile.region()).matches()) {
      Messages messages = context.messages();
      throw UserFacingException.usage(
          messages.get("credentials.badRegion", profile.name(), QuotedValue.of(profile.region())),
          messages.get("credentials.notARole.hint", shellWord(profile.name())));
    }
    return new RoleTarget(
        profile.name(), session, profile.accountId(), profile.roleName(), profile.region());
  }

  /** {@code sso-setup [--config-file F] login --profile P [--force]}, quoted for a shell. */
  static String loginCommand(CliContext context, String profile, boolean force) {
    return command(context, "login", profile) + (force ? " --force" : "");
  }

  /**
   * {@code sso-setup [--config-file F] <name> --profile P}, quoted for a shell: a command to run
   * next, on the same config file as this run.
   */
  static String command(CliContext context, String name, String profile) {
    StringBuilder command = new StringBuilder("sso-setup");
    Path configFile = context.configFileOption();
    if (configFile != null) {
      command.append(" --config-file ").append(shellWord(configFile.toString()));
    }
    return command
        .append(' ')
        .append(name)
        .append(" --profile ")
        .append(shellWord(profile))
        .toString();
  }

  /** The text as one word a POSIX shell reads back unchanged: as it is, or single-quoted. */
  static String shellWord(String text) {
    return PLAIN_WORD.matcher(text).matches() ? text : "'" + text.replace("'", "'\\''") + "'";
  }

  /** Every (profile, role) of the config that reaches a role through this session. */
  static List<RoleTarget> rolesOf(SsoProfiles profiles, SsoSessionRef session) {
    return profiles.profiles().stream()
        .filter(p -> p.isSso() && p.accountId() != null && p.roleName() != null)
        .flatMap(
            p -> {
              try {
                SsoSessionRef ref = profiles.sessionRef(p);
                return ref.cacheKey().equals(session.cacheKey()) && ref.legacy() == session.legacy()
                    ? java.util.stream.Stream.of(
                        new RoleTarget(p.name(), ref, p.accountId(), p.roleName(), p.region()))
                    : java.util.stream.Stream.empty();
              } catch (UserFacingException incomplete) {
                return java.util.stream.Stream.empty();
              }
            })
        .toList();
  }
}
