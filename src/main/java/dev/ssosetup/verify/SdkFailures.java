package dev.ssosetup.verify;

import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.auth.TokenState;
import dev.ssosetup.auth.TokenStatus;
import dev.ssosetup.aws.AwsErrors;
import dev.ssosetup.aws.AwsService;
import dev.ssosetup.aws.EndpointException;
import dev.ssosetup.aws.NetworkFailures;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
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
      AwsService called = credentialService(subject, now);
      endpoint =
          EndpointException.unusableAnswer(
              called,
              endpoints.url(called, subject.session().region()).toString(),
              called == AwsService.SSO_OIDC ? "CreateToken" : "GetRoleCredentials",
              messages,
              error);
    }
    if (endpoint != null) {
      return Failure.of(
              endpoint.kind() == EndpointException.Kind.NO_ANSWER
                  ? Failure.Kind.UNREACHABLE
                  : Failure.Kind.INCOMPLETE_ANSWER,
              Text.of(
                  endpoint.kind() == EndpointException.Kind.NO_ANSWER
                      ? "verify.noAnswer.summary"
                      : "verify.incompleteAnswer.summary",
                  endpoint.host()),
              endpoint.text(),
              endpoint.hintText())
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
                Text.of("verify.profileRejected.summary"),
                Text.of("verify.profileRejected", profile.name(), invalid.getMessage()),
                Failure.run("sso-setup doctor --profile " + profile.name()))
            .withCause(error);
      }
    }
    return Failure.of(
            Failure.Kind.AWS_ERROR,
            Text.of("verify.awsError.summary", action(stage)),
            Text.of("verify.awsError", action(stage), AwsErrors.networkCause(error)),
            Text.of("verify.awsError.fix"))
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
          Text.of("verify.notAssigned.summary"),
          Text.of("verify.notAssigned", profile.roleName(), profile.accountId(), detail),
          Text.of("verify.notAssigned.fix", "sso-setup configure --profile " + profile.name()));
    }
    if (stage == Stage.CREDENTIALS && status == 401) {
      return CachedTokenCheck.loginFailure(
          Failure.Kind.TOKEN_REJECTED,
          Text.of("verify.tokenRejected.summary"),
          Text.of("verify.tokenRejected", subject.session().title(), detail),
          profile,
          subject.session(),
          true);
    }
    if (stage == Stage.BUCKETS && (status == 403 || "AccessDenied".equals(code))) {
      String denial = code == null ? "HTTP 403" : code;
      return Failure.of(
          Failure.Kind.S3_DENIED,
          Text.of("verify.s3Denied.summary", denial),
          Text.of("verify.s3Denied", profile.roleName(), denial),
          Text.of("verify.s3Denied.fix"));
    }
    String fix =
        status == 429 || "ThrottlingException".equals(code) || "Throttling".equals(code)
            ? "verify.serviceError.fixThrottled"
            : status >= 500 ? "verify.serviceError.fixServer" : "verify.serviceError.fix";
    return Failure.of(
        Failure.Kind.AWS_ERROR,
        Text.of(
            "verify.serviceError.summary", action(stage), code != null ? code : "HTTP " + status),
        Text.of("verify.serviceError", action(stage), detail),
        Text.of(fix));
  }

  /**
   * The answer that never came while the SDK resolved credentials: from SSO-OIDC when the token was
   * due for a refresh, else from the portal.
   */
  EndpointException credentialsNoAnswer(Subject subject, Instant now, Duration waited) {
    AwsService called = credentialService(subject, now);
    return EndpointException.noAnswer(
        called,
        endpoints.url(called, subject.session().region()).toString(),
        waited,
        messages,
        null);
  }

  private static AwsService credentialService(Subject subject, Instant now) {
    return CachedTokenCheck.needsRefresh(subject.token(), now)
        ? AwsService.SSO_OIDC
        : AwsService.SSO;
  }

  private Failure unreachable(Stage stage, RuntimeException error, Subject subject, Instant now) {
    AwsService service =
        switch (stage) {
          case CREDENTIALS -> credentialService(subject, now);
          case IDENTITY -> AwsService.STS;
          case BUCKETS -> AwsService.S3;
        };
    String region =
        service == AwsService.SSO || service == AwsService.SSO_OIDC
            ? subject.session().region()
            : subject.region();
    Text url = endpoints.url(service, region);
    return Failure.of(
        Failure.Kind.UNREACHABLE,
        Text.of("verify.unreachable.summary", url),
        Text.of(
            "verify.unreachable",
            ServiceEndpoints.title(service),
            url,
            AwsErrors.networkCause(error)),
        Text.of("verify.unreachable.fix", service.variable()));
  }

  /**
   * The SDK found no usable token although the cache had one (it expired meanwhile, or a refresh
   * was refused).
   */
  private static Failure tokenUnusable(Subject subject) {
    SsoSessionRef session = subject.session();
    boolean refreshTried =
        subject.token() != null && subject.token().status() == TokenStatus.REFRESHABLE;
    return CachedTokenCheck.loginFailure(
        Failure.Kind.TOKEN_EXPIRED,
        Text.of("verify.expired.summary", session.title()),
        Text.of(refreshTried ? "verify.refreshRefused" : "verify.noUsableToken", session.title()),
        subject.profile(),
        session,
        false);
  }

  private static Text action(Stage stage) {
    return switch (stage) {
      case CREDENTIALS -> Text.of("verify.action.credentials");
      case IDENTITY -> Text.of("verify.action.identity");
      case BUCKETS -> Text.of("verify.action.buckets");
    };
  }

  private static String describe(String code, AwsServiceException service) {
    String message =
        service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorMessage();
    String text = code != null ? code : "HTTP " + service.statusCode();
    // The sentence around it ends with its own full stop: "... not GET /x." would end in two.
    return message == null || message.isBlank()
        ? text
        : text + ": " + message.strip().replaceFirst("\\.+$", "");
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
