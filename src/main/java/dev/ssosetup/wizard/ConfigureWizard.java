package dev.ssosetup.wizard;

import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.aws.Account;
import dev.ssosetup.common.ExitCode;
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
  static final String LEGACY_WARNING =
      "WARNING: Configuring using legacy format (e.g. without an SSO session).\n"
          + "Consider re-running \"configure sso\" command and providing a session name.";

  private final Prompter prompter;
  private final ConfigStore store;
  private final String awsProfileVariable;
  private final SsoAccess access;

  /**
   * @param awsProfileVariable the value of {@code AWS_PROFILE}, or null
   * @param access how to log in and list accounts and roles; null with {@code --no-login}
   */
  public ConfigureWizard(
      Prompter prompter, ConfigStore store, String awsProfileVariable, SsoAccess access) {
    this.prompter = prompter;
    this.store = store;
    this.awsProfileVariable = awsProfileVariable;
    this.access = access;
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
      accountId = required(options.accountId(), "--account-id", "the AWS account ID");
      roleName = required(options.roleName(), "--role-name", "the role name");
    } else {
      access.logIn(ref);
      accountId = chooseAccount(options, PortalEntries.accounts(access.accounts(ref), prompter));
      roleName =
          chooseRole(
              options, PortalEntries.roles(access.roles(ref, accountId), accountId, prompter));
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
    settings = new ReplaceQuestion(prompter, store).settle(settings, options.force(), suggested);
    write(new ConfigurePlan(settings), options);
    return settings;
  }

  private void checkFlags(ConfigureOptions options) {
    if (options.legacy() && options.ssoSession() != null) {
      throw UserFacingException.usage(
          "--legacy and --sso-session cannot be used together.",
          "Use --sso-session NAME for the recommended form, or --legacy for the old one.");
    }
    if (options.legacy() && options.scopes() != null) {
      throw UserFacingException.usage(
          "--scopes needs an sso-session: legacy profiles have no registration scopes.", null);
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
      throw UserFacingException.usage("Invalid --role-name: the role name is empty.", null);
    }
    checkValue(options.roleName(), "--role-name", ValueChecks::roleNameProblem);
  }

  /** Exit 2 naming the flag of an invalid value, before any network call (docs/spec.md §2.6). */
  static void checkValue(String value, String flag, Function<String, String> problem) {
    if (value != null) {
      String reason = problem.apply(value);
      if (reason != null) {
        throw UserFacingException.usage("Invalid " + flag + ": " + reason + ".", null);
      }
    }
  }

  /** Prompt 1; null means the legacy form. */
  private String sessionName(
      ConfigureOptions options, boolean noLogin, AwsConfigDocument document) {
    if (options.legacy()) {
      LEGACY_WARNING.lines().forEach(prompter::warn);
      return null;
    }
    if (options.ssoSession() != null) {
      return options.ssoSession();
    }
    if (noLogin || !prompter.interactive()) {
      throw UserFacingException.usage(
          "The sso-session name is needed and there is no terminal to ask on.",
          "Pass it with --sso-session NAME (or --legacy for the legacy profile form).");
    }
    String answer = new SessionQuestions(prompter, document).sessionName(true);
    if (answer == null || answer.isBlank()) {
      LEGACY_WARNING.lines().forEach(prompter::warn);
      return null;
    }
    return answer;
  }

  /** The session to log in to, and the scopes to write (null: leave the session's key alone). */
  private record SessionAnswer(SsoSessionRef ref, String scopesToWrite) {}

  /** Prompts 2–4, skipped for a session that already exists (flags still override). */
  private SessionAnswer sessionSettings(
      ConfigureOptions options, String session, AwsConfigDocument document) {
    SessionQuestions questions = new SessionQuestions(prompter, document);
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
      SessionQuestions.warnIfUnknownRegion(prompter, ssoRegion);
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
          "No AWS accounts are assigned to you in this IAM Identity Center.",
          "Ask your administrator to assign a permission set to your user.");
    }
    List<Account> sorted = new ArrayList<>(accounts);
    sorted.sort(
        Comparator.comparing((Account a) -> a.name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Account::email, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Account::id));
    Choice<Account> choice =
        new Choice<>(
            "account",
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
        throw notAvailable("account " + id, choice);
      }
    } else if (sorted.size() == 1) {
      id = sorted.get(0).id();
      prompter.say("The only AWS account available to you is: " + id);
    } else {
      prompter.say("There are " + sorted.size() + " AWS accounts available to you.");
      id = prompter.choose(choice).id();
    }
    prompter.say("Using the account ID " + id);
    return id;
  }

  private String chooseRole(ConfigureOptions options, List<String> roles) {
    if (roles.isEmpty()) {
      throw UserFacingException.failure(
          "No roles are assigned to you in this account.",
          "Ask your administrator to assign a permission set to your user in this account.");
    }
    List<String> sorted = new ArrayList<>(roles);
    sorted.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
    Choice<String> choice =
        new Choice<>("role", "--role-name", sorted, Function.identity(), null, null)
            .withHint(Text.of("hint.role"));
    String role;
    if (options.roleName() != null) {
      role = options.roleName();
      if (!sorted.contains(role)) {
        throw notAvailable("role " + role, choice);
      }
    } else if (sorted.size() == 1) {
      role = sorted.get(0);
      prompter.say("The only role available to you is: " + role);
    } else {
      prompter.say("There are " + sorted.size() + " roles available to you.");
      role = prompter.choose(choice);
    }
    prompter.say("Using the role name \"" + role + "\"");
    return role;
  }

  private static <T> UserFacingException notAvailable(String what, Choice<T> choice) {
    StringBuilder listed = new StringBuilder("Choose one of:");
    for (T item : choice.items()) {
      listed
          .append(System.lineSeparator())
          .append("  ")
          .append(TerminalText.safe(choice.value().apply(item)))
          .append("  ")
          .append(TerminalText.safe(choice.label().apply(item)));
    }
    return new UserFacingException(
        ExitCode.USAGE,
        "The " + what + " is not available to you (" + choice.flag() + ").",
        listed.toString(),
        null);
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
                    "Default client Region",
                    current,
                    current == null ? "None" : current,
                    "--region",
                    ValueChecks.knownRegions(),
                    typed ->
                        typed == null || typed.isBlank() ? null : ValueChecks.regionProblem(typed))
                .withHint(Text.of("hint.region")));
    if (answer != null && !answer.isBlank()) {
      SessionQuestions.warnIfUnknownRegion(prompter, answer);
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
                    "CLI default output format (json if not specified)",
                    current,
                    current == null ? "None" : current,
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
    String problem = ValueChecks.profileNameProblem(suggested);
    String defaultName = problem == null ? suggested : null;
    if (!prompter.interactive()) {
      if (defaultName == null) {
        throw UserFacingException.usage(
            "The suggested profile name is not valid (" + problem + ").",
            "Pass one with --profile.");
      }
      return defaultName;
    }
    return prompter.text(
        new TextQuestion(
                "Profile name",
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
    result.warnings().forEach(prompter::warn);
    String what =
        settings.legacy()
            ? "profile " + settings.profile()
            : "profile " + settings.profile() + " and sso-session " + settings.ssoSession();
    if (options.dryRun()) {
      if (result.changed()) {
        result.unifiedDiff().stripTrailing().lines().forEach(prompter::say);
      } else {
        prompter.say("Already up to date: " + what + " in " + result.file() + ".");
      }
      prompter.say("Dry run: nothing was written.");
      return;
    }
    if (result.changed()) {
      prompter.say("Wrote " + what + " to " + result.file());
    } else {
      prompter.say(
          "Already up to date: " + what + " in " + result.file() + "; nothing was written.");
    }
    prompter.say("");
    closingWords(settings.profile()).forEach(prompter::say);
  }

  /**
   * The AWS CLI v2's closing words (since 2.24.13: the check is {@code aws sts
   * get-caller-identity}, and the default profile has its own), then how to check with sso-setup.
   * Only the profile named exactly {@code default} is the one used without {@code --profile}.
   */
  static List<String> closingWords(String profile) {
    if (profile.equals("default")) {
      return List.of(
          "The AWS CLI is now configured to use the default profile.",
          "Run the following command to verify your configuration:",
          "",
          "aws sts get-caller-identity",
          "",
          "To check that it works: sso-setup verify");
    }
    return List.of(
        "To use this profile, specify the profile name using --profile, as shown:",
        "",
        "aws sts get-caller-identity --profile " + profile,
        "",
        "To check that it works: sso-setup verify --profile " + profile);
  }

  private static String required(String value, String flag, String what) {
    if (value == null) {
      throw UserFacingException.usage(
          capitalize(what) + " is needed with --no-login.", "Pass it with " + flag + ".");
    }
    return value;
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
