package dev.ssosetup.common;

import java.util.Objects;

/**
 * A failure the user can act on: one line saying what is wrong, an optional line saying what to do,
 * and the exit code. It never carries a secret, and its stack trace is shown only under --debug.
 */
public class UserFacingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String hint;
  private final Text text;
  private final Text hintText;
  private final ExitCode exitCode;

  public UserFacingException(ExitCode exitCode, String message, String hint, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
    this.hint = hint;
    this.text = null;
    this.hintText = null;
  }

  /**
   * An error whose words come from the message bundles, so it can be shown in the reader's language
   * ({@link #message(Messages)}, {@link #hint(Messages)}); {@link #getMessage()} and {@link
   * #hint()} give the English.
   */
  public UserFacingException(ExitCode exitCode, Text message, Text hint, Throwable cause) {
    super(Objects.requireNonNull(message, "message").toString(), cause);
    this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
    this.text = message;
    this.hintText = hint;
    this.hint = hint == null ? null : hint.toString();
  }

  /** Bad input (exit 2), in words from the bundles. */
  public static UserFacingException usage(Text message, Text hint) {
    return new UserFacingException(ExitCode.USAGE, message, hint, null);
  }

  /** The operation failed (exit 1), in words from the bundles. */
  public static UserFacingException failure(Text message, Text hint) {
    return new UserFacingException(ExitCode.FAILURE, message, hint, null);
  }

  /** Like {@link #failure(Text, Text)}, keeping the cause for --debug. */
  public static UserFacingException failure(Text message, Text hint, Throwable cause) {
    return new UserFacingException(ExitCode.FAILURE, message, hint, cause);
  }

  /** The message in the language of {@code messages} (English when it was built from a string). */
  public String message(Messages messages) {
    return text == null ? getMessage() : text.in(messages);
  }

  /** What to do about it in the language of {@code messages}, or null. */
  public String hint(Messages messages) {
    return hintText == null ? hint : hintText.in(messages);
  }

  /** Bad input (exit 2): an invalid flag, a missing value, an unreadable config. */
  public static UserFacingException usage(String message, String hint) {
    return new UserFacingException(ExitCode.USAGE, message, hint, null);
  }

  /** The operation failed (exit 1): AWS or network error, a login denied or expired. */
  public static UserFacingException failure(String message, String hint) {
    return new UserFacingException(ExitCode.FAILURE, message, hint, null);
  }

  /** Like {@link #failure(String, String)}, keeping the cause for --debug. */
  public static UserFacingException failure(String message, String hint, Throwable cause) {
    return new UserFacingException(ExitCode.FAILURE, message, hint, cause);
  }

  /** The user cancelled (exit 130): Ctrl-C, Esc or end of input at a prompt. */
  public static UserFacingException interrupted() {
    return new UserFacingException(ExitCode.INTERRUPTED, Text.of("common.cancelled"), null, null);
  }

  /** The message as a sentence to render: its own, or its English shown as it is. */
  public Text text() {
    return text != null ? text : Text.of("common.asIs", getMessage());
  }

  /** What to do about it as a sentence to render, or null. */
  public Text hintText() {
    return hintText != null ? hintText : hint == null ? null : Text.of("common.asIs", hint);
  }

  /** What to do about it, or null. */
  public String hint() {
    return hint;
  }

  public ExitCode exitCode() {
    return exitCode;
  }
}
