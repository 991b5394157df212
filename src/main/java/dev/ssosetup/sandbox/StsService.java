package dev.ssosetup.sandbox;

import dev.ssosetup.sandbox.CredentialStore.RoleCredential;
import dev.ssosetup.sandbox.SigV4Verifier.Rejection;
import java.util.Map;

/**
 * STS (query protocol, XML) with the one action a credential check needs: GetCallerIdentity, for
 * requests signed with role credentials the portal issued.
 */
final class StsService implements Service {
  static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";
  private static final String VERSION = "2011-06-15";

  private final SigV4Verifier verifier;

  StsService(SigV4Verifier verifier) {
    this.verifier = verifier;
  }

  @Override
  public String name() {
    return "sts";
  }

  /** STS always posts to {@code /}; S3 shares that path, so the signing scope decides. */
  @Override
  public String operation(Request request) {
    if (!request.path().equals("/")) {
      return null;
    }
    String scope = SigV4Verifier.scopeService(request);
    boolean forSts = scope != null ? scope.equals("sts") : request.method().equals("POST");
    if (!forSts) {
      return null;
    }
    return QueryProtocol.action(request);
  }

  @Override
  public Response handle(String operation, Request request) {
    RoleCredential credential =
        verifier.verifyOr(request, "sts", rejection -> rejected(rejection, request));
    Map<String, String> parameters = parameters(request);
    String action = parameters.get("Action");
    if (action == null || action.isEmpty()) {
      throw failure(400, "Sender", "MissingAction", "Missing Action", request);
    }
    if (!action.equals("GetCallerIdentity") || !VERSION.equals(parameters.get("Version"))) {
      throw failure(
          400,
          "Sender",
          "InvalidAction",
          "Could not find operation " + action + " for version " + parameters.get("Version"),
          request);
    }
    return Response.xml(
        200,
        new Xml()
            .open("GetCallerIdentityResponse", NAMESPACE)
            .open("GetCallerIdentityResult")
            .element("Arn", credential.arn())
            .element("UserId", credential.userId())
            .element("Account", credential.accountId())
            .close("GetCallerIdentityResult")
            .open("ResponseMetadata")
            .element("RequestId", request.id())
            .close("ResponseMetadata")
            .close("GetCallerIdentityResponse")
            .toString());
  }

  @Override
  public Response internalError(Request request) {
    return error(
        500, "Receiver", "InternalFailure", "An internal error occurred (injected).", request);
  }

  private static Map<String, String> parameters(Request request) {
    return QueryProtocol.parameters(request);
  }

  private static Response rejected(Rejection rejection, Request request) {
    return switch (rejection.problem()) {
      case MISSING_AUTHENTICATION ->
          error(403, "Sender", "MissingAuthenticationToken", rejection.getMessage(), request);
      case MALFORMED ->
          error(400, "Sender", "IncompleteSignature", rejection.getMessage(), request);
      case UNKNOWN_ACCESS_KEY, INVALID_SESSION_TOKEN ->
          error(
              403,
              "Sender",
              "InvalidClientTokenId",
              "The security token included in the request is invalid.",
              request);
      case EXPIRED_CREDENTIALS ->
          error(
              400,
              "Sender",
              "ExpiredToken",
              "The security token included in the request is expired",
              request);
      case REQUEST_TIME_SKEWED ->
          error(403, "Sender", "SignatureDoesNotMatch", rejection.getMessage(), request);
      case SIGNATURE_MISMATCH, CONTENT_SHA256_MISMATCH ->
          error(
              403,
              "Sender",
              "SignatureDoesNotMatch",
              "The request signature we calculated does not match the signature you provided."
                  + " Check your AWS Secret Access Key and signing method. Consult the service"
                  + " documentation for details. "
                  + rejection.getMessage(),
              request);
    };
  }

  private static HttpFailure failure(
      int status, String type, String code, String message, Request request) {
    return new HttpFailure(error(status, type, code, message, request));
  }

  static Response error(int status, String type, String code, String message, Request request) {
    return QueryProtocol.error(NAMESPACE, status, type, code, message, request.id());
  }
}
