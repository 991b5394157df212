package dev.ssosetup.wizard;

import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
import dev.ssosetup.config.AwsConfigDocument;
import dev.ssosetup.config.ConfigKeys;
import dev.ssosetup.config.SectionId;
import dev.ssosetup.config.ValueChecks;
import dev.ssosetup.prompt.Prompter;
import dev.ssosetup.prompt.TextQuestion;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Prompts 1–4 (docs/spec.md §2.1) for {@code configure} and {@code configure sso-session}. */
final class SessionQuestions {
  private final Prompter prompter;
  private final AwsConfigDocument document;
  private final Messages messages;

  SessionQuestions(Prompter prompter, AwsConfigDocument document, Messages messages) {
    this.prompter = prompter;
    this.document = document;
    this.messages = messages;
  }

  /** Prompt 1; {@code blankAllowed} for configure, where a blank answer means legacy mode. */
  String sessionName(boolean blankAllowed) {
    return prompter.text(
        new TextQuestion(
                AwsCliWords.SESSION_NAME,
                null,
                null,
                "--sso-session",
                document.ssoSessionNames(),
                typed ->
                    typed == null || typed.isBlank()
                        ? (blankAllowed ? null : Text.of("wizard.sessionNameRequired"))
                        : ValueChecks.sessionNameProblem(typed))
            .withHint(Text.of("hint.sessionName")));
  }

  /** Prompt 2, {@code current} shown as the default when there is one. */
  String startUrl(String current) {
    return prompter.text(
        new TextQuestion(
                AwsCliWords.START_URL,
                current,
                current == null ? AwsCliWords.NONE : current,
                "--start-url",
                knownStartUrls(),
                ValueChecks::startUrlProblem)
            .withHint(Text.of("hint.startUrl")));
  }

  /** Prompt 3; warns about a region-shaped name the SDK does not know. */
  String ssoRegion(String current) {
    String region =
        prompter.text(
            new TextQuestion(
                    AwsCliWords.SSO_REGION,
                    current,
                    current == null ? AwsCliWords.NONE : current,
                    "--sso-region",
                    ValueChecks.knownRegions(),
                    ValueChecks::regionProblem)
                .withHint(Text.of("hint.ssoRegion")));
    warnIfUnknownRegion(prompter, messages, region);
    return region;
  }

  /** Prompt 4, returned normalised (comma-separated, no spaces). */
  String scopes(String current) {
    String shown = current == null ? ValueChecks.DEFAULT_SCOPES : current;
    return ValueChecks.normalizeScopes(
        prompter.text(
            new TextQuestion(
                    AwsCliWords.SCOPES,
                    shown,
                    shown,
                    "--scopes",
                    List.of(ValueChecks.DEFAULT_SCOPES),
                    ValueChecks::scopesProblem)
                .withHint(Text.of("hint.scopes"))));
  }

  /** Accepts a region-shaped name the SDK does not know yet (a new region), with a warning. */
  static void warnIfUnknownRegion(Prompter prompter, Messages messages, String region) {
    if (region != null && !ValueChecks.isKnownRegion(region)) {
      prompter.warn(messages.get("wizard.unknownRegion", region));
    }
  }

  /** Start URLs already in the config, offered by completion. */
  private List<String> knownStartUrls() {
    Set<String> urls = new LinkedHashSet<>();
    for (String session : document.ssoSessionNames()) {
      document.get(SectionId.ssoSession(session), ConfigKeys.SSO_START_URL).ifPresent(urls::add);
    }
    for (String profile : document.profileNames()) {
      document.get(SectionId.profile(profile), ConfigKeys.SSO_START_URL).ifPresent(urls::add);
    }
    return List.copyOf(urls);
  }
}
