package dev.ssosetup.wizard;

import dev.ssosetup.common.ExitCode;
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

  public SessionWizard(Prompter prompter, ConfigStore store) {
    this.prompter = prompter;
    this.store = store;
  }

  public void run(Options options) {
    ConfigureWizard.checkValue(
        options.ssoSession(), "--sso-session", ValueChecks::sessionNameProblem);
    ConfigureWizard.checkValue(options.startUrl(), "--start-url", ValueChecks::startUrlProblem);
    ConfigureWizard.checkValue(options.ssoRegion(), "--sso-region", ValueChecks::regionProblem);
    ConfigureWizard.checkValue(options.scopes(), "--scopes", ValueChecks::scopesProblem);
    AwsConfigDocument document = store.readValid();
    SessionQuestions questions = new SessionQuestions(prompter, document);

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
      SessionQuestions.warnIfUnknownRegion(prompter, ssoRegion);
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
            "sso-session " + name + " already exists with other settings (" + changes + ").",
            "Pass --force to replace them.");
      }
      if (!prompter.confirm(
          "sso-session " + name + " already exists (" + changes + "). Replace?", false)) {
        throw new UserFacingException(
            ExitCode.INTERRUPTED,
            "Kept sso-session " + name + " as it was; nothing was written.",
            null,
            null);
      }
    }
  }

  /** What was written (or would be, in a dry run), and how to log in next. */
  private void report(EditResult result, String name, boolean dryRun) {
    result.warnings().forEach(prompter::warn);
    if (dryRun) {
      if (result.changed()) {
        result.unifiedDiff().stripTrailing().lines().forEach(prompter::say);
      } else {
        prompter.say("Already up to date: sso-session " + name + " in " + result.file() + ".");
      }
      prompter.say("Dry run: nothing was written.");
      return;
    }
    prompter.say(
        result.changed()
            ? "Completed configuring SSO session: " + name + " (written to " + result.file() + ")"
            : "Already up to date: sso-session "
                + name
                + " in "
                + result.file()
                + "; nothing was written.");
    prompter.say("Run the following to log in and refresh the access token for this session:");
    prompter.say("");
    prompter.say("sso-setup login --sso-session " + name);
  }
}
