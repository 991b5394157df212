package dev.ssosetup.aws;

import java.io.IOException;
import java.nio.file.FileSystemException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;

/**
 * The one answer to "did this call fail on the network?", for every caller: the error message a
 * user sees ({@link AwsErrors}), verify's diagnosis and the retry policy. A network failure is an
 * I/O error anywhere among the causes (refused, reset, unknown host, no route, a socket timeout, a
 * TLS failure, a stream cut short) or the SDK giving up a call or an attempt on its time limit. A
 * file the SDK could not read is no network failure, and neither is any other client-side error (no
 * credentials, a bad parameter): those are not fixed by checking the connection.
 */
public final class NetworkFailures {
  private static final int MAX_DEPTH = 20;

  private NetworkFailures() {}

  /** The first network failure among the error and its causes, or null when there is none. */
  public static Throwable cause(Throwable error) {
    int depth = 0;
    for (Throwable cause = error; cause != null && depth++ < MAX_DEPTH; cause = next(cause)) {
      if (cause instanceof ApiCallTimeoutException
          || cause instanceof ApiCallAttemptTimeoutException
          || (cause instanceof IOException && !(cause instanceof FileSystemException))) {
        return cause;
      }
    }
    return null;
  }

  /** Whether the error is a network failure ({@link #cause} finds one). */
  public static boolean is(Throwable error) {
    return cause(error) != null;
  }

  private static Throwable next(Throwable cause) {
    Throwable next = cause.getCause();
    return next == cause ? null : next;
  }
}
