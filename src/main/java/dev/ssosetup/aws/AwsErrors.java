package dev.ssosetup.aws;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Turns SDK exceptions into one line a user can act on. Service messages are kept (they never carry
 * our secrets); the SDK's long client messages are shortened to their cause.
 */
public final class AwsErrors {
  private AwsErrors() {}

  /**
   * A failure (exit 1) saying what could not be done and why; {@code action} is a {@link Text} that
   * reads as a verb phrase ("list your AWS accounts").
   */
  public static UserFacingException translate(RuntimeException error, Text action) {
    if (error instanceof UserFacingException userFacing) {
      return userFacing;
    }
    EndpointException endpoint = EndpointException.in(error);
    if (endpoint != null) {
      return new UserFacingException(
          ExitCode.FAILURE,
          Text.of("network.couldNot", action, endpoint.getMessage()),
          Text.of("network.asSent", endpoint.hint()),
          error);
    }
    if (error instanceof AwsServiceException service) {
      String code =
          service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
      String message =
          service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorMessage();
      if (service.statusCode() == 401) {
        // 'sso-setup login' asks the portal before it reuses a token, so this is no loop.
        return new TokenRejectedException(
            Text.of("network.couldNot", action, describe(code, message, service.statusCode())),
            Text.of("network.loginExpired.hint"),
            error);
      }
      Text hint = service.statusCode() == 429 ? Text.of("network.throttled.hint") : null;
      return UserFacingException.failure(
          Text.of("network.couldNot", action, describe(code, message, service.statusCode())),
          hint,
          error);
    }
    if (NetworkFailures.is(error)) {
      return UserFacingException.failure(
          Text.of("network.couldNot", action, cause(error)),
          Text.of("network.unreachable.hint"),
          error);
    }
    if (error instanceof SdkClientException client) {
      // Client-side, but not the network (no credentials, a bad parameter): no network advice.
      return UserFacingException.failure(
          Text.of("network.couldNot", action, cause(client)), Text.of("network.debug.hint"), error);
    }
    return UserFacingException.failure(Text.of("network.couldNot", action, error), null, error);
  }

  /**
   * The root cause of a client-side failure in a few words (unreachable host, refused, ...);
   * whether it is a network failure at all is {@link NetworkFailures}' to say.
   */
  public static String networkCause(Throwable error) {
    return String.valueOf(cause(error));
  }

  /** {@link #networkCause} as a {@link Text} where the words are ours, else the cause's own. */
  private static Object cause(Throwable error) {
    Throwable cause = error;
    while (cause != null) {
      if (cause instanceof EndpointException endpoint) {
        return endpoint.getMessage();
      }
      if (cause instanceof UnknownHostException) {
        return Text.of("network.unknownHost", cause.getMessage());
      }
      if (cause instanceof ConnectException) {
        return Text.of("network.refused", cause.getMessage());
      }
      if (cause instanceof IOException && cause.getMessage() != null) {
        return cause.getMessage();
      }
      if (cause.getCause() == cause) {
        break;
      }
      cause = cause.getCause();
    }
    String message = error.getMessage();
    if (message == null) {
      return error.getClass().getSimpleName();
    }
    int end = message.indexOf(". ");
    return end > 0 ? message.substring(0, end) : message;
  }

  private static String describe(String code, String message, int status) {
    StringBuilder text = new StringBuilder();
    text.append(code != null ? code : "HTTP " + status);
    if (message != null && !message.isBlank()) {
      text.append(" (").append(message.strip()).append(')');
    }
    return text.toString();
  }
}
