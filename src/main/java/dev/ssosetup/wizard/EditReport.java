package dev.ssosetup.wizard;

import dev.ssosetup.common.Messages;
import dev.ssosetup.config.EditResult;
import dev.ssosetup.prompt.Prompter;

/** How both wizards begin to tell what their edit of the config did (or would do). */
final class EditReport {
  private EditReport() {}

  /**
   * Warns of what the edit's checks found; in a dry run also shows the change as a diff (or says
   * {@code what} is up to date) and that nothing was written.
   *
   * @param what the profile or session edited, as the up-to-date sentence names it
   * @return whether it was a dry run: then all is said
   */
  static boolean warnAndShowDryRun(
      Prompter prompter, Messages messages, EditResult result, String what, boolean dryRun) {
    result.warnings().forEach(warning -> prompter.warn(warning.in(messages)));
    if (!dryRun) {
      return false;
    }
    if (result.changed()) {
      result.unifiedDiff().stripTrailing().lines().forEach(prompter::say);
    } else {
      prompter.say(messages.get("wizard.upToDateDryRun", what, result.file()));
    }
    prompter.say(messages.get("wizard.dryRun"));
    return true;
  }
}
