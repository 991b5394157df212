package dev.ssosetup.aws;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;

/**
 * The AWS access portal refused the access token (UnauthorizedException, HTTP 401) although the
 * token may not have expired by the cache file: the user signed out elsewhere, or the session ended
 * on the server. The cached token is dead; a caller that can log in again catches this.
 */
public final class TokenRejectedException extends UserFacingException {
  private static final long serialVersionUID = 1L;

  TokenRejectedException(Text message, Text hint, Throwable cause) {
    super(ExitCode.FAILURE, message, hint, cause);
  }
}
