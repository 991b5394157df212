package dev.ssosetup.credentials;

import java.util.Objects;

/**
 * Why no role credentials (or no console link) could be had. The flow says what happened; the
 * command line words it, in the user's language, with what to run next.
 */
public final class CredentialsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Problem {
    /** No cached login, or it has expired and cannot be renewed: {@code login} is needed. */
    LOGIN_NEEDED,
    /** The portal refused the cached token (signed out, revoked): {@code login --force}. */
    LOGIN_REJECTED,
    /** The login has no access to the profile's account and role. */
    NO_ACCESS,
    /** A service answered with something that is not usable credentials or a sign-in token. */
    BAD_ANSWER,
    /** {@code --destination} is neither a service name nor a console URL of the partition. */
    INVALID_DESTINATION,
    /** A region the console link cannot be made for (malformed, or of another partition). */
    UNSUPPORTED_REGION,
    /** {@code AWS_ENDPOINT_URL_SIGNIN} (or {@code AWS_ENDPOINT_URL}) is no usable URL. */
    INVALID_ENDPOINT,
    /** The sign-in federation endpoint refused the role session (detail: the HTTP status). */
    SIGNIN_REFUSED,
    /** The sign-in federation endpoint could not be reached (detail: the cause). */
    SIGNIN_UNREACHABLE,
    /** {@code exec}: no such command (exit 127, as shells report it). */
    COMMAND_NOT_FOUND,
    /** {@code exec}: the command exists but cannot be run (exit 126, as shells report it). */
    COMMAND_NOT_EXECUTABLE
  }

  private final Problem problem;

  public CredentialsException(Problem problem, String detail, Throwable cause) {
    super(detail, cause, false, false);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  public Problem problem() {
    return problem;
  }

  /** What was seen, for the message (a service's error code, a field name); never a secret. */
  public String detail() {
    return getMessage();
  }
}
