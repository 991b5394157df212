package dev.ssosetup.admin;

import dev.ssosetup.aws.AdminClients;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
import dev.ssosetup.prompt.Choice;
import dev.ssosetup.prompt.Prompter;
import dev.ssosetup.prompt.TextQuestion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.services.identitystore.model.Group;
import software.amazon.awssdk.services.identitystore.model.User;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.PermissionSet;

/**
 * At a terminal, asks for what {@code admin grant} was not given, with the pickers of {@code
 * configure}: existing users, groups and permission sets (or a new one), and the organisation's
 * accounts by name. Every answer is checked as its flag would be.
 */
public final class GrantQuestions {
  private static final String NEW = "\u0000new";
  private static final String NONE = "\u0000none";

  private final AdminClients clients;
  private final Prompter prompter;
  private final Messages messages;

  public GrantQuestions(AdminClients clients, Prompter prompter, Messages messages) {
    this.clients = clients;
    this.prompter = prompter;
    this.messages = messages;
  }

  /** The request with its missing values asked for (unchanged when no one is at a terminal). */
  public GrantRequest fill(Instance instance, GrantRequest request) {
    if (!prompter.interactive()) {
      return request;
    }
    GrantRequest filled = request;
    if (filled.user() == null) {
      filled = filled.withUser(user(instance));
    }
    if (filled.email() == null
        && GrantPlanner.userId(clients.identityStore(instance.region()), instance, filled.user())
            == null) {
      filled = newUserDetails(filled);
    }
    if (filled.group() == null && request.user() == null) {
      filled = filled.withGroup(group(instance));
    }
    if (filled.permissionSet() == null) {
      filled = permissionSet(instance, filled);
    }
    if (filled.accounts().isEmpty()) {
      filled = filled.withAccounts(List.of(account()));
    }
    return filled;
  }

  private String user(Instance instance) {
    List<String> names =
        GrantPlanner.read(
            "admin.read.user",
            () ->
                clients
                    .identityStore(instance.region())
                    .listUsersPaginator(r -> r.identityStoreId(instance.identityStoreId()))
                    .users()
                    .stream()
                    .map(User::userName)
                    .toList());
    prompter.say(messages.get("admin.prompt.pickUser"));
    String chosen = pick("admin.prompt.user", "--user", names, "admin.prompt.newUser", null);
    return chosen.equals(NEW)
        ? ask("admin.prompt.user", "--user", null, GrantInputs::userProblem)
        : chosen;
  }

  private GrantRequest newUserDetails(GrantRequest request) {
    String email = ask("admin.prompt.email", "--email", null, GrantInputs::emailProblem);
    String given =
        ask("admin.prompt.givenName", "--given-name", request.user(), GrantInputs::nameProblem);
    String family =
        ask("admin.prompt.familyName", "--family-name", request.user(), GrantInputs::nameProblem);
    String display =
        ask(
            "admin.prompt.displayName",
            "--display-name",
            given + " " + family,
            GrantInputs::nameProblem);
    return request.withNewUserDetails(email, given, family, display);
  }

  private String group(Instance instance) {
    List<String> names =
        GrantPlanner.read(
            "admin.read.group",
            () ->
                clients
                    .identityStore(instance.region())
                    .listGroupsPaginator(r -> r.identityStoreId(instance.identityStoreId()))
                    .groups()
                    .stream()
                    .map(Group::displayName)
                    .toList());
    String chosen =
        pick(
            "admin.prompt.group",
            "--group",
            names,
            "admin.prompt.newGroup",
            "admin.prompt.noGroup");
    if (chosen.equals(NONE)) {
      return null;
    }
    return chosen.equals(NEW)
        ? ask("admin.prompt.groupName", "--group", null, GrantInputs::groupProblem)
        : chosen;
  }

  private GrantRequest permissionSet(Instance instance, GrantRequest request) {
    SsoAdminClient admin = clients.ssoAdmin(instance.region());
    List<String> names =
        GrantPlanner.read(
            "admin.read.permissionSet",
            () -> GrantPlanner.permissionSets(admin, instance).map(PermissionSet::name).toList());
    prompter.say(messages.get("admin.prompt.pickPermissionSet"));
    String chosen =
        pick(
            "admin.prompt.permissionSet",
            "--permission-set",
            names,
            "admin.prompt.newPermissionSet",
            null);
    if (!chosen.equals(NEW)) {
      return request.withPermissionSet(
          chosen, request.managedPolicies(), request.sessionDuration());
    }
    String name =
        ask(
            "admin.prompt.permissionSetName",
            "--permission-set",
            null,
            GrantInputs::permissionSetProblem);
    List<String> policies = request.managedPolicies();
    if (policies.isEmpty()) {
      String answer =
          ask("admin.prompt.policies", "--managed-policy", null, GrantQuestions::policiesProblem);
      policies = splitPolicies(answer);
    }
    String duration = request.sessionDuration();
    if (duration == null) {
      duration =
          ask("admin.prompt.duration", "--session-duration", "PT1H", GrantInputs::durationProblem);
    }
    return request.withPermissionSet(name, policies, duration);
  }

  private String account() {
    List<Account> accounts =
        GrantPlanner.read("admin.read.accounts", () -> new GrantPlanner(clients).listAccounts());
    if (accounts.size() == 1) {
      return accounts.get(0).id();
    }
    return prompter
        .choose(
            new Choice<>(
                messages.get("admin.prompt.account"),
                "--account",
                accounts.stream()
                    .sorted((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.name(), b.name()))
                    .toList(),
                a -> a.name() + ", " + a.email() + " (" + a.id() + ")",
                a -> a.name() + " " + a.email() + " " + a.id(),
                Account::id))
        .id();
  }

  private String pick(String what, String flag, List<String> names, String newKey, String noneKey) {
    List<String> items = new ArrayList<>();
    if (noneKey != null) {
      items.add(NONE);
    }
    names.stream().sorted(String.CASE_INSENSITIVE_ORDER).forEach(items::add);
    items.add(NEW);
    if (items.size() == 1) {
      return NEW;
    }
    Function<String, String> label =
        item ->
            item.equals(NEW)
                ? messages.get(newKey)
                : item.equals(NONE) ? messages.get(noneKey) : item;
    return prompter.choose(new Choice<>(messages.get(what), flag, items, label, label, label));
  }

  private String ask(
      String label, String flag, String defaultValue, Function<String, String> problem) {
    return prompter.text(
        new TextQuestion(
            messages.get(label),
            defaultValue,
            defaultValue,
            flag,
            List.of(),
            answer -> {
              String key = answer == null ? "admin.grant.missing" : problem.apply(answer);
              return key == null ? null : Text.of(key, answer == null ? flag : answer);
            }));
  }

  private static String policiesProblem(String answer) {
    try {
      splitPolicies(answer).forEach(GrantInputs::policyArn);
      return splitPolicies(answer).isEmpty() ? "admin.grant.badPolicy" : null;
    } catch (AdminProblem problem) {
      return problem.key();
    }
  }

  private static List<String> splitPolicies(String answer) {
    return Arrays.stream(answer.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
