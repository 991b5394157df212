package dev.ssosetup.sandbox;

import dev.ssosetup.common.Json;
import dev.ssosetup.common.Json.JsonException;
import dev.ssosetup.sandbox.CredentialStore.RoleCredential;
import dev.ssosetup.sandbox.SigV4Verifier.Rejection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON 1.1 service ({@code POST /}, the operation in {@code X-Amz-Target: <prefix>.<Operation>},
 * a JSON body, errors as {@code {"__type": ..., "Message": ...}} with status 400, or 500 for the
 * service's own faults), with SigV4 checked against the portal's credentials and the admin APIs
 * allowed only to an administrator of the management account.
 */
abstract class JsonService implements Service {
  private final String name;
  private final String targetPrefix;
  private final String signingName;
  private final String errorNamespace;
  private final String actionPrefix;
  private final SigV4Verifier verifier;
  final Directory directory;

  /**
   * @param errorNamespace what {@code __type} puts before {@code #}, or null for the bare name
   * @param actionPrefix the IAM action prefix an AccessDenied message names ({@code sso}, ...)
   */
  JsonService(
      String name,
      String targetPrefix,
      String signingName,
      String errorNamespace,
      String actionPrefix,
      SigV4Verifier verifier,
      Directory directory) {
    this.name = name;
    this.targetPrefix = targetPrefix;
    this.signingName = signingName;
    this.errorNamespace = errorNamespace;
    this.actionPrefix = actionPrefix;
    this.verifier = verifier;
    this.directory = directory;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String operation(Request request) {
    String target = request.header("x-amz-target");
    if (target == null || !target.startsWith(targetPrefix + ".") || !request.path().equals("/")) {
      return null;
    }
    return target.substring(targetPrefix.length() + 1);
  }

  @Override
  public Response handle(String operation, Request request) {
    if (!request.method().equals("POST")) {
      throw failure("UnknownOperationException", "Only POST is supported.");
    }
    RoleCredential credential =
        verifier.verifyOr(request, signingName, rejection -> rejected(rejection));
    Map<String, Object> body;
    try {
      body = request.body().length == 0 ? Map.of() : Json.parseObject(request.bodyText());
    } catch (JsonException e) {
      throw failure("SerializationException", "The request body is not valid JSON.");
    }
    if (!directory.mayAdminister(credential)) {
      throw failure(
          "AccessDeniedException",
          "User: "
              + credential.arn()
              + " is not authorized to perform: "
              + actionPrefix
              + ":"
              + operation);
    }
    return call(operation, new Input(body, this), SigV4Verifier.scopeRegion(request));
  }

  /** Answers an authenticated, authorised call signed for {@code region}. */
  abstract Response call(String operation, Input input, String region);

  @Override
  public Response internalError(Request request) {
    return error(500, "InternalServerException", "An internal error occurred (injected).");
  }

  @Override
  public Response tooManyRequests() {
    return error(429, "ThrottlingException", "Rate exceeded");
  }

  /** A 400 error of this service. */
  HttpFailure failure(String code, String message) {
    return new HttpFailure(error(400, code, message));
  }

  /** A 400 error with extra fields (ResourceType, Reason, ...). */
  HttpFailure failure(String code, String message, Map<String, Object> extra) {
    Map<String, Object> body = errorBody(code, message);
    body.putAll(extra);
    return new HttpFailure(Response.json11(400, body).errorType(code));
  }

  Response error(int status, String code, String message) {
    return Response.json11(status, errorBody(code, message)).errorType(code);
  }

  private Map<String, Object> errorBody(String code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("__type", errorNamespace == null ? code : errorNamespace + "#" + code);
    body.put("Message", message);
    return body;
  }

  private Response rejected(Rejection rejection) {
    return switch (rejection.problem()) {
      case MISSING_AUTHENTICATION ->
          error(403, "MissingAuthenticationTokenException", "Missing Authentication Token");
      case MALFORMED -> error(400, "IncompleteSignatureException", rejection.getMessage());
      case UNKNOWN_ACCESS_KEY, INVALID_SESSION_TOKEN ->
          error(
              400,
              "UnrecognizedClientException",
              "The security token included in the request is invalid.");
      case EXPIRED_CREDENTIALS ->
          error(
              400,
              "ExpiredTokenException",
              "The security token included in the request is expired");
      case REQUEST_TIME_SKEWED -> error(400, "InvalidSignatureException", rejection.getMessage());
      case SIGNATURE_MISMATCH, CONTENT_SHA256_MISMATCH ->
          error(
              400,
              "InvalidSignatureException",
              "The request signature we calculated does not match the signature you provided. "
                  + rejection.getMessage());
    };
  }

  /** A JSON 1.1 timestamp: seconds since the epoch, with milliseconds. */
  static BigDecimal epochSeconds(Instant instant) {
    return BigDecimal.valueOf(instant.toEpochMilli(), 3);
  }

  /** The request's members, read with the service's validation errors. */
  static final class Input {
    private final Map<String, Object> body;
    private final JsonService service;

    Input(Map<String, Object> body, JsonService service) {
      this.body = body;
      this.service = service;
    }

    /** A required string member; ValidationException when it is missing or not a string. */
    String required(String member) {
      String value = optional(member);
      if (value == null) {
        throw service.failure(
            "ValidationException",
            "1 validation error detected: Value null at '"
                + lowerFirst(member)
                + "' failed to satisfy constraint: Member must not be null");
      }
      return value;
    }

    String optional(String member) {
      Object value = body.get(member);
      if (value != null && !(value instanceof String)) {
        throw service.failure("SerializationException", member + " must be a string.");
      }
      return (String) value;
    }

    /** A string member that must match the model's pattern and lengths. */
    String required(String member, String pattern, int min, int max) {
      String value = required(member);
      check(member, value, pattern, min, max);
      return value;
    }

    String optional(String member, String pattern, int min, int max) {
      String value = optional(member);
      if (value != null) {
        check(member, value, pattern, min, max);
      }
      return value;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(String member) {
      Object value = body.get(member);
      if (value != null && !(value instanceof Map)) {
        throw service.failure("SerializationException", member + " must be an object.");
      }
      return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    List<Object> list(String member) {
      Object value = body.get(member);
      if (value != null && !(value instanceof List)) {
        throw service.failure("SerializationException", member + " must be a list.");
      }
      return (List<Object>) value;
    }

    Integer integer(String member) {
      Object value = body.get(member);
      if (value == null) {
        return null;
      }
      if (!(value instanceof Long number) || number > Integer.MAX_VALUE || number < 0) {
        throw service.failure("SerializationException", member + " must be an integer.");
      }
      return number.intValue();
    }

    private void check(String member, String value, String pattern, int min, int max) {
      int length = value.codePointCount(0, value.length());
      String constraint = null;
      if (length < min) {
        constraint = "Member must have length greater than or equal to " + min;
      } else if (length > max) {
        constraint = "Member must have length less than or equal to " + max;
      } else if (pattern != null && !value.matches(pattern)) {
        constraint = "Member must satisfy regular expression pattern: " + pattern;
      }
      if (constraint != null) {
        throw service.failure(
            "ValidationException",
            "1 validation error detected: Value at '"
                + lowerFirst(member)
                + "' failed to satisfy constraint: "
                + constraint);
      }
    }

    private static String lowerFirst(String member) {
      return Character.toLowerCase(member.charAt(0)) + member.substring(1);
    }
  }
}
