package dev.ssosetup.wizard;

import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.aws.Account;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.TerminalText;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.config.AwsConfigDocument;
import dev.ssosetup.config.ConfigKeys;
import dev.ssosetup.config.ConfigStore;
import dev.ssosetup.config.EditResult;
import dev.ssosetup.config.SectionId;
import dev.ssosetup.config.ValueChecks;
import dev.ssosetup.prompt.Choice;
import dev.ssosetup.prompt.Prompter;
import dev.ssosetup.prompt.TextQuestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code configure} flow: the prompts of {@code aws configure sso} in its order, wording and
 * defaults (docs/spec.md §2), then one atomic edit of the config. Every value can come from a flag,
 * and without a terminal every value must.
 */
public final class ConfigureWizard {
  private final Prompter prompter;
  private final ConfigStore store;
  private final String awsProfileVariable;
  private final SsoAccess access;
  private final Messages messages;

  /**
   * @param awsProfileVariable the value of {@code AWS_PROFILE}, or null
   * @param access how to log in and list accounts and roles; null with {@code --no-login}
   * @param messages the run's words for what the wizard says besides the AWS CLI's own lines
   */
  public ConfigureWizard(
      Prompter prompter,
      ConfigStore store,
      String awsProfileVariable,
      SsoAccess access,
      Messages messages) {
    this.prompter = prompter;
    this.store = store;
    this.awsProfileVariable = awsProfileVariable;
    this.access = access;
    this.messages = messages;
  }

  /** Runs the whole flow and returns the settings written (or already up to date). */
  public ProfileSettings run(ConfigureOptions options) {
    checkFlags(options);
    boolean noLogin = options.noLogin() || access == null;
    AwsConfigDocument document = store.readValid();

    String session = sessionName(options, noLogin, document);
    SessionAnswer sessionAnswer = sessionSettings(options, session, document);
    SsoSessionRef ref = sessionAnswer.ref();

    String accountId;
    String roleName;
    if (noLogin) {
      accountId = required(options.accountId(), "--account-id", "wizard.accountIdNeeded");
      roleName = required(options.roleName(), "--role-name", "wizard.roleNameNeeded");
    } else {
      access.logIn(ref);
      PortalEntries entries = new PortalEntries(prompter, messages);
      accountId = chooseAccount(options, entries.accounts(access.accounts(ref)));
      roleName = chooseRole(options, entries.roles(access.roles(ref, accountId), accountId));
    }

    Map<String, String> defaults = defaultsFor(options, document);
    String region = regionAnswer(options, defaults.get(ConfigKeys.REGION));
    String output = outputAnswer(options, defaults.get(ConfigKeys.OUTPUT));
    String suggested = suggestedProfile(roleName, accountId, document);
    String profile = profileAnswer(options, suggested, document);

    ProfileSettings settings =
        new ProfileSettings(
            profile,
            session,
            ref.startUrl(),
            ref.region(),
            sessionAnswer.scopesToWrite(),
            accountId,
            roleName,
            region,
            output);
    settings =
        new ReplaceQuestion(prompter, store, messages).settle(settings, options.force(), suggested);
    write(new ConfigurePlan(settings), options);
    return settings;
  }

  private void checkFlags(ConfigureOptions options) {
    if (options.legacy() && options.ssoSession() != null) {
      throw UserFacingException.usage(
          Text.of("wizard.legacyAndSession"), Text.of("wizard.legacyAndSessionHint"));
    }
    if (options.legacy() && options.scopes() != null) {
      throw UserFacingException.usage(Text.of("wizard.legacyScopes"), null);
    }
    checkValue(options.ssoSession(), "--sso-session", ValueChecks::sessionNameProblem);
    checkValue(options.startUrl(), "--start-url", ValueChecks::startUrlProblem);
    checkValue(options.ssoRegion(), "--sso-region", ValueChecks::regionProblem);
    checkValue(options.scopes(), "--scopes", ValueChecks::scopesProblem);
    checkValue(options.accountId(), "--account-id", ValueChecks::accountIdProblem);
    checkValue(options.region(), "--region", ValueChecks::regionProblem);
    checkValue(options.output(), "--output", ValueChecks::outputProblem);
    checkValue(options.profile(), "--profile", ValueChecks::profileNameProblem);
    if (options.roleName() != null && options.roleName().isBlank()) {
      throw UserFacingException.usage(
          Text.of("wizard.invalidValue", "--role-name", Text.of("wizard.roleNameEmpty")), null);
    }
    checkValue(options.roleName(), "--role-name", ValueChecks::roleNameProblem);
  }

  /** Exit 2 naming the flag of an invalid value, before any network call (docs/spec.md §2.6). */
  static void checkValue(String value, String flag, Function<String, Text> problem) {
    if (value != null) {
      Text reason = problem.apply(value);
      if (reason != null) {
        throw UserFacingException.usage(Text.of("wizard.invalidValue", flag, reason), null);
      }
    }
  }

