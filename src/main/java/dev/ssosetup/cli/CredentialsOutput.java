package dev.ssosetup.cli;

import dev.ssosetup.auth.RoleCredentials;
import dev.ssosetup.common.Json;
import dev.ssosetup.credentials.CredentialVariables;
import dev.ssosetup.credentials.RoleTarget;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What {@code credentials} prints, whole, so that it is printed at once or not at all: {@code
 * process}, the JSON that {@code credential_process} reads; {@code json}, the same fields and the
 * role they are for; {@code env}, lines a shell evaluates, every value single-quoted in that
 * shell's syntax.
 */
final class CredentialsOutput {
  /** The formats of {@code --format}. */
  enum Format {
    ENV,
    JSON,
    PROCESS;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The shells of {@code --shell}. */
  enum Shell {
    BASH,
    ZSH,
    FISH,
    POWERSHELL;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** PowerShell reads the typographic single quotes as {@code '} too, so each is doubled. */
  private static final Pattern POWERSHELL_QUOTES = Pattern.compile("(['\u2018\u2019\u201a\u201b])");

  private CredentialsOutput() {}

  static String render(Format format, Shell shell, RoleTarget target, RoleCredentials credentials) {
    return switch (format) {
      case PROCESS -> Json.writePretty(process(credentials)) + "\n";
      case JSON -> Json.writePretty(json(target, credentials)) + "\n";
      case ENV -> env(shell == null ? Shell.BASH : shell, target, credentials);
    };
  }

  /** The five fields credential_process takes, in the order the AWS documentation lists them. */
  private static Map<String, Object> process(RoleCredentials credentials) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("Version", 1);
    fields.put("AccessKeyId", credentials.accessKeyId());
    fields.put("SecretAccessKey", credentials.secretAccessKey().reveal());
    fields.put("SessionToken", credentials.sessionToken().reveal());
    fields.put("Expiration", CredentialVariables.expiration(credentials));
    return fields;
  }

  private static Map<String, Object> json(RoleTarget target, RoleCredentials credentials) {
    Map<String, Object> fields = process(credentials);
    fields.remove("Version");
    fields.put("AccountId", target.accountId());
    fields.put("RoleName", target.roleName());
    fields.put("Profile", target.profile());
    if (target.region() != null) {
      fields.put("Region", target.region());
    }
    return fields;
  }

  private static String env(Shell shell, RoleTarget target, RoleCredentials credentials) {
    StringBuilder lines = new StringBuilder();
    CredentialVariables.of(credentials, target.region())
        .forEach((name, value) -> lines.append(set(shell, name, value)).append('\n'));
    return lines.toString();
  }

  /** The line that sets and exports one variable, the value quoted so the shell takes it as is. */
  static String set(Shell shell, String name, String value) {
    if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      // A line break would end the line and start a command; no shell quote can hold it safely.
      throw new IllegalArgumentException("A control character in the value of " + name);
    }
    return switch (shell) {
      case BASH, ZSH -> "export " + name + "='" + value.replace("'", "'\\''") + "'";
      case FISH -> "set -gx " + name + " '" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
      case POWERSHELL ->
          "$env:" + name + " = '" + POWERSHELL_QUOTES.matcher(value).replaceAll("$1$1") + "'";
    };
  }
}
