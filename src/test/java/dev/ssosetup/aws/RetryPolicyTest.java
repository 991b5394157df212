package dev.ssosetup.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.aws.RetryPolicy.Kind;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sso.model.SsoException;
import software.amazon.awssdk.services.sso.model.TooManyRequestsException;
import software.amazon.awssdk.services.sso.model.UnauthorizedException;

class RetryPolicyTest {
  private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

  @Test
  void throttling_isRetriedManyTimes() {
    RuntimeException throttled =
        TooManyRequestsException.builder()
            .statusCode(429)
            .awsErrorDetails(error("TooManyRequestsException"))
            .build();

    assertThat(RetryPolicy.classify(throttled)).isEqualTo(Kind.THROTTLED);
    assertThat(RetryPolicy.DEFAULT.maxAttempts(Kind.THROTTLED)).isEqualTo(20);
  }

  @Test
  void throttlingWrappedByTheSdksCredentialProvider_isStillThrottling() {
    RuntimeException wrapped =
        SdkClientException.create(
            "Unable to load credentials",
            SsoException.builder()
                .statusCode(429)
                .awsErrorDetails(error("TooManyRequestsException"))
                .build());

    assertThat(RetryPolicy.classify(wrapped)).isEqualTo(Kind.THROTTLED);
  }

  @Test
  void anEndpointThatDidNotAnswerOrAnsweredIncompletely_isNotRetried() {
    RuntimeException noAnswer =
        SdkClientException.create(
            "wrapped",
            EndpointException.noAnswer(
                AwsService.SSO,
                "127.0.0.1:1",
                Duration.ofSeconds(45),
                dev.ssosetup.common.Messages.english(),
                new IOException("Read timed out")));

    assertThat(RetryPolicy.classify(noAnswer)).isEqualTo(Kind.FATAL);
  }

  @Test
  void serverErrorsAndBrokenConnections_areRetriedFewerTimes() {
    RuntimeException serverError =
        SsoException.builder()
            .statusCode(500)
            .awsErrorDetails(error("InternalServerException"))
            .build();
    RuntimeException reset =
        SdkClientException.create(
            "Unable to execute HTTP request", new IOException("Connection reset"));

    assertThat(RetryPolicy.classify(serverError)).isEqualTo(Kind.TRANSIENT);
    assertThat(RetryPolicy.classify(reset)).isEqualTo(Kind.TRANSIENT);
    assertThat(RetryPolicy.DEFAULT.maxAttempts(Kind.TRANSIENT)).isEqualTo(8);
  }

  @Test
  void anExpiredTokenOrAClientMistake_failsAtOnce() {
    RuntimeException unauthorized =
        UnauthorizedException.builder()
            .statusCode(401)
            .awsErrorDetails(error("UnauthorizedException"))
            .build();

    assertThat(RetryPolicy.classify(unauthorized)).isEqualTo(Kind.FATAL);
    assertThat(RetryPolicy.classify(SdkClientException.create("Unable to marshall request")))
        .isEqualTo(Kind.FATAL);
    assertThat(RetryPolicy.classify(new IllegalStateException())).isEqualTo(Kind.FATAL);
    assertThat(RetryPolicy.DEFAULT.maxAttempts(Kind.FATAL)).isEqualTo(1);
  }

  @Test
  void delays_doubleUpToTheCap_withAtMostHalfTakenOffAtRandom() {
    RetryPolicy policy = new RetryPolicy(Duration.ofMillis(200), Duration.ofSeconds(10), 20, 8);

    assertThat(policy.delayNanos(1, () -> 0.999_999)).isBetween(199 * MS, 200 * MS);
    assertThat(policy.delayNanos(1, () -> 0.0)).isEqualTo(100 * MS);
    assertThat(policy.delayNanos(2, () -> 0.0)).isEqualTo(200 * MS);
    assertThat(policy.delayNanos(4, () -> 0.0)).isEqualTo(800 * MS);
    assertThat(policy.delayNanos(7, () -> 0.0)).isEqualTo(5_000 * MS);
    assertThat(policy.delayNanos(60, () -> 0.0)).isEqualTo(5_000 * MS);
    assertThat(policy.delayNanos(60, () -> 0.999_999)).isBetween(9_999 * MS, 10_000 * MS);
  }

  private static AwsErrorDetails error(String code) {
    return AwsErrorDetails.builder().errorCode(code).errorMessage("message").build();
  }
}
