package dev.ssosetup.wizard;

import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.aws.Account;
import java.util.List;

/**
 * What the wizard needs from Identity Center: a login for a session, then accounts and roles. The
 * token stays inside: a login the portal rejects is replaced there, and the answers already given
 * are kept.
 */
public interface SsoAccess {
  /** Logs in for the session: a cached token reused or refreshed, or a new login. */
  void logIn(SsoSessionRef session);

  /** Every account assigned to the user. */
  List<Account> accounts(SsoSessionRef session);

  /** Every role of the account assigned to the user. */
  List<String> roles(SsoSessionRef session, String accountId);
}
