package dev.ssosetup.auth;

import dev.ssosetup.aws.TokenRejectedException;
import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.prompt.Prompter;

/**
 * What a command does when the service rejects the cached login it was given (signed out elsewhere,
 * or ended on the server): it says so, and at a terminal offers to log in again and goes on;
 * without one it stops, naming the login command, which then works because {@code login} asks the
 * portal before it trusts a cached token.
 */
public final class RejectedLogin {
  private final SsoLogin login;
  private final LoginOptions options;
  private final Prompter prompter;
  private final Messages messages;

  public RejectedLogin(SsoLogin login, LoginOptions options, Prompter prompter, Messages messages) {
    this.login = login;
    this.options = options;
    this.prompter = prompter;
    this.messages = messages;
  }

  /**
   * A new access token after {@code rejected}: at a terminal, once the person agrees, from a
   * refresh or a new login.
   *
   * @throws UserFacingException exit 1 without a terminal or when the person declines
   */
  public String recover(SsoSessionRef session, TokenRejectedException rejected) {
    String what = Text.of("login.tokenRejected", session.title()).in(messages);
    if (!prompter.interactive()) {
      throw new UserFacingException(ExitCode.FAILURE, what, hint(session), rejected);
    }
    prompter.warn(what);
    if (!prompter.confirm(messages.get("login.logInAgain"), true)) {
      throw new UserFacingException(ExitCode.FAILURE, what, hint(session), rejected);
    }
    return login.loginAgain(session, options, prompter).accessToken().reveal();
  }

  /** The login the person runs next; it checks the token with the portal, so it is no loop. */
  private String hint(SsoSessionRef session) {
    return session.legacy()
        ? messages.get("login.tokenRejectedHintLegacy")
        : messages.get("login.tokenRejectedHint", session.name());
  }
}
