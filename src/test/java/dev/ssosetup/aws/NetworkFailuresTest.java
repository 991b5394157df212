package dev.ssosetup.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.NoSuchFileException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * One classifier of network failures for the error message, verify's diagnosis and the retry
 * policy. Before, the message called every client-side SDK error a network problem, and verify did
 * not count a stream cut short as one: these are the cases they disagreed on.
 */
class NetworkFailuresTest {
  private static final String NETWORK_HINT = "Check your network connection";

  @Test
  void aClientErrorWithoutAnIoCause_isNoNetworkFailure_andGetsNoNetworkAdvice() {
    SdkClientException noCredentials =
        SdkClientException.create("Unable to load credentials from any of the providers");

    assertThat(NetworkFailures.is(noCredentials)).isFalse();
    UserFacingException shown =
        AwsErrors.translate(noCredentials, Text.of("aws.action.listAccounts"));
    assertThat(shown.getMessage()).contains("Unable to load credentials");
    assertThat(shown.hint()).doesNotContain(NETWORK_HINT);
    assertThat(RetryPolicy.classify(noCredentials)).isEqualTo(RetryPolicy.Kind.FATAL);
  }

  @Test
  void aStreamCutShort_isANetworkFailure_forTheMessageAndTheRetry() {
    SdkClientException cut =
        SdkClientException.create("Unable to execute HTTP request", new IOException("EOF"));

    assertThat(NetworkFailures.cause(cut)).isInstanceOf(IOException.class);
    assertThat(AwsErrors.translate(cut, Text.of("aws.action.listAccounts")).hint())
        .contains(NETWORK_HINT);
    assertThat(RetryPolicy.classify(cut)).isEqualTo(RetryPolicy.Kind.TRANSIENT);
  }

  @Test
  void refusedUnknownHostResetAndTls_areNetworkFailures() {
    for (IOException cause :
        new IOException[] {
          new ConnectException("Connection refused"),
          new UnknownHostException("portal.sso.nowhere.amazonaws.com"),
          new SocketException("Connection reset"),
          new SSLHandshakeException("PKIX path building failed")
        }) {
      SdkClientException error = SdkClientException.create("Unable to execute", cause);

      assertThat(NetworkFailures.cause(error)).as(cause.toString()).isSameAs(cause);
      assertThat(AwsErrors.translate(error, Text.of("aws.action.listAccounts")).hint())
          .contains(NETWORK_HINT);
      assertThat(RetryPolicy.classify(error)).isEqualTo(RetryPolicy.Kind.TRANSIENT);
    }
  }

  @Test
  void theCallsTimeLimit_isANetworkFailure_butNotWorthAnotherTry() {
    ApiCallTimeoutException timeout = ApiCallTimeoutException.create(45_000);

    assertThat(NetworkFailures.is(timeout)).isTrue();
    assertThat(AwsErrors.translate(timeout, Text.of("aws.action.listAccounts")).hint())
        .contains(NETWORK_HINT);
    assertThat(RetryPolicy.classify(timeout)).isEqualTo(RetryPolicy.Kind.FATAL);
  }

  @Test
  void aFileTheSdkCouldNotRead_isNoNetworkFailure() {
    UncheckedIOException missing =
        new UncheckedIOException(new NoSuchFileException("/home/me/.aws/config"));

    assertThat(NetworkFailures.is(missing)).isFalse();
    assertThat(RetryPolicy.classify(missing)).isEqualTo(RetryPolicy.Kind.FATAL);
  }
}