  /** Prompt 1; null means the legacy form. */
  private String sessionName(
      ConfigureOptions options, boolean noLogin, AwsConfigDocument document) {
    if (options.legacy()) {
      AwsCliWords.LEGACY_WARNING.forEach(prompter::warn);
      return null;
    }
    if (options.ssoSession() != null) {
      return options.ssoSession();
    }
    if (noLogin || !prompter.interactive()) {
      throw UserFacingException.usage(
          Text.of("wizard.sessionNameNeeded"), Text.of("wizard.sessionNameNeededHint"));
    }
    String answer = new SessionQuestions(prompter, document, messages).sessionName(true);
    if (answer == null || answer.isBlank()) {
      AwsCliWords.LEGACY_WARNING.forEach(prompter::warn);
      return null;
    }
    return answer;
  }

  /** The session to log in to, and the scopes to write (null: leave the session's key alone). */
  private record SessionAnswer(SsoSessionRef ref, String scopesToWrite) {}

  /** Prompts 2–4, skipped for a session that already exists (flags still override). */
  private SessionAnswer sessionSettings(
      ConfigureOptions options, String session, AwsConfigDocument document) {
    SessionQuestions questions = new SessionQuestions(prompter, document, messages);
    Map<String, String> existing =
        session == null ? Map.of() : document.properties(SectionId.ssoSession(session));
    String startUrl = first(options.startUrl(), existing.get(ConfigKeys.SSO_START_URL));
    if (startUrl == null) {
      startUrl = questions.startUrl(null);
    }
    String ssoRegion = first(options.ssoRegion(), existing.get(ConfigKeys.SSO_REGION));
    if (ssoRegion == null) {
      ssoRegion = questions.ssoRegion(null);
    } else {
      SessionQuestions.warnIfUnknownRegion(prompter, messages, ssoRegion);
    }
    List<String> scopes = List.of();
    String scopesToWrite = null;
    if (session != null) {
      String scopeText = first(options.scopes(), existing.get(ConfigKeys.SSO_REGISTRATION_SCOPES));
      if (options.scopes() != null) {
        scopesToWrite = ValueChecks.normalizeScopes(options.scopes());
      } else if (scopeText == null && existing.isEmpty()) {
        scopeText = questions.scopes(null);
        scopesToWrite = scopeText;
      }
      scopes =
          List.of(
              ValueChecks.normalizeScopes(
                      scopeText == null ? ValueChecks.DEFAULT_SCOPES : scopeText)
                  .split(","));
    }
    return new SessionAnswer(
        new SsoSessionRef(session, startUrl, ssoRegion, scopes), scopesToWrite);
  }

  private String chooseAccount(ConfigureOptions options, List<Account> accounts) {
    if (accounts.isEmpty()) {
      throw UserFacingException.failure(
          Text.of("wizard.noAccounts"), Text.of("wizard.noAccountsHint"));
    }
    List<Account> sorted = new ArrayList<>(accounts);
    sorted.sort(
        Comparator.comparing((Account a) -> a.name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Account::email, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Account::id));
    Choice<Account> choice =
        new Choice<>(
            messages.get("wizard.choice.account"),
            "--account-id",
            sorted,
            Account::label,
            a -> a.name() + " " + a.email() + " " + a.id(),
            Account::id,
            a -> " (" + a.id() + ")",
            Text.of("hint.account"));
    String id;
    if (options.accountId() != null) {
      id = options.accountId();
      if (sorted.stream().noneMatch(a -> a.id().equals(id))) {
        throw notAvailable(Text.of("wizard.accountNotAvailable", id, choice.flag()), choice);
      }
    } else if (sorted.size() == 1) {
      id = sorted.get(0).id();
      prompter.say(AwsCliWords.onlyAccount(id));
    } else {
      prompter.say(AwsCliWords.accounts(sorted.size()));
      id = prompter.choose(choice).id();
    }
    prompter.say(AwsCliWords.usingAccount(id));
    return id;
  }

  private String chooseRole(ConfigureOptions options, List<String> roles) {
    if (roles.isEmpty()) {
      throw UserFacingException.failure(Text.of("wizard.noRoles"), Text.of("wizard.noRolesHint"));
    }
    List<String> sorted = new ArrayList<>(roles);
    sorted.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
    Choice<String> choice =
        new Choice<>(
                messages.get("wizard.choice.role"),
                "--role-name",
                sorted,
                Function.identity(),
                null,
                null)
            .withHint(Text.of("hint.role"));
    String role;
    if (options.roleName() != null) {
      role = options.roleName();
      if (!sorted.contains(role)) {
        throw notAvailable(Text.of("wizard.roleNotAvailable", role, choice.flag()), choice);
      }
    } else if (sorted.size() == 1) {
      role = sorted.get(0);
      prompter.say(AwsCliWords.onlyRole(role));
    } else {
      prompter.say(AwsCliWords.roles(sorted.size()));
      role = prompter.choose(choice);
    }
    prompter.say(AwsCliWords.usingRole(role));
    return role;
  }

