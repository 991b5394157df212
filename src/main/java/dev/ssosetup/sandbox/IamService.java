package dev.ssosetup.sandbox;

import dev.ssosetup.sandbox.CredentialStore.RoleCredential;
import dev.ssosetup.sandbox.ManagedPolicies.Policy;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * IAM (query protocol, XML) with the one action an administrator's plan needs: GetPolicy, to check
 * that a managed policy exists before a permission set refers to it. IAM is global and signs in
 * {@code us-east-1}; it answers requests signed for the service {@code iam}.
 */
final class IamService implements Service {
  static final String NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";
  private static final String VERSION = "2010-05-08";

  private final SigV4Verifier verifier;
  private final Directory directory;

  IamService(SigV4Verifier verifier, Directory directory) {
    this.verifier = verifier;
    this.directory = directory;
  }

  @Override
  public String name() {
    return "iam";
  }

  @Override
  public String operation(Request request) {
    if (!request.path().equals("/") || !"iam".equals(SigV4Verifier.scopeService(request))) {
      return null;
    }
    return QueryProtocol.action(request);
  }

  @Override
  public Response handle(String operation, Request request) {
    RoleCredential credential =
        verifier.verifyOr(
            request,
            "iam",
            rejection -> error(403, "InvalidClientTokenId", rejection.getMessage(), request));
    Map<String, String> parameters = parameters(request);
    if (!operation.equals("GetPolicy") || !VERSION.equals(parameters.get("Version"))) {
      throw new HttpFailure(
          error(400, "InvalidAction", "Could not find operation " + operation, request));
    }
    if (!directory.mayAdminister(credential)) {
      throw new HttpFailure(
          error(
              403,
              "AccessDenied",
              "User: " + credential.arn() + " is not authorized to perform: iam:GetPolicy",
              request));
    }
    String arn = parameters.get("PolicyArn");
    if (arn == null || arn.length() < 20 || arn.length() > 2048 || !arn.startsWith("arn:")) {
      throw new HttpFailure(error(400, "InvalidInput", "ARN " + arn + " is not valid.", request));
    }
    Optional<Policy> policy = ManagedPolicies.byArn(arn);
    if (policy.isEmpty()) {
      throw new HttpFailure(
          error(
              404,
              "NoSuchEntity",
              "Policy " + arn + " does not exist or is not attachable.",
              request));
    }
    return Response.xml(200, getPolicy(policy.get(), request));
  }

  private static String getPolicy(Policy policy, Request request) {
    String created = DateTimeFormatter.ISO_INSTANT.format(policy.created());
    return new Xml()
        .open("GetPolicyResponse", NAMESPACE)
        .open("GetPolicyResult")
        .open("Policy")
        .element("PolicyName", policy.name())
        .element("DefaultVersionId", "v1")
        .element("PolicyId", policy.id())
        .element("Path", policy.path())
        .element("Arn", policy.arn())
        .element("AttachmentCount", "0")
        .element("PermissionsBoundaryUsageCount", "0")
        .element("IsAttachable", "true")
        .element("Description", policy.description())
        .element("CreateDate", created)
        .element("UpdateDate", created)
        .close("Policy")
        .close("GetPolicyResult")
        .open("ResponseMetadata")
        .element("RequestId", request.id())
        .close("ResponseMetadata")
        .close("GetPolicyResponse")
        .toString();
  }

  @Override
  public Response internalError(Request request) {
    return error(500, "ServiceFailure", "An internal error occurred (injected).", request);
  }

  @Override
  public Response tooManyRequests() {
    return QueryProtocol.error(NAMESPACE, 400, "Sender", "Throttling", "Rate exceeded", null);
  }

  private static Map<String, String> parameters(Request request) {
    return QueryProtocol.parameters(request);
  }

  private static Response error(int status, String code, String message, Request request) {
    return QueryProtocol.error(
        NAMESPACE, status, status >= 500 ? "Receiver" : "Sender", code, message, request.id());
  }
}
