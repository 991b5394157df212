package dev.ssosetup.admin;

import dev.ssosetup.admin.InstanceDiscovery.RegionAnswer;
import dev.ssosetup.admin.InstanceDiscovery.Scan;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Picks the instance an admin command works on from what discovery found. */
public final class InstanceChoice {
  // What a region answers when the account has not opted in to it: not a problem to report.
  private static final Set<String> REGION_NOT_ENABLED =
      Set.of("UnrecognizedClientException", "InvalidClientTokenId", "AuthFailure");

  private InstanceChoice() {}

  /**
   * The one instance, or the one named by {@code instanceArn}; an {@link AdminProblem} when there
   * is none (failure: enable it, or the credentials may not look), several (input: name one), or
   * the named one is not among them (input).
   */
  public static Instance choose(Scan scan, String instanceArn) {
    List<Instance> found = scan.instances();
    if (found.isEmpty()) {
      throw nothingFound(scan);
    }
    if (instanceArn != null) {
      return found.stream()
          .filter(instance -> instance.instanceArn().equals(instanceArn))
          .findFirst()
          .orElseThrow(
              () -> AdminProblem.input("admin.instance.unknownArn", instanceArn, list(found)));
    }
    if (found.size() > 1) {
      throw AdminProblem.input("admin.instance.several", found.size(), list(found));
    }
    return found.get(0);
  }

  private static AdminProblem nothingFound(Scan scan) {
    for (RegionAnswer answer : scan.failures()) {
      if (answer.error() instanceof AwsServiceException service
          && service.awsErrorDetails() != null
          && "AccessDeniedException".equals(service.awsErrorDetails().errorCode())) {
        return AdminProblem.failure(
            service, "admin.instance.denied", answer.region(), errorText(service));
      }
    }
    List<RegionAnswer> problems =
        scan.failures().stream().filter(answer -> !regionNotEnabled(answer)).toList();
    if (!problems.isEmpty()) {
      RegionAnswer first = problems.get(0);
      return AdminProblem.failure(
          first.error(),
          "admin.instance.unreachable",
          problems.size(),
          first.region(),
          errorText(first.error()));
    }
    return AdminProblem.failure("admin.instance.none", scan.answers().size());
  }

  private static boolean regionNotEnabled(RegionAnswer answer) {
    return answer.error() instanceof AwsServiceException service
        && service.awsErrorDetails() != null
        && REGION_NOT_ENABLED.contains(service.awsErrorDetails().errorCode());
  }

  /** One line per instance: region, ARN, owner account (the renderer puts each on its own). */
  static List<String> list(List<Instance> instances) {
    return instances.stream()
        .map(i -> i.region() + "  " + i.instanceArn() + "  (" + i.ownerAccountId() + ")")
        .toList();
  }

  /** An SDK error in a few words: the service's code and message, or the client's cause. */
  public static String errorText(Throwable error) {
    if (error instanceof AwsServiceException service && service.awsErrorDetails() != null) {
      String code = service.awsErrorDetails().errorCode();
      String message = service.awsErrorDetails().errorMessage();
      return message == null || message.isBlank() ? code : code + ": " + message.strip();
    }
    return dev.ssosetup.aws.AwsErrors.networkCause(error);
  }
}