  /** Exit 2 for a flag's value that is not among the choices, which are listed. */
  private static <T> UserFacingException notAvailable(Text message, Choice<T> choice) {
    StringBuilder listed = new StringBuilder();
    for (T item : choice.items()) {
      listed
          .append(System.lineSeparator())
          .append("  ")
          .append(TerminalText.safe(choice.value().apply(item)))
          .append("  ")
          .append(TerminalText.safe(choice.label().apply(item)));
    }
    return UserFacingException.usage(message, Text.of("wizard.chooseOneOf", listed.toString()));
  }

  /**
   * Prompt 10's default: the profile being edited ({@code AWS_PROFILE}) when it exists, else the
   * AWS CLI's {@code <role>-<account id>}.
   */
  private String suggestedProfile(String roleName, String accountId, AwsConfigDocument document) {
    if (awsProfileVariable != null
        && ValueChecks.profileNameProblem(awsProfileVariable) == null
        && document.contains(SectionId.profile(awsProfileVariable))) {
      return awsProfileVariable;
    }
    return roleName + "-" + accountId;
  }

  private Map<String, String> defaultsFor(ConfigureOptions options, AwsConfigDocument document) {
    String edited = first(options.profile(), awsProfileVariable);
    if (edited != null && document.contains(SectionId.profile(edited))) {
      return document.properties(SectionId.profile(edited));
    }
    return document.properties(SectionId.profile("default"));
  }

  private String regionAnswer(ConfigureOptions options, String current) {
    if (options.region() != null) {
      return options.region();
    }
    if (!prompter.interactive()) {
      return current;
    }
    String answer =
        prompter.text(
            new TextQuestion(
                    AwsCliWords.REGION,
                    current,
                    current == null ? AwsCliWords.NONE : current,
                    "--region",
                    ValueChecks.knownRegions(),
                    typed ->
                        typed == null || typed.isBlank() ? null : ValueChecks.regionProblem(typed))
                .withHint(Text.of("hint.region")));
    if (answer != null && !answer.isBlank()) {
      SessionQuestions.warnIfUnknownRegion(prompter, messages, answer);
      return answer;
    }
    return null;
  }

  private String outputAnswer(ConfigureOptions options, String current) {
    if (options.output() != null) {
      return ValueChecks.normalizeOutput(options.output());
    }
    if (!prompter.interactive()) {
      return current;
    }
    String answer =
        prompter.text(
            new TextQuestion(
                    AwsCliWords.OUTPUT,
                    current,
                    current == null ? AwsCliWords.NONE : current,
                    "--output",
                    ValueChecks.OUTPUT_FORMATS,
                    typed ->
                        typed == null || typed.isBlank() ? null : ValueChecks.outputProblem(typed))
                .withHint(Text.of("hint.output")));
    return answer == null || answer.isBlank() ? null : ValueChecks.normalizeOutput(answer);
  }

  private String profileAnswer(
      ConfigureOptions options, String suggested, AwsConfigDocument document) {
    if (options.profile() != null) {
      return options.profile();
    }
    Text problem = ValueChecks.profileNameProblem(suggested);
    String defaultName = problem == null ? suggested : null;
    if (!prompter.interactive()) {
      if (defaultName == null) {
        throw UserFacingException.usage(
            Text.of("wizard.suggestedProfileInvalid", problem),
            Text.of("wizard.suggestedProfileInvalidHint"));
      }
      return defaultName;
    }
    return prompter.text(
        new TextQuestion(
                AwsCliWords.PROFILE,
                defaultName,
                defaultName,
                "--profile",
                document.profileNames(),
                ValueChecks::profileNameProblem)
            .withHint(Text.of("hint.profile")));
  }

  private void write(ConfigurePlan plan, ConfigureOptions options) {
    ProfileSettings settings = plan.settings();
    EditResult result = store.update(plan::apply, options.dryRun());
    String what =
        settings.legacy()
            ? messages.get("wizard.what.profile", settings.profile())
            : messages.get(
                "wizard.what.profileAndSession", settings.profile(), settings.ssoSession());
    if (EditReport.warnAndShowDryRun(prompter, messages, result, what, options.dryRun())) {
      return;
    }
    prompter.say(
        messages.get(result.changed() ? "wizard.wrote" : "wizard.upToDate", what, result.file()));
    prompter.say("");
    closingWords(settings.profile()).forEach(prompter::say);
  }

  /**
   * The AWS CLI v2's closing words (since 2.24.13: the check is {@code aws sts
   * get-caller-identity}, and the default profile has its own), then how to check with sso-setup.
   * Only the profile named exactly {@code default} is the one used without {@code --profile}.
   */
  private List<String> closingWords(String profile) {
    List<String> lines = new ArrayList<>(AwsCliWords.closingWords(profile));
    lines.add("");
    lines.add(
        profile.equals("default")
            ? messages.get("wizard.checkDefault")
            : messages.get("wizard.check", profile));
    return lines;
  }

  private static String required(String value, String flag, String key) {
    if (value == null) {
      throw UserFacingException.usage(Text.of(key), Text.of("wizard.passIt", flag));
    }
    return value;
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }
}
