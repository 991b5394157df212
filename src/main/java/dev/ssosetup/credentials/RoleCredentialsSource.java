package dev.ssosetup.credentials;

import dev.ssosetup.auth.LoginResult;
import dev.ssosetup.auth.RoleCredentialCache;
import dev.ssosetup.auth.RoleCredentials;
import dev.ssosetup.auth.SsoLogin;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.aws.AwsErrors;
import dev.ssosetup.common.Secret;
import dev.ssosetup.common.Text;
import dev.ssosetup.credentials.CredentialsException.Problem;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sso.model.GetRoleCredentialsResponse;
import software.amazon.awssdk.services.sso.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sso.model.SsoException;
import software.amazon.awssdk.services.sso.model.UnauthorizedException;

/**
 * A role's credentials, as cheaply as they can be had, and never through a login: reused from the
 * cache (shared with the AWS CLI) while more than 15 minutes are left, else fetched with the
 * portal's GetRoleCredentials using the cached login (renewed silently when it can be) and cached.
 * Processes asking for the same role at once take turns on the cache file's lock, so they make one
 * call between them.
 */
public final class RoleCredentialsSource {
  /** An access key id: upper-case letters and digits (AWS documents 16 to 128 of them). */
  private static final Pattern ACCESS_KEY_ID = Pattern.compile("[A-Z0-9]{16,128}");

  /** What a secret key or session token may hold: visible ASCII, nothing a shell or JSON minds. */
  private static final Pattern OPAQUE = Pattern.compile("[A-Za-z0-9+/=_.:-]+");

  private final AwsClients clients;
  private final SsoLogin login;
  private final RoleCredentialCache cache;

  public RoleCredentialsSource(AwsClients clients, SsoLogin login, RoleCredentialCache cache) {
    this.clients = Objects.requireNonNull(clients, "clients");
    this.login = Objects.requireNonNull(login, "login");
    this.cache = Objects.requireNonNull(cache, "cache");
  }

  /** The credentials and whether they came from the cache. */
  public record Fetched(RoleCredentials credentials, boolean cached) {}

  /**
   * The role's credentials.
   *
   * @throws CredentialsException when a login is needed, the login has no access to the role, or
   *     the portal's answer is unusable
   * @throws dev.ssosetup.common.UserFacingException for any other AWS or network failure
   */
  public Fetched get(RoleTarget target) {
    String key = RoleCredentialCache.key(target.session(), target.accountId(), target.roleName());
    return cached(key)
        .orElseGet(
            () ->
                cache.locked(
                    key,
                    // Another process may have fetched them while this one waited.
                    () -> cached(key).orElseGet(() -> new Fetched(fetch(target, key), false))));
  }

  /** Fresh credentials from the cache, if they have the shape real ones have (files are shared). */
  private Optional<Fetched> cached(String key) {
    return cache
        .fresh(key)
        .filter(RoleCredentialsSource::wellFormed)
        .map(credentials -> new Fetched(credentials, true));
  }

  /**
   * Whether every field has the shape real credentials have, so that none can break the line of a
   * shell script or a JSON document it is printed into.
   */
  static boolean wellFormed(RoleCredentials credentials) {
    return ACCESS_KEY_ID.matcher(credentials.accessKeyId()).matches()
        && OPAQUE.matcher(credentials.secretAccessKey().reveal()).matches()
        && OPAQUE.matcher(credentials.sessionToken().reveal()).matches();
  }

  private static Text getCredentials(RoleTarget target) {
    return Text.of("credentials.action.get", target.roleName(), target.accountId());
  }

  private RoleCredentials fetch(RoleTarget target, String key) {
    LoginResult token =
        login
            .withoutPrompting(target.session())
            .orElseThrow(
                () -> new CredentialsException(Problem.LOGIN_NEEDED, "NoUsableToken", null));
    GetRoleCredentialsResponse response;
    try {
      response =
          clients
              .portal(target.session().region())
              .getRoleCredentials(
                  r ->
                      r.accessToken(token.accessToken().reveal())
                          .accountId(target.accountId())
                          .roleName(target.roleName()));
    } catch (UnauthorizedException e) {
      throw new CredentialsException(Problem.LOGIN_REJECTED, "UnauthorizedException", e);
    } catch (ResourceNotFoundException e) {
      throw new CredentialsException(Problem.NO_ACCESS, "ResourceNotFoundException", e);
    } catch (SsoException e) {
      // The portal's "No access" is a ForbiddenException, which the SDK has no class for.
      if (e.statusCode() == 403) {
        throw new CredentialsException(Problem.NO_ACCESS, "ForbiddenException", e);
      }
      throw AwsErrors.translate(e, getCredentials(target));
    } catch (SdkException e) {
      throw AwsErrors.translate(e, getCredentials(target));
    }
    RoleCredentials credentials = checked(response, target.accountId());
    cache.write(key, credentials);
    return credentials;
  }

  /** The answer's credentials, each field present and of the shape real ones have. */
  private static RoleCredentials checked(GetRoleCredentialsResponse response, String accountId) {
    software.amazon.awssdk.services.sso.model.RoleCredentials answer = response.roleCredentials();
    if (answer == null) {
      throw badAnswer("roleCredentials");
    }
    if (answer.accessKeyId() == null || !ACCESS_KEY_ID.matcher(answer.accessKeyId()).matches()) {
      throw badAnswer("accessKeyId");
    }
    if (answer.secretAccessKey() == null || !OPAQUE.matcher(answer.secretAccessKey()).matches()) {
      throw badAnswer("secretAccessKey");
    }
    if (answer.sessionToken() == null || !OPAQUE.matcher(answer.sessionToken()).matches()) {
      throw badAnswer("sessionToken");
    }
    if (answer.expiration() == null || answer.expiration() <= 0) {
      throw badAnswer("expiration");
    }
    return new RoleCredentials(
        answer.accessKeyId(),
        Secret.of(answer.secretAccessKey()),
        Secret.of(answer.sessionToken()),
        Instant.ofEpochMilli(answer.expiration()),
        accountId);
  }

  private static CredentialsException badAnswer(String field) {
    return new CredentialsException(Problem.BAD_ANSWER, field, null);
  }
}
