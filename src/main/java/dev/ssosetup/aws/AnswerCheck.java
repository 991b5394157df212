package dev.ssosetup.aws;

import dev.ssosetup.common.Text;
import java.util.List;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.ListBucketsResponse;
import software.amazon.awssdk.services.sso.model.AccountInfo;
import software.amazon.awssdk.services.sso.model.GetRoleCredentialsResponse;
import software.amazon.awssdk.services.sso.model.ListAccountRolesResponse;
import software.amazon.awssdk.services.sso.model.ListAccountsResponse;
import software.amazon.awssdk.services.sso.model.RoleCredentials;
import software.amazon.awssdk.services.sso.model.RoleInfo;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * What a successful answer must hold before sso-setup uses or caches it. The SDK accepts {@code {}}
 * as a successful answer to any operation and leaves every field null; a hostile or mistaken
 * endpoint can send exactly that, and a registration with no client ID was once cached. Fields that
 * sso-setup does without (an account's name or email, a refresh token) are not required.
 */
final class AnswerCheck {
  private AnswerCheck() {}

  /**
   * What is missing from the answer, in a few words ({@code clientId}, or an account's {@code
   * accountId}), or null.
   */
  static Text missing(SdkResponse response) {
    if (response instanceof RegisterClientResponse r) {
      return first(blank(r.clientId(), "clientId"), blank(r.clientSecret(), "clientSecret"));
    }
    if (response instanceof StartDeviceAuthorizationResponse r) {
      return first(
          blank(r.deviceCode(), "deviceCode"),
          blank(r.userCode(), "userCode"),
          blank(r.verificationUri(), "verificationUri"),
          blank(r.verificationUriComplete(), "verificationUriComplete"));
    }
    if (response instanceof CreateTokenResponse r) {
      return first(
          blank(r.accessToken(), "accessToken"),
          r.expiresIn() == null || r.expiresIn() <= 0 ? field("expiresIn") : null);
    }
    if (response instanceof ListAccountsResponse r) {
      return inList(r.accountList(), AccountInfo::accountId, "account", "accountId");
    }
    if (response instanceof ListAccountRolesResponse r) {
      return inList(r.roleList(), RoleInfo::roleName, "role", "roleName");
    }
    if (response instanceof GetRoleCredentialsResponse r) {
      return roleCredentials(r.roleCredentials());
    }
    if (response instanceof GetCallerIdentityResponse r) {
      return first(blank(r.account(), "Account"), blank(r.arn(), "Arn"));
    }
    if (response instanceof ListBucketsResponse r) {
      return inList(r.buckets(), Bucket::name, "bucket", "Name");
    }
    return null;
  }

  private static Text roleCredentials(RoleCredentials credentials) {
    if (credentials == null) {
      return field("roleCredentials");
    }
    return first(
        blank(credentials.accessKeyId(), "accessKeyId"),
        blank(credentials.secretAccessKey(), "secretAccessKey"),
        blank(credentials.sessionToken(), "sessionToken"),
        credentials.expiration() == null ? field("expiration") : null);
  }

  /** The field of an item of a list, named by the item's kind: {@code aws.answer.KIND}. */
  private static <T> Text inList(
      List<T> items, java.util.function.Function<T, String> field, String kind, String name) {
    for (T item : items) {
      if (item == null || blank(field.apply(item), name) != null) {
        return Text.of("aws.answer." + kind, name);
      }
    }
    return null;
  }

  private static Text blank(String value, String name) {
    return value == null || value.isBlank() ? field(name) : null;
  }

  /** A field by its name in the service's API, the same in every language. */
  private static Text field(String name) {
    return Text.of("common.asIs", name);
  }

  private static Text first(Text... problems) {
    for (Text problem : problems) {
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }
}
