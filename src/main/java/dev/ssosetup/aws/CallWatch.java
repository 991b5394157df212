package dev.ssosetup.aws;

import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Watches every call of one of our SDK clients: tells the {@link CallObserver} when it starts and
 * ends (the terminal's spinner), refuses a successful answer that lacks what sso-setup uses ({@link
 * AnswerCheck}), and turns the SDK's timeouts into an {@link EndpointException} that names the
 * service and the host that did not answer.
 */
final class CallWatch implements ExecutionInterceptor {
  private static final ExecutionAttribute<String> HOST =
      new ExecutionAttribute<>("sso-setup.call-watch.host");
  private static final ExecutionAttribute<Long> STARTED =
      new ExecutionAttribute<>("sso-setup.call-watch.started");
  private static final ExecutionAttribute<CallObserver.Call> CALL =
      new ExecutionAttribute<>("sso-setup.call-watch.call");

  private final AwsService service;
  private final Duration callTimeout;
  private final Supplier<CallObserver> observer;
  private final Supplier<Messages> messages;

  CallWatch(
      AwsService service,
      Duration callTimeout,
      Supplier<CallObserver> observer,
      Supplier<Messages> messages) {
    this.service = service;
    this.callTimeout = callTimeout;
    this.observer = observer;
    this.messages = messages;
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    attributes.putAttribute(STARTED, System.nanoTime());
  }

  @Override
  public void beforeTransmission(
      Context.BeforeTransmission context, ExecutionAttributes attributes) {
    String host = host(context.httpRequest());
    attributes.putAttribute(HOST, host);
    if (attributes.getAttribute(CALL) == null) {
      attributes.putAttribute(CALL, observer.get().started(service, host, callTimeout));
    }
  }

  @Override
  public void afterUnmarshalling(
      Context.AfterUnmarshalling context, ExecutionAttributes attributes) {
    Text missing = AnswerCheck.missing(context.response());
    if (missing != null) {
      throw EndpointException.incompleteAnswer(
          service,
          hostOf(attributes, context.httpRequest()),
          attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
          missing,
          messages.get());
    }
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    end(attributes);
  }

  @Override
  public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
    end(attributes);
  }

  @Override
  public Throwable modifyException(
      Context.FailedExecution context, ExecutionAttributes attributes) {
    Throwable error = context.exception();
    EndpointException ours = EndpointException.in(error);
    if (ours == null && timedOut(error)) {
      Long started = attributes.getAttribute(STARTED);
      ours =
          EndpointException.noAnswer(
              service,
              hostOf(attributes, context.httpRequest().orElse(null)),
              started == null ? callTimeout : Duration.ofNanos(System.nanoTime() - started),
              messages.get(),
              error);
    }
    return ours == null ? error : inPlaceOf(error, ours);
  }

  /**
   * Ours in place of the SDK's exception (the SDK wraps what an interceptor throws while it reads
   * an answer). The SDK accepts only an exception of the class it threw, and its timeouts are final
   * classes: those carry ours as their cause and message.
   */
  private static Throwable inPlaceOf(Throwable error, EndpointException ours) {
    if (error.getClass().isInstance(ours)) {
      return ours;
    }
    if (error instanceof ApiCallTimeoutException) {
      return ApiCallTimeoutException.create(ours.getMessage(), ours);
    }
    if (error instanceof ApiCallAttemptTimeoutException) {
      return ApiCallAttemptTimeoutException.create(ours.getMessage(), ours);
    }
    return error;
  }

  private static boolean timedOut(Throwable error) {
    int depth = 0;
    for (Throwable cause = error; cause != null && depth++ < 20; cause = cause.getCause()) {
      if (cause instanceof ApiCallTimeoutException
          || cause instanceof ApiCallAttemptTimeoutException
          || cause instanceof SocketTimeoutException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static void end(ExecutionAttributes attributes) {
    CallObserver.Call call = attributes.getAttribute(CALL);
    if (call != null) {
      attributes.putAttribute(CALL, null);
      call.close();
    }
  }

  private String hostOf(ExecutionAttributes attributes, SdkHttpRequest request) {
    String host = attributes.getAttribute(HOST);
    if (host != null) {
      return host;
    }
    return request == null ? service.variable() : host(request);
  }

  /** The host, with the port when it is not the scheme's default. */
  static String host(SdkHttpRequest request) {
    int port = request.port();
    boolean defaultPort =
        port <= 0
            || (port == 443 && "https".equals(request.protocol()))
            || (port == 80 && "http".equals(request.protocol()));
    return defaultPort ? request.host() : request.host() + ":" + port;
  }
}
