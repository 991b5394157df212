package dev.ssosetup.credentials;

import dev.ssosetup.auth.RoleCredentials;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment variables that hand a role's credentials to any AWS tool: the keys and token, the
 * expiry ({@code AWS_CREDENTIAL_EXPIRATION}, ISO-8601 in UTC), and the region when there is one.
 */
public final class CredentialVariables {
  /**
   * What a child of {@code exec} must not inherit: a profile to pick instead of these credentials,
   * and the old name of the session token variable (boto 2 reads it) holding another session's.
   */
  public static final List<String> REMOVED =
      List.of("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SECURITY_TOKEN");

  private CredentialVariables() {}

  /** The variables, in the order {@code credentials --format env} prints them. */
  public static Map<String, String> of(RoleCredentials credentials, String region) {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("AWS_ACCESS_KEY_ID", credentials.accessKeyId());
    variables.put("AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey().reveal());
    variables.put("AWS_SESSION_TOKEN", credentials.sessionToken().reveal());
    variables.put("AWS_CREDENTIAL_EXPIRATION", expiration(credentials));
    if (region != null) {
      variables.put("AWS_REGION", region);
      variables.put("AWS_DEFAULT_REGION", region);
    }
    return variables;
  }

  /** The expiry as {@code YYYY-MM-DDTHH:MM:SSZ}, whole seconds, as credential_process takes it. */
  public static String expiration(RoleCredentials credentials) {
    return DateTimeFormatter.ISO_INSTANT.format(
        credentials.expiration().truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * The environment of a child process: the parent's, without {@link #REMOVED}, with the role's
   * variables set over any it had.
   */
  public static Map<String, String> childEnvironment(
      Map<String, String> parent, RoleCredentials credentials, String region) {
    Map<String, String> child = new LinkedHashMap<>(parent);
    REMOVED.forEach(child::remove);
    child.putAll(of(credentials, region));
    return child;
  }
}
