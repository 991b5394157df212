package dev.ssosetup.wizard;

import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.aws.Account;
import java.util.List;

/** What the wizard needs from Identity Center: a token for a session, then accounts and roles. */
public interface SsoAccess {
  /** A valid access token for the session: reused, refreshed, or from a new login. */
  String accessToken(SsoSessionRef session);

  /** Every account assigned to the user. */
  List<Account> accounts(SsoSessionRef session, String accessToken);

  /** Every role of the account assigned to the user. */
  List<String> roles(SsoSessionRef session, String accessToken, String accountId);
}
