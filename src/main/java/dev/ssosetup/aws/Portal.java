package dev.ssosetup.aws;

import dev.ssosetup.common.Text;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.AccountInfo;
import software.amazon.awssdk.services.sso.model.ListAccountRolesRequest;
import software.amazon.awssdk.services.sso.model.ListAccountsRequest;
import software.amazon.awssdk.services.sso.model.RoleInfo;

/** The AWS access portal as the wizard sees it: the user's accounts and roles, every page. */
public final class Portal {
  private final SsoClient client;

  public Portal(SsoClient client) {
    this.client = client;
  }

  /** Every account assigned to the token's user, in the order the portal returns them. */
  public List<Account> accounts(String accessToken) {
    List<Account> accounts = new ArrayList<>();
    try {
      for (AccountInfo info :
          client
              .listAccountsPaginator(ListAccountsRequest.builder().accessToken(accessToken).build())
              .accountList()) {
        accounts.add(
            new Account(
                info.accountId(), orEmpty(info.accountName()), orEmpty(info.emailAddress())));
      }
    } catch (RuntimeException e) {
      throw AwsErrors.translate(e, Text.of("aws.action.listAccounts"));
    }
    return accounts;
  }

  /** Every role of the account that is assigned to the token's user. */
  public List<String> roles(String accessToken, String accountId) {
    List<String> roles = new ArrayList<>();
    try {
      for (RoleInfo info :
          client
              .listAccountRolesPaginator(
                  ListAccountRolesRequest.builder()
                      .accessToken(accessToken)
                      .accountId(accountId)
                      .build())
              .roleList()) {
        roles.add(info.roleName());
      }
    } catch (RuntimeException e) {
      throw AwsErrors.translate(e, Text.of("aws.action.listRoles", accountId));
    }
    return roles;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
