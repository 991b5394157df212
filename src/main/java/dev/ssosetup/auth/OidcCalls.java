package dev.ssosetup.auth;

import dev.ssosetup.aws.AwsErrors;
import dev.ssosetup.common.Text;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;

/** What the login's calls to the SSO-OIDC service and the portal share. */
final class OidcCalls {
  static final String REFRESH_TOKEN_GRANT = "refresh_token";

  private OidcCalls() {}

  /** The call's answer; an SDK failure becomes the user-facing error for {@code action}. */
  static <T> T call(Text action, Supplier<T> call) {
    try {
      return call.get();
    } catch (SdkException e) {
      throw AwsErrors.translate(e, action);
    }
  }

  /** When the token of a CreateToken answer expires, counted from now. */
  static Instant expiry(CreateTokenResponse response, Clock clock) {
    int seconds = response.expiresIn() == null ? 0 : response.expiresIn();
    return clock.instant().plusSeconds(seconds);
  }

  /** A failure in a few words: the service's error code, or the network cause. */
  static String reason(SdkException e) {
    if (e instanceof AwsServiceException service
        && service.awsErrorDetails() != null
        && service.awsErrorDetails().errorCode() != null) {
      return service.awsErrorDetails().errorCode();
    }
    return AwsErrors.networkCause(e);
  }
}
