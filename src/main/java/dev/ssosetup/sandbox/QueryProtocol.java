package dev.ssosetup.sandbox;

import java.util.Map;

/**
 * What the services of the AWS query protocol (IAM, STS) share: where a request's parameters are
 * and how an error is written.
 */
final class QueryProtocol {
  private QueryProtocol() {}

  /** The query-protocol parameters: the form body of a POST, else the query string. */
  static Map<String, String> parameters(Request request) {
    return request.method().equals("POST")
        ? request.form()
        : UrlCodec.parameters(request.rawQuery(), false);
  }

  /** The operation a request asks for, as the request log shows it: its {@code Action}. */
  static String action(Request request) {
    String action = parameters(request).get("Action");
    return action == null || action.isEmpty() ? "(no Action)" : action;
  }

  /**
   * An error: {@code <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/>}, in the
   * service's XML namespace; without the {@code RequestId} when {@code requestId} is null.
   */
  static Response error(
      String namespace, int status, String type, String code, String message, String requestId) {
    Xml xml =
        new Xml()
            .open("ErrorResponse", namespace)
            .open("Error")
            .element("Type", type)
            .element("Code", code)
            .element("Message", message)
            .close("Error");
    if (requestId != null) {
      xml.element("RequestId", requestId);
    }
    return Response.xml(status, xml.close("ErrorResponse").toString()).errorType(code);
  }
}
