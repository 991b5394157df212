package dev.ssosetup.verify;

import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.auth.TokenState;
import dev.ssosetup.auth.TokenStatus;
import dev.ssosetup.aws.AwsErrors;
import dev.ssosetup.aws.EndpointException;
import dev.ssosetup.aws.NetworkFailures;
import dev.ssosetup.common.Messages;
import dev.ssosetup.profiles.ProfileInfo;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.sso.auth.ExpiredTokenException;

/**
 * Turns what the SDK threw into a {@link Failure} that names the cause and its fix. The SDK wraps
 * its exceptions (a 403 from the portal arrives as a generic {@code SsoException}, a refused
 * connection three levels down), so this digs through the causes.
 */
final class SdkFailures {
  /** Causes followed at most, in case a chain loops. */
  private static final int MAX_DEPTH = 20;

  /** Which call failed. */
  enum Stage {
    /** The credential provider: token (and its refresh), then GetRoleCredentials. */
    CREDENTIALS,
    /** STS GetCallerIdentity. */
    IDENTITY,
    /** S3 ListBuckets. */
    BUCKETS
  }

  /** What the failure is about. */
  record Subject(ProfileInfo profile, SsoSessionRef session, TokenState token, String region) {}

  private final ServiceEndpoints endpoints;
  private final Messages messages;

  SdkFailures(ServiceEndpoints endpoints, Messages messages) {
    this.endpoints = endpoints;
    this.messages = messages;
  }

  Failure classify(Stage stage, RuntimeException error, Subject subject, Instant now) {
    EndpointException endpoint = EndpointException.in(error);
    if (endpoint == null
        && stage == Stage.CREDENTIALS
        && find(error, NullPointerException.class) != null) {
      // The SDK's own client read an answer that lacks what it needs (say {@code {}}).
      ServiceEndpoints.Service called = credentialService(subject, now);
      endpoint =
          EndpointException.unusableAnswer(
              called.aws(),
              endpoints.url(called, subject.session().region()),
              called == ServiceEndpoints.Service.SSO_OIDC ? "CreateToken" : "GetRoleCredentials",
              messages,
              error);
    }
    if (endpoint != null) {
      return Failure.of(
              endpoint.kind() == EndpointException.Kind.NO_ANSWER
                  ? Failure.Kind.UNREACHABLE
                  : Failure.Kind.INCOMPLETE_ANSWER,
              (endpoint.kind() == EndpointException.Kind.NO_ANSWER
                      ? "no answer from "
                      : "incomplete answer from ")
                  + endpoint.host(),
              endpoint.getMessage(),
              endpoint.hint())
          .withCause(error);
    }
    AwsServiceException service = find(error, AwsServiceException.class);
    if (service != null) {
      return serviceFailure(stage, service, subject).withCause(error);
    }
    if (NetworkFailures.is(error)) {
      return unreachable(stage, error, subject, now).withCause(error);
    }
    if (stage == Stage.CREDENTIALS) {
      if (find(error, ExpiredTokenException.class) != null) {
        return tokenUnusable(subject).withCause(error);
      }
      IllegalArgumentException invalid = find(error, IllegalArgumentException.class);
      if (invalid != null) {
        ProfileInfo profile = subject.profile();
        return Failure.of(
                Failure.Kind.PROFILE_REJECTED,
                "the SDK rejects the profile",
                "The AWS SDK rejects the profile '" + profile.name() + "': " + invalid.getMessage(),
                "Run: sso-setup doctor --profile " + profile.name())
            .withCause(error);
      }
    }
    return Failure.of(
            Failure.Kind.AWS_ERROR,
            action(stage) + " failed",
            "Could not " + action(stage) + ": " + AwsErrors.networkCause(error),
            "Run again with --debug to see the details.")
        .withCause(error);
  }

