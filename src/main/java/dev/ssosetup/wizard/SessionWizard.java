package dev.ssosetup.wizard;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.config.AwsConfigDocument;
import dev.ssosetup.config.ConfigKeys;
import dev.ssosetup.config.ConfigStore;
import dev.ssosetup.config.EditResult;
import dev.ssosetup.config.SectionId;
import dev.ssosetup.config.ValueChecks;
import dev.ssosetup.prompt.Prompter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code configure sso-session} flow (mirror of {@code aws configure sso-session}): prompts 1–4
 * only, writing only the {@code [sso-session]} block. An existing session's values are the
 * defaults.
 */
public final class SessionWizard {
  /** What the user passed; null where a flag was not given. */
  public record Options(
      String ssoSession,
      String startUrl,
      String ssoRegion,
      String scopes,
      boolean dryRun,
      boolean force) {}

  private final Prompter prompter;
  private final ConfigStore store;
  private final Messages messages;

  /**
   * @param messages the run's words for what the wizard says besides the AWS CLI's prompts
   */
  public SessionWizard(Prompter prompter, ConfigStore store, Messages messages) {
    this.prompter = prompter;
    this.store = store;
    this.messages = messages;
  }

  public void run(Options options) {
    ConfigureWizard.checkValue(
        options.ssoSession(), "--sso-session", ValueChecks::sessionNameProblem);
    ConfigureWizard.checkValue(options.startUrl(), "--start-url", ValueChecks::startUrlProblem);
    ConfigureWizard.checkValue(options.ssoRegion(), "--sso-region", ValueChecks::regionProblem);
    ConfigureWizard.checkValue(options.scopes(), "--scopes", ValueChecks::scopesProblem);
    AwsConfigDocument document = store.readValid();
    SessionQuestions questions = new SessionQuestions(prompter, document, messages);

    String name =
        options.ssoSession() != null ? options.ssoSession() : questions.sessionName(false);
    SectionId section = SectionId.ssoSession(name);
    Map<String, String> existing = document.properties(section);
    String current = existing.get(ConfigKeys.SSO_START_URL);
    String startUrl = options.startUrl() != null ? options.startUrl() : questions.startUrl(current);
    current = existing.get(ConfigKeys.SSO_REGION);
    String ssoRegion;
    if (options.ssoRegion() != null) {
      ssoRegion = options.ssoRegion();
      SessionQuestions.warnIfUnknownRegion(prompter, messages, ssoRegion);
    } else {
      ssoRegion = questions.ssoRegion(current);
    }
    current = existing.get(ConfigKeys.SSO_REGISTRATION_SCOPES);
    String scopes =
        options.scopes() != null
            ? ValueChecks.normalizeScopes(options.scopes())
            : questions.scopes(current);

    Map<String, String> keys = new LinkedHashMap<>();
    keys.put(ConfigKeys.SSO_START_URL, startUrl);
    keys.put(ConfigKeys.SSO_REGION, ssoRegion);
    keys.put(ConfigKeys.SSO_REGISTRATION_SCOPES, scopes);
    confirmReplacing(name, existing, keys, options);

    EditResult result =
        store.update(
            doc -> keys.forEach((key, value) -> doc.set(section, key, value)), options.dryRun());
    report(result, name, options.dryRun());
  }

  /**
   * With other settings in the file for this sso-session, asks before replacing them (or, when
   * nothing can be asked, stops), unless --force.
   */
  private void confirmReplacing(
      String name, Map<String, String> existing, Map<String, String> keys, Options options) {
    StringBuilder changes = new StringBuilder();
    keys.forEach(
        (key, value) -> {
          String old = existing.get(key);
          if (old != null && !old.equals(value)) {
            changes.append(changes.length() == 0 ? "" : "; ").append(key).append(": ").append(old);
            changes.append(" -> ").append(value);
          }
        });
    if (changes.length() > 0 && !options.force()) {
      if (!prompter.interactive()) {
        throw UserFacingException.usage(
            Text.of("wizard.session.exists", name, changes.toString()),
            Text.of("wizard.replace.forceHint"));
      }
      if (!prompter.confirm(
          messages.get("wizard.session.replaceQuestion", name, changes.toString()), false)) {
        throw new UserFacingException(
            ExitCode.INTERRUPTED,
            Text.of("wizard.replace.kept", Text.of("wizard.what.session", name)),
            null,
            null);
      }
    }
  }

  /** What was written (or would be, in a dry run), and how to log in next. */
  private void report(EditResult result, String name, boolean dryRun) {
    String what = messages.get("wizard.what.session", name);
    if (EditReport.warnAndShowDryRun(prompter, messages, result, what, dryRun)) {
      return;
    }
    prompter.say(
        result.changed()
            ? messages.get("wizard.session.completed", name, result.file())
            : messages.get("wizard.upToDate", what, result.file()));
    prompter.say(messages.get("wizard.session.logIn"));
    prompter.say("");
    prompter.say("sso-setup login --sso-session " + name);
  }
}
