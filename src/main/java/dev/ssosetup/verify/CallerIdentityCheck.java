package dev.ssosetup.verify;

import dev.ssosetup.aws.BoundedCall;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

  IdentityCheck check(AwsCredentialsProvider credentials, SdkFailures.Subject subject) {
    try {
      // Resolved on its own first, so that a failure here is told apart from one of STS.
      Instant started = clock.instant();
      BoundedCall.within(
          credentialsTimeout,
          credentials::resolveCredentials,
          () -> failures.credentialsNoAnswer(subject, started, credentialsTimeout));
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
}
