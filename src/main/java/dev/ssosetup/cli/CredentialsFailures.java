package dev.ssosetup.cli;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.QuotedValue;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.credentials.CredentialsException;
import dev.ssosetup.credentials.RoleTarget;

/**
 * Words for what {@code credentials}, {@code exec} and {@code console} could not do: a {@link
 * CredentialsException} as one line saying what happened, one saying what to run, and the exit code
 * (1 for a login or AWS problem, 2 for bad input, 126 and 127 for a command {@code exec} could not
 * start).
 */
final class CredentialsFailures {
  private CredentialsFailures() {}

  /** The failure as the user sees it. */
  static UserFacingException of(CliContext context, RoleTarget target, CredentialsException e) {
    Messages m = context.messages();
    String who = target.session().title().in(m);
    String profile = target.profile();
    return switch (e.problem()) {
      case LOGIN_NEEDED ->
          failure(
              m.get("credentials.loginNeeded", who),
              m.get("credentials.loginNeeded.hint", login(context, target, false)),
              e);
      case LOGIN_REJECTED ->
          failure(
              m.get("credentials.loginRejected", who),
              m.get("credentials.loginRejected.hint", login(context, target, true)),
              e);
      case NO_ACCESS ->
          failure(
              m.get(
                  "credentials.noAccess",
                  QuotedValue.of(target.roleName()),
                  QuotedValue.of(target.accountId()),
                  e.detail()),
              m.get("credentials.noAccess.hint", RoleTargets.shellWord(profile)),
              e);
      case BAD_ANSWER -> failure(m.get("credentials.badAnswer", e.detail()), null, e);
      case INVALID_DESTINATION ->
          usage(
              m.get("credentials.console.invalidDestination", QuotedValue.of(e.detail())),
              m.get("credentials.console.invalidDestination.hint"),
              e);
      case UNSUPPORTED_REGION ->
          usage(
              m.get("credentials.console.unsupportedRegion", QuotedValue.of(e.detail())),
              m.get("credentials.console.unsupportedRegion.hint", RoleTargets.shellWord(profile)),
              e);
      case INVALID_ENDPOINT ->
          usage(
              m.get("credentials.console.invalidEndpoint", QuotedValue.of(e.detail())),
              m.get("credentials.console.invalidEndpoint.hint"),
              e);
      case SIGNIN_REFUSED ->
          failure(
              m.get("credentials.console.signinRefused", e.detail()),
              m.get("credentials.console.signinRefused.hint", login(context, target, true)),
              e);
      case SIGNIN_UNREACHABLE ->
          failure(
              m.get("credentials.console.signinUnreachable", e.detail()),
              m.get("credentials.console.signinUnreachable.hint"),
              e);
      case COMMAND_NOT_FOUND ->
          new UserFacingException(
              ExitCode.COMMAND_NOT_FOUND,
              m.get("credentials.exec.notFound", QuotedValue.of(e.detail())),
              m.get("credentials.exec.notFound.hint"),
              e);
      case COMMAND_NOT_EXECUTABLE ->
          new UserFacingException(
              ExitCode.COMMAND_NOT_EXECUTABLE,
              m.get("credentials.exec.notExecutable", QuotedValue.of(e.detail())),
              m.get("credentials.exec.notExecutable.hint"),
              e);
    };
  }

  private static String login(CliContext context, RoleTarget target, boolean force) {
    return RoleTargets.loginCommand(context, target.profile(), force);
  }

  private static UserFacingException failure(String message, String hint, Throwable cause) {
    return new UserFacingException(ExitCode.FAILURE, message, hint, cause);
  }

  private static UserFacingException usage(String message, String hint, Throwable cause) {
    return new UserFacingException(ExitCode.USAGE, message, hint, cause);
  }
}
