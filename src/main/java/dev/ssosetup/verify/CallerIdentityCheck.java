package dev.ssosetup.verify;

import dev.ssosetup.aws.BoundedCall;
import dev.ssosetup.aws.PacedCaller;
import dev.ssosetup.common.UserFacingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * Resolves the profile's credentials with the SDK's own provider (token cache, refresh,
 * GetRoleCredentials) and asks STS who they belong to.
 */
final class CallerIdentityCheck {
  private final RegionalClients clients;
  private final SdkFailures failures;
  private final Clock clock;
  private final Duration credentialsTimeout;

  /**
   * @param credentialsTimeout how long the SDK's provider may take to resolve credentials: its
   *     internal clients take no timeouts of ours, so the whole resolution is bounded
   */
  CallerIdentityCheck(
      RegionalClients clients, SdkFailures failures, Clock clock, Duration credentialsTimeout) {
    this.clients = clients;
    this.failures = failures;
    this.clock = clock;
    this.credentialsTimeout = credentialsTimeout;
  }

  /**
   * @param portalCalls paces the credential resolution (one GetRoleCredentials, unless the SDK
   *     finds the credentials cached) and retries it when throttled
   */
  IdentityCheck check(
      AwsCredentialsProvider credentials, SdkFailures.Subject subject, PacedCaller portalCalls) {
    try {
      // Resolved on its own first, so that a failure here is told apart from one of STS.
      portalCalls.call(() -> resolveWithin(credentials, subject));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw UserFacingException.interrupted();
    } catch (RuntimeException e) {
      return IdentityCheck.failed(
          failures.classify(SdkFailures.Stage.CREDENTIALS, e, subject, clock.instant()));
    }
    try {
      GetCallerIdentityResponse identity =
          clients
              .sts(subject.region())
              .getCallerIdentity(
                  request ->
                      request.overrideConfiguration(o -> o.credentialsProvider(credentials)));
      return IdentityCheck.passed(identity.account(), identity.arn());
    } catch (RuntimeException e) {
      return IdentityCheck.failed(
          failures.classify(SdkFailures.Stage.IDENTITY, e, subject, clock.instant()));
    }
  }

  /**
   * The SDK's internal clients take no timeouts of ours, and their socket timeout never trips on a
   * trickled answer: the whole resolution gets the call's deadline.
   */
  private AwsCredentials resolveWithin(
      AwsCredentialsProvider credentials, SdkFailures.Subject subject) {
    Instant started = clock.instant();
    return BoundedCall.within(
        credentialsTimeout,
        credentials::resolveCredentials,
        () -> failures.credentialsNoAnswer(subject, started, credentialsTimeout));
  }
}
