package dev.ssosetup.verify;

import dev.ssosetup.common.Text;
import java.util.Objects;

/**
 * Why a profile failed a check, in words a user can act on: a short summary for a table, the whole
 * message, and the fix, as sentences the caller renders in the reader's language (JSON takes the
 * English). The cause is kept for {@code --debug} only; no text here carries a secret.
 *
 * @param sessionFix the fix that covers every profile of the same sso-session (a login), or null
 *     when the fix is particular to the profile
 */
public record Failure(
    Kind kind, Text summary, Text message, Text fix, Text sessionFix, Throwable cause) {

  /** What went wrong, as a stable code for JSON and scripts. */
  public enum Kind {
    NOT_SSO("not-sso"),
    SESSION_MISSING("session-missing"),
    INCOMPLETE_PROFILE("incomplete-profile"),
    NOT_LOGGED_IN("not-logged-in"),
    TOKEN_EXPIRED("token-expired"),
    TOKEN_REJECTED("token-rejected"),
    NOT_ASSIGNED("not-assigned"),
    PROFILE_REJECTED("profile-rejected"),
    S3_DENIED("s3-denied"),
    UNREACHABLE("unreachable"),
    INCOMPLETE_ANSWER("incomplete-answer"),
    AWS_ERROR("aws-error");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  public Failure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(message, "message");
  }

  static Failure of(Kind kind, Text summary, Text message, Text fix) {
    return new Failure(kind, summary, message, fix, null, null);
  }

  Failure withCause(Throwable cause) {
    return new Failure(kind, summary, message, fix, sessionFix, cause);
  }

  Failure withSessionFix(Text sessionFix) {
    return new Failure(kind, summary, message, fix, sessionFix, cause);
  }

  /** A fix that is a command to run: "Run: COMMAND", the command as it is in every language. */
  static Text run(String command) {
    return Text.of("verify.run", command);
  }
}
