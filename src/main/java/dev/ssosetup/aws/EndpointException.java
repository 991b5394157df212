package dev.ssosetup.aws;

import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
import java.time.Duration;
import java.util.Locale;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * An endpoint that did not answer in time, or whose answer lacked what sso-setup uses: the message
 * names the service and the host, so a user sees which endpoint (and which {@code
 * AWS_ENDPOINT_URL_*} variable) to look at. Raised through the SDK in place of its timeout
 * exceptions and for incomplete answers; never retried by sso-setup.
 */
public final class EndpointException extends SdkClientException {
  private static final long serialVersionUID = 1L;

  /** What went wrong with the endpoint. */
  public enum Kind {
    /** No (complete) answer within the call's time. */
    NO_ANSWER,
    /** A successful answer without a field sso-setup needs. */
    INCOMPLETE_ANSWER
  }

  private final Kind kind;
  private final AwsService service;
  private final String host;
  private final Text text;
  private final Text hintText;
  private final String hint;

  private EndpointException(
      Kind kind,
      AwsService service,
      String host,
      Text message,
      Text hint,
      Messages messages,
      Throwable cause) {
    super(SdkClientException.builder().message(message.in(messages)).cause(cause));
    this.kind = kind;
    this.service = service;
    this.host = host;
    this.text = message;
    this.hintText = hint;
    this.hint = hint.in(messages);
  }

  /** {@code service} at {@code host} gave no complete answer within {@code waited}. */
  public static EndpointException noAnswer(
      AwsService service, String host, Duration waited, Messages messages, Throwable cause) {
    return new EndpointException(
        Kind.NO_ANSWER,
        service,
        host,
        Text.of("security.no-answer", service.title(), host, seconds(waited)),
        Text.of("security.no-answer-hint", service.variable()),
        messages,
        cause);
  }

  /** {@code service} at {@code host} answered {@code operation} without {@code missing}. */
  public static EndpointException incompleteAnswer(
      AwsService service, String host, String operation, Text missing, Messages messages) {
    return new EndpointException(
        Kind.INCOMPLETE_ANSWER,
        service,
        host,
        Text.of("security.incomplete-answer", service.title(), host, operation, missing),
        Text.of("security.incomplete-answer-hint", service.variable()),
        messages,
        null);
  }

  /**
   * {@code service} at {@code host} answered {@code operation} with something the AWS SDK's own
   * client could not use (it failed reading it), for calls made inside the SDK.
   */
  public static EndpointException unusableAnswer(
      AwsService service, String host, String operation, Messages messages, Throwable cause) {
    return new EndpointException(
        Kind.INCOMPLETE_ANSWER,
        service,
        host,
        Text.of("security.unusable-answer", service.title(), host, operation),
        Text.of("security.incomplete-answer-hint", service.variable()),
        messages,
        cause);
  }

  /** Seconds to one decimal below 10, else whole: {@code 0.6}, {@code 2}, {@code 45}. */
  static String seconds(Duration duration) {
    double seconds = duration.toMillis() / 1000.0;
    return seconds >= 10 || seconds == Math.rint(seconds)
        ? String.valueOf(Math.round(seconds))
        : String.format(Locale.ROOT, "%.1f", seconds);
  }

  public Kind kind() {
    return kind;
  }

  public AwsService service() {
    return service;
  }

  /** The host (and port, when not the default) the call went to. */
  public String host() {
    return host;
  }

  /** What to do about it, in the language of the messages it was made with. */
  public String hint() {
    return hint;
  }

  /** What went wrong, as a sentence to render in any language. */
  public Text text() {
    return text;
  }

  /** What to do about it, as a sentence to render in any language. */
  public Text hintText() {
    return hintText;
  }

  /** The first endpoint exception among the causes, or null. */
  public static EndpointException in(Throwable error) {
    int depth = 0;
    for (Throwable cause = error; cause != null && depth++ < 20; cause = cause.getCause()) {
      if (cause instanceof EndpointException endpoint) {
        return endpoint;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
