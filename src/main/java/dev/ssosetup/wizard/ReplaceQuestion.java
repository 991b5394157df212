package dev.ssosetup.wizard;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.config.AwsConfigDocument;
import dev.ssosetup.config.ConfigStore;
import dev.ssosetup.config.SectionId;
import dev.ssosetup.config.ValueChecks;
import dev.ssosetup.prompt.Prompter;
import dev.ssosetup.prompt.TextQuestion;
import java.util.List;

/**
 * What happens when configure would change the SSO settings of a block that exists: it asks first
 * ("Replace them?"). A "no" about a profile keeps the login and every answer and asks for another
 * profile name instead; a "no" about the sso-session (whose settings came from flags) keeps the
 * file as it was. Without a terminal, only {@code --force} replaces.
 */
final class ReplaceQuestion {
  private final Prompter prompter;
  private final ConfigStore store;
  private final Messages messages;

  ReplaceQuestion(Prompter prompter, ConfigStore store, Messages messages) {
    this.prompter = prompter;
    this.store = store;
    this.messages = messages;
  }

  /** The settings to write: these, or the same under a profile name the person chose instead. */
  ProfileSettings settle(ProfileSettings settings, boolean force, String suggestedProfile) {
    ProfileSettings current = settings;
    while (!force) {
      AwsConfigDocument document = store.readValid();
      List<ConfigurePlan.Change> changes = new ConfigurePlan(current).ssoChanges(document);
      if (changes.isEmpty() || confirm(current, changes)) {
        return current;
      }
      String session =
          current.legacy() ? null : SectionId.ssoSession(current.ssoSession()).header();
      if (session != null && changes.stream().anyMatch(c -> c.section().equals(session))) {
        throw keptSession(session);
      }
      current = withProfile(current, otherProfileName(current, suggestedProfile, document));
    }
    return current;
  }

  private boolean confirm(ProfileSettings settings, List<ConfigurePlan.Change> changes) {
    if (!prompter.interactive()) {
      StringBuilder summary = new StringBuilder();
      for (ConfigurePlan.Change change : changes) {
        summary.append(summary.length() == 0 ? "" : "; ").append(change.describe().in(messages));
      }
      throw UserFacingException.usage(
          Text.of("wizard.replace.exists", settings.profile(), summary.toString()),
          Text.of("wizard.replace.forceHint"));
    }
    prompter.say(messages.get("wizard.replace.differs", settings.profile()));
    for (ConfigurePlan.Change change : changes) {
      prompter.say("  " + change.describe().in(messages));
    }
    return prompter.confirm(messages.get("wizard.replace.question"), false);
  }

  /** Prompt 10 again; its default is the suggested name unless that is the one just declined. */
  private String otherProfileName(
      ProfileSettings declined, String suggested, AwsConfigDocument document) {
    boolean suggestedFree =
        suggested != null
            && !suggested.equals(declined.profile())
            && ValueChecks.profileNameProblem(suggested) == null
            && new ConfigurePlan(withProfile(declined, suggested)).ssoChanges(document).isEmpty();
    String defaultName = suggestedFree ? suggested : null;
    return prompter.text(
        new TextQuestion(
                AwsCliWords.PROFILE,
                defaultName,
                defaultName,
                "--profile",
                document.profileNames(),
                typed ->
                    typed == null || typed.isBlank()
                        ? Text.of("wizard.profileNameRequired")
                        : ValueChecks.profileNameProblem(typed))
            .withHint(Text.of("hint.otherProfile")));
  }

  private static UserFacingException keptSession(String session) {
    return new UserFacingException(
        ExitCode.INTERRUPTED,
        Text.of("wizard.replace.kept", session),
        Text.of("wizard.replace.keptHint"),
        null);
  }

  static ProfileSettings withProfile(ProfileSettings settings, String profile) {
    return new ProfileSettings(
        profile,
        settings.ssoSession(),
        settings.startUrl(),
        settings.ssoRegion(),
        settings.scopes(),
        settings.accountId(),
        settings.roleName(),
        settings.region(),
        settings.output());
  }
}
