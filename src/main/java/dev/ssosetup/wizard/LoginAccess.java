package dev.ssosetup.wizard;

import dev.ssosetup.auth.LoginOptions;
import dev.ssosetup.auth.SsoLogin;
import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.aws.Account;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.aws.Portal;
import dev.ssosetup.prompt.Prompter;
import java.util.List;

/** The wizard's access to Identity Center: {@link SsoLogin} for the token, the portal for lists. */
public final class LoginAccess implements SsoAccess {
  private final SsoLogin login;
  private final AwsClients clients;
  private final LoginOptions options;
  private final Prompter prompter;

  public LoginAccess(SsoLogin login, AwsClients clients, LoginOptions options, Prompter prompter) {
    this.login = login;
    this.clients = clients;
    this.options = options;
    this.prompter = prompter;
  }

  @Override
  public String accessToken(SsoSessionRef session) {
    return login.login(session, options, prompter).accessToken();
  }

  @Override
  public List<Account> accounts(SsoSessionRef session, String accessToken) {
    return new Portal(clients.portal(session.region())).accounts(accessToken);
  }

  @Override
  public List<String> roles(SsoSessionRef session, String accessToken, String accountId) {
    return new Portal(clients.portal(session.region())).roles(accessToken, accountId);
  }
}