  private Failure serviceFailure(Stage stage, AwsServiceException service, Subject subject) {
    ProfileInfo profile = subject.profile();
    String code = service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
    String detail = describe(code, service);
    int status = service.statusCode();
    if (stage == Stage.CREDENTIALS && status == 403) {
      return Failure.of(
          Failure.Kind.NOT_ASSIGNED,
          "role not assigned to you",
          "The role '"
              + profile.roleName()
              + "' in account "
              + profile.accountId()
              + " is not assigned to you (the portal answered "
              + detail
              + ").",
          "Ask your IAM Identity Center administrator to assign it to you, or choose a role you"
              + " have with: sso-setup configure --profile "
              + profile.name());
    }
    if (stage == Stage.CREDENTIALS && status == 401) {
      return CachedTokenCheck.loginFailure(
          Failure.Kind.TOKEN_REJECTED,
          "token rejected",
          "IAM Identity Center rejected the cached token for "
              + subject.session().describe()
              + " ("
              + detail
              + "): it was revoked, or signed out elsewhere.",
          profile,
          subject.session(),
          true);
    }
    if (stage == Stage.BUCKETS && (status == 403 || "AccessDenied".equals(code))) {
      return Failure.of(
          Failure.Kind.S3_DENIED,
          "S3 denied (" + (code == null ? "HTTP 403" : code) + ")",
          "S3 ListBuckets was denied for the role '"
              + profile.roleName()
              + "' ("
              + (code == null ? "HTTP 403" : code)
              + "); the identity check passed, so the login itself works.",
          "The role's permission set does not allow s3:ListAllMyBuckets: if it should, ask your"
              + " IAM Identity Center administrator; else use a role that may list buckets.");
    }
    String fix =
        status == 429 || "ThrottlingException".equals(code) || "Throttling".equals(code)
            ? "AWS is throttling requests; wait a moment and run verify again."
            : status >= 500
                ? "AWS could not answer; run verify again in a moment."
                : "Run again with --debug to see the requests.";
    return Failure.of(
        Failure.Kind.AWS_ERROR,
        action(stage) + ": " + (code != null ? code : "HTTP " + status),
        "Could not " + action(stage) + ": " + detail + ".",
        fix);
  }

  /**
   * The answer that never came while the SDK resolved credentials: from SSO-OIDC when the token was
   * due for a refresh, else from the portal.
   */
  EndpointException credentialsNoAnswer(Subject subject, Instant now, Duration waited) {
    ServiceEndpoints.Service called = credentialService(subject, now);
    return EndpointException.noAnswer(
        called.aws(), endpoints.url(called, subject.session().region()), waited, messages, null);
  }

  private static ServiceEndpoints.Service credentialService(Subject subject, Instant now) {
    return CachedTokenCheck.needsRefresh(subject.token(), now)
        ? ServiceEndpoints.Service.SSO_OIDC
        : ServiceEndpoints.Service.SSO;
  }

  private Failure unreachable(Stage stage, RuntimeException error, Subject subject, Instant now) {
    ServiceEndpoints.Service service =
        switch (stage) {
          case CREDENTIALS -> credentialService(subject, now);
          case IDENTITY -> ServiceEndpoints.Service.STS;
          case BUCKETS -> ServiceEndpoints.Service.S3;
        };
    String region =
        service == ServiceEndpoints.Service.SSO || service == ServiceEndpoints.Service.SSO_OIDC
            ? subject.session().region()
            : subject.region();
    String url = endpoints.url(service, region);
    return Failure.of(
        Failure.Kind.UNREACHABLE,
        "cannot reach " + url,
        "Could not reach "
            + service.title()
            + " at "
            + url
            + ": "
            + AwsErrors.networkCause(error)
            + ".",
        "Check the network connection and any proxy; if that endpoint is wrong, check "
            + service.variable()
            + " and AWS_ENDPOINT_URL (and endpoint_url or [services] in the config).");
  }

  /**
   * The SDK found no usable token although the cache had one (it expired meanwhile, or a refresh
   * was refused).
   */
  private static Failure tokenUnusable(Subject subject) {
    SsoSessionRef session = subject.session();
    boolean refreshTried =
        subject.token() != null && subject.token().status() == TokenStatus.REFRESHABLE;
    String message =
        refreshTried
            ? "The login for "
                + session.describe()
                + " expired, and IAM Identity Center refused to refresh it."
            : "The AWS SDK found no usable token for " + session.describe() + ".";
    return CachedTokenCheck.loginFailure(
        Failure.Kind.TOKEN_EXPIRED,
        "login for " + session.describe() + " expired",
        message,
        subject.profile(),
        session,
        false);
  }

  private static String action(Stage stage) {
    return switch (stage) {
      case CREDENTIALS -> "get role credentials";
      case IDENTITY -> "call STS GetCallerIdentity";
      case BUCKETS -> "list S3 buckets";
    };
  }

  private static String describe(String code, AwsServiceException service) {
    String message =
        service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorMessage();
    String text = code != null ? code : "HTTP " + service.statusCode();
    return message == null || message.isBlank() ? text : text + ": " + message.strip();
  }

  static <T extends Throwable> T find(Throwable error, Class<T> type) {
    int depth = 0;
    for (Throwable cause = error; cause != null && depth++ < MAX_DEPTH; cause = next(cause)) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  private static Throwable next(Throwable cause) {
    Throwable next = cause.getCause();
    return next == cause ? null : next;
  }
}
