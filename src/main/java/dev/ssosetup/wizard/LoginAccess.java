package dev.ssosetup.wizard;

import dev.ssosetup.auth.LoginOptions;
import dev.ssosetup.auth.RejectedLogin;
import dev.ssosetup.auth.SsoLogin;
import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.aws.Account;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.aws.Portal;
import dev.ssosetup.aws.TokenRejectedException;
import dev.ssosetup.common.Messages;
import dev.ssosetup.prompt.Prompter;
import java.util.List;
import java.util.function.Function;

/**
 * The wizard's access to Identity Center: {@link SsoLogin} for the token, the portal for lists. A
 * token the portal rejects (signed out elsewhere, ended on the server) is replaced once, after the
 * person agrees ({@link RejectedLogin}).
 */
public final class LoginAccess implements SsoAccess {
  private final SsoLogin login;
  private final AwsClients clients;
  private final LoginOptions options;
  private final Prompter prompter;
  private final RejectedLogin rejected;
  private String accessToken;

  public LoginAccess(SsoLogin login, AwsClients clients, LoginOptions options, Prompter prompter) {
    this(login, clients, options, prompter, Messages.english());
  }

  public LoginAccess(
      SsoLogin login,
      AwsClients clients,
      LoginOptions options,
      Prompter prompter,
      Messages messages) {
    this.login = login;
    this.clients = clients;
    this.options = options;
    this.prompter = prompter;
    this.rejected = new RejectedLogin(login, options, prompter, messages);
  }

  @Override
  public void logIn(SsoSessionRef session) {
    accessToken = login.login(session, options, prompter).accessToken().reveal();
  }

  @Override
  public List<Account> accounts(SsoSessionRef session) {
    return withToken(session, token -> portal(session).accounts(token));
  }

  @Override
  public List<String> roles(SsoSessionRef session, String accountId) {
    return withToken(session, token -> portal(session).roles(token, accountId));
  }

  private <T> T withToken(SsoSessionRef session, Function<String, T> call) {
    if (accessToken == null) {
      logIn(session);
    }
    try {
      return call.apply(accessToken);
    } catch (TokenRejectedException e) {
      accessToken = rejected.recover(session, e);
      return call.apply(accessToken);
    }
  }

  private Portal portal(SsoSessionRef session) {
    return new Portal(clients.portal(session.region()));
  }
}
