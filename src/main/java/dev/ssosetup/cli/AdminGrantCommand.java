package dev.ssosetup.cli;

import dev.ssosetup.admin.AdminProblem;
import dev.ssosetup.admin.Change;
import dev.ssosetup.admin.GrantApplier;
import dev.ssosetup.admin.GrantInputs;
import dev.ssosetup.admin.GrantPlan;
import dev.ssosetup.admin.GrantPlanner;
import dev.ssosetup.admin.GrantQuestions;
import dev.ssosetup.admin.GrantRequest;
import dev.ssosetup.admin.Instance;
import dev.ssosetup.admin.StatusWaiter;
import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Json;
import dev.ssosetup.common.Messages;
import dev.ssosetup.prompt.Prompter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code admin grant}: a user, a permission set and its assignments, in one idempotent run. */
@Command(name = "grant", mixinStandardHelpOptions = true, sortOptions = false)
final class AdminGrantCommand implements Callable<ExitCode> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Option(names = "--user", paramLabel = "NAME")
  private String user;

  @Option(names = "--email", paramLabel = "ADDRESS")
  private String email;

  @Option(names = "--given-name", paramLabel = "NAME")
  private String givenName;

  @Option(names = "--family-name", paramLabel = "NAME")
  private String familyName;

  @Option(names = "--display-name", paramLabel = "NAME")
  private String displayName;

  @Option(names = "--group", paramLabel = "NAME")
  private String group;

  @Option(names = "--permission-set", paramLabel = "NAME")
  private String permissionSet;

  @Option(names = "--managed-policy", paramLabel = "NAME|ARN")
  private List<String> managedPolicies = new ArrayList<>();

  @Option(names = "--session-duration", paramLabel = "ISO-8601")
  private String sessionDuration;

  @Option(names = "--account", paramLabel = "ID|NAME")
  private List<String> accounts = new ArrayList<>();

  @Option(names = "--dry-run")
  private boolean dryRun;

  @Option(names = "--force")
  private boolean force;

  @Option(names = "--non-interactive")
  private boolean nonInteractive;

  @Option(names = "--sso-session", paramLabel = "NAME")
  private String session;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
  private OutputFormat format;

  @Mixin private AdminSession.Flags flags;

  AdminGrantCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public ExitCode call() {
    return AdminSession.run(context, this::grant);
  }

  private ExitCode grant() {
    Prompter prompter =
        AdminSession.prompter(
            context, spec.commandLine(), nonInteractive, format == OutputFormat.JSON);
    GrantRequest request =
        GrantRequest.builder()
            .user(user)
            .newUserDetails(email, givenName, familyName, displayName)
            .group(group)
            .permissionSet(permissionSet, managedPolicies, sessionDuration)
            .accounts(accounts)
            .build();
    // Everything that can be checked without AWS is checked before any call.
    request = prompter.interactive() ? GrantInputs.checkGiven(request) : GrantInputs.check(request);
    Messages messages = context.messages();
    boolean json = format == OutputFormat.JSON;
    PrintWriter out = spec.commandLine().getOut();
    AdminOutput output = new AdminOutput(messages, json ? spec.commandLine().getErr() : out);
    try (AdminSession admin = AdminSession.open(context, spec.commandLine(), flags, prompter)) {
      Instance instance = admin.instance(flags.instanceArn);
      request =
          GrantInputs.check(
              new GrantQuestions(admin.clients(), prompter, messages).fill(instance, request));
      GrantPlan plan = new GrantPlanner(admin.clients()).plan(instance, request);
      output.plan(plan);
      boolean changeSet = decideOnDrift(plan, prompter, output);
      List<Change> changes = new ArrayList<>();
      if (plan.nothingToChange()) {
        output.change(Change.of("admin.grant.nothing"));
      } else if (dryRun) {
        output.change(Change.of("admin.grant.dryRun"));
      } else {
        GrantApplier applier =
            new GrantApplier(
                admin.clients(),
                StatusWaiter.system(context.environment().clock()),
                prompter,
                messages);
        // Each change is printed as it is made, so a failure half-way leaves a record.
        changes.addAll(applier.apply(plan, changeSet, output::change));
        output.change(Change.of("admin.grant.done", changes.size()));
      }
      if (json) {
        out.println(Json.writePretty(json(plan, changes)));
      } else if (!dryRun) {
        output.handoff(instance, plan.user().name(), sessionName(plan), access(plan, output));
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  /**
   * Whether an existing permission set that differs may be changed: with --force; else asked at a
   * terminal; else the run stops before any change (exit 2). A dry run only says so.
   */
  private boolean decideOnDrift(GrantPlan plan, Prompter prompter, AdminOutput output) {
    GrantPlan.PermissionSetPlan set = plan.permissionSet();
    if (!set.drifted() || force) {
      return force;
    }
    if (dryRun) {
      output.change(Change.of("admin.grant.driftNeedsForce"));
      return false;
    }
    if (prompter.interactive()) {
      return prompter.confirm(
          context
              .messages()
              .get(
                  "admin.grant.driftQuestion",
                  AdminOutput.safe(set.name()),
                  set.provisionedAccounts().size()),
          false);
    }
    throw AdminProblem.input("admin.grant.drift", set.name(), set.provisionedAccounts().size());
  }

  private String sessionName(GrantPlan plan) {
    return AdminOutput.sessionName(session != null ? session : plan.user().name());
  }

  private static List<String> access(GrantPlan plan, AdminOutput output) {
    List<String> lines = new ArrayList<>();
    plan.accounts()
        .forEach(account -> lines.add(output.access(plan.permissionSet().name(), account)));
    return lines;
  }

  private static Map<String, Object> json(GrantPlan plan, List<Change> changes) {
    Map<String, Object> json = new LinkedHashMap<>(AdminOutput.instanceJson(plan.instance()));
    json.put("user", plan.user().name());
    if (plan.group() != null) {
      json.put("group", plan.group().name());
    }
    json.put("permissionSet", plan.permissionSet().name());
    List<String> accountIds = new ArrayList<>();
    plan.accounts().forEach(account -> accountIds.add(account.id()));
    json.put("accounts", accountIds);
    List<Object> made = new ArrayList<>();
    for (Change change : changes) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("change", change.key().substring(change.key().lastIndexOf('.') + 1));
      entry.put("subjects", change.arguments().stream().map(String::valueOf).toList());
      made.add(entry);
    }
    json.put("changes", made);
    return json;
  }
}
