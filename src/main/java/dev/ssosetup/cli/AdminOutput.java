package dev.ssosetup.cli;

import dev.ssosetup.admin.AdminProblem;
import dev.ssosetup.admin.Change;
import dev.ssosetup.admin.GrantApplier;
import dev.ssosetup.admin.GrantPlan;
import dev.ssosetup.admin.GrantPlan.AccountPlan;
import dev.ssosetup.admin.GrantPlan.PermissionSetPlan;
import dev.ssosetup.admin.Instance;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.config.ValueChecks;
import dev.ssosetup.wizard.AwsCliWords;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the {@code admin} commands, from the message bundles, in the run's language; every
 * value that came from AWS or from the command line is made safe for a terminal first.
 */
final class AdminOutput {
  /** The indentation of a line to copy: a command, or a prompt with its answer. */
  private static final String INDENT = "  ";

  private final Messages messages;
  private final PrintWriter out;

  AdminOutput(Messages messages, PrintWriter out) {
    this.messages = messages;
    this.out = out;
  }

  /** A problem of the admin flow as the error the command ends with. */
  static UserFacingException problem(Messages messages, AdminProblem problem) {
    Object[] arguments = problem.arguments();
    for (int i = 0; i < arguments.length; i++) {
      Object argument = arguments[i];
      if (argument instanceof List<?> lines) {
        // A list is shown one item a line, each made safe on its own.
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append("\n  ").append(safe(String.valueOf(line))));
        arguments[i] = text.toString();
      } else {
        arguments[i] =
            argument instanceof String key && key.startsWith("admin.") && messages.has(key)
                ? messages.get(key)
                : safe(String.valueOf(argument));
      }
    }
    return new UserFacingException(
        problem.exitCode(), messages.get(problem.key(), arguments), null, problem.getCause());
  }

  void instance(Instance instance) {
    out.println(messages.get("admin.instance.region") + ": " + safe(instance.region()));
    out.println(messages.get("admin.instance.arn") + ": " + safe(instance.instanceArn()));
    out.println(messages.get("admin.instance.store") + ": " + safe(instance.identityStoreId()));
    out.println(messages.get("admin.instance.startUrl") + ": " + safe(instance.startUrl()));
  }

  /** The instance as JSON, with exactly the keys scripts rely on. */
  static Map<String, Object> instanceJson(Instance instance) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("region", instance.region());
    json.put("instanceArn", instance.instanceArn());
    json.put("identityStoreId", instance.identityStoreId());
    json.put("startUrl", instance.startUrl());
    return json;
  }

  void plan(GrantPlan plan) {
    out.println(
        messages.get(
            "admin.plan.heading",
            safe(plan.instance().region()),
            safe(plan.instance().instanceArn())));
    for (String line : planLines(plan)) {
      out.println("  " + line);
    }
    out.flush();
  }

  private List<String> planLines(GrantPlan plan) {
    List<String> lines = new ArrayList<>();
    GrantPlan.UserPlan user = plan.user();
    lines.add(
        user.exists()
            ? messages.get("admin.plan.userExists", safe(user.name()))
            : messages.get(
                "admin.plan.userCreate",
                safe(user.name()),
                safe(user.email()),
                safe(user.displayName())));
    if (plan.group() != null) {
      String group = safe(plan.group().name());
      lines.add(
          messages.get(
              plan.group().exists() ? "admin.plan.groupExists" : "admin.plan.groupCreate", group));
      lines.add(
          messages.get(
              plan.group().member() ? "admin.plan.memberExists" : "admin.plan.memberAdd",
              safe(user.name()),
              group));
    }
    PermissionSetPlan set = plan.permissionSet();
    String name = safe(set.name());
    if (!set.exists()) {
      lines.add(
          messages.get(
              "admin.plan.setCreate", name, policies(set.wantedPolicies()), set.sessionDuration()));
    } else {
      lines.add(
          messages.get(
              "admin.plan.setExists",
              name,
              policies(set.currentPolicies()),
              safe(set.currentSessionDuration())));
      set.toAttach().forEach(p -> lines.add(messages.get("admin.plan.setAttach", name, policy(p))));
      set.toDetach().forEach(p -> lines.add(messages.get("admin.plan.setDetach", name, policy(p))));
      if (set.durationChanges()) {
        lines.add(
            messages.get(
                "admin.plan.setDuration",
                name,
                safe(set.currentSessionDuration()),
                set.sessionDuration()));
      }
    }
    String principal = safe(plan.groupIsPrincipal() ? plan.group().name() : user.name());
    for (AccountPlan account : plan.accounts()) {
      lines.add(
          messages.get(
              account.assigned() ? "admin.plan.accountAssigned" : "admin.plan.accountAssign",
              safe(account.id()),
              safe(account.name()),
              principal,
              name));
    }
    return lines;
  }

  void change(Change change) {
    out.println(text(change));
    out.flush();
  }

  String text(Change change) {
    Object[] arguments = change.arguments().toArray();
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] = safe(String.valueOf(arguments[i]));
    }
    return messages.get(change.key(), arguments);
  }

  /** The message to send the user, with the exact commands for sso-setup and the AWS CLI. */
  void handoff(Instance instance, String user, String session, List<String> access) {
    String url = safe(instance.startUrl());
    String region = safe(instance.region());
    out.println();
    out.println(messages.get("admin.handoff.heading", safe(user)));
    out.println();
    out.println("  " + messages.get("admin.handoff.portal", url));
    out.println("  " + messages.get("admin.handoff.region", region));
    out.println("  " + messages.get("admin.handoff.user", safe(user)));
    access.forEach(line -> out.println("  " + line));
    out.println();
    out.println(messages.get("admin.handoff.withTool"));
    out.println(
        INDENT
            + "sso-setup configure --sso-session "
            + session
            + " --start-url "
            + url
            + " --sso-region "
            + region);
    out.println();
    out.println(messages.get("admin.handoff.withCli"));
    // The AWS CLI's prompts as it shows them, with the answers to give.
    out.println(INDENT + AwsCliWords.SESSION_NAME + ": " + session);
    out.println(INDENT + AwsCliWords.START_URL + " [" + AwsCliWords.NONE + "]: " + url);
    out.println(INDENT + AwsCliWords.SSO_REGION + " [" + AwsCliWords.NONE + "]: " + region);
    out.println(INDENT + AwsCliWords.SCOPES + " [" + ValueChecks.DEFAULT_SCOPES + "]:");
    out.println(messages.get("admin.handoff.cliRest"));
    out.println();
    out.println(messages.get("admin.handoff.noEmail", safe(user)));
    out.flush();
  }

  /** A line of the hand-off naming what the user may use: a permission set in an account. */
  String access(String permissionSet, AccountPlan account) {
    String where =
        account.name() == null || account.name().equals(account.id())
            ? safe(account.id())
            : safe(account.id()) + " (" + safe(account.name()) + ")";
    return messages.get("admin.handoff.access", safe(permissionSet), where);
  }

  /** An sso-session name made from a user name: only what a session name may hold. */
  static String sessionName(String user) {
    String name = user.replaceAll("[^A-Za-z0-9_.-]", "-").replaceAll("^[-.]+|[-.]+$", "");
    return name.isEmpty() ? "my-sso" : name;
  }

  private String policies(List<String> arns) {
    if (arns.isEmpty()) {
      return messages.get("admin.plan.noPolicies");
    }
    List<String> names = new ArrayList<>();
    arns.forEach(arn -> names.add(policy(arn)));
    return String.join(", ", names);
  }

  private static String policy(String arn) {
    return safe(GrantApplier.policyName(arn));
  }

  /**
   * Text from outside (AWS, a flag) with every control character, line break and format character
   * shown as {@code \\uXXXX}, so that it can neither move the cursor nor fake a line.
   */
  static String safe(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)
                  || c == 0x2028
                  || c == 0x2029
                  || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
