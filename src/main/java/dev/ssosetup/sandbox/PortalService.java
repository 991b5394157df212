package dev.ssosetup.sandbox;

import dev.ssosetup.sandbox.CredentialStore.RoleCredential;
import dev.ssosetup.sandbox.Fixture.Account;
import dev.ssosetup.sandbox.Fixture.Role;
import dev.ssosetup.sandbox.Sessions.Session;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The SSO portal API (rest-json) that the SDK's {@code SsoClient} calls with the access token in
 * {@code x-amz-sso_bearer_token}: ListAccounts and ListAccountRoles (paged with {@code
 * max_result}/{@code next_token}), GetRoleCredentials and Logout.
 */
final class PortalService implements Service {
  static final int DEFAULT_PAGE_SIZE = 20;
  static final int MAX_PAGE_SIZE = 100;
  private static final String BEARER_HEADER = "x-amz-sso_bearer_token";

  private final Directory directory;
  private final Sessions sessions;
  private final CredentialStore credentials;

  PortalService(Directory directory, Sessions sessions, CredentialStore credentials) {
    this.directory = directory;
    this.sessions = sessions;
    this.credentials = credentials;
  }

  @Override
  public String name() {
    return "sso";
  }

  @Override
  public String operation(Request request) {
    String method = request.method();
    return switch (request.path()) {
      case "/assignment/accounts" -> method.equals("GET") ? "ListAccounts" : null;
      case "/assignment/roles" -> method.equals("GET") ? "ListAccountRoles" : null;
      case "/federation/credentials" -> method.equals("GET") ? "GetRoleCredentials" : null;
      case "/logout" -> method.equals("POST") ? "Logout" : null;
      default -> null;
    };
  }

  @Override
  public Response handle(String operation, Request request) {
    String accessToken = request.header(BEARER_HEADER);
    if (operation.equals("Logout")) {
      if (!sessions.logout(accessToken)) {
        throw unauthorized();
      }
      return Response.empty(200);
    }
    Session session = sessions.validate(accessToken);
    if (session == null) {
      throw unauthorized();
    }
    return switch (operation) {
      case "ListAccounts" -> listAccounts(session.user, request);
      case "ListAccountRoles" -> listAccountRoles(session.user, request);
      default -> getRoleCredentials(session.user, request);
    };
  }

  @Override
  public Response internalError(Request request) {
    return PortalError.INTERNAL_SERVER.response("An internal error occurred (injected failure).");
  }

  @Override
  public Response tooManyRequests() {
    return PortalError.TOO_MANY_REQUESTS.response("Too many requests, slow down.");
  }

  private Response listAccounts(String user, Request request) {
    List<Account> accounts = directory.accountsOf(user);
    return page(
        request,
        "accounts",
        "accountList",
        accounts,
        account -> {
          Map<String, Object> json = new LinkedHashMap<>();
          json.put("accountId", account.id());
          json.put("accountName", account.name());
          json.put("emailAddress", account.email());
          return json;
        });
  }

  private Response listAccountRoles(String user, Request request) {
    String accountId = required(request, "account_id");
    List<Role> roles = directory.rolesOf(user, accountId);
    if (roles.isEmpty()) {
      throw PortalError.FORBIDDEN.failure("No access");
    }
    return page(
        request,
        "roles:" + accountId,
        "roleList",
        roles,
        role -> {
          Map<String, Object> json = new LinkedHashMap<>();
          json.put("roleName", role.name());
          json.put("accountId", accountId);
          return json;
        });
  }

  private Response getRoleCredentials(String user, Request request) {
    String roleName = required(request, "role_name");
    String accountId = required(request, "account_id");
    if (!directory.isAssigned(user, accountId, roleName)) {
      throw PortalError.FORBIDDEN.failure("No access");
    }
    RoleCredential credential = credentials.issue(user, accountId, roleName);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("accessKeyId", credential.accessKeyId());
    json.put("secretAccessKey", credential.secretAccessKey());
    json.put("sessionToken", credential.sessionToken());
    json.put("expiration", credential.expiration().toEpochMilli());
    return Response.json(200, Map.of("roleCredentials", json));
  }

  /**
   * One page of a list: {@code max_result} items (1 to 100, default 20) from the position the
   * {@code next_token} holds, and a {@code nextToken} when more follow. A token is only valid for
   * the same list it came from.
   */
  private static <T> Response page(
      Request request,
      String listName,
      String field,
      List<T> items,
      Function<T, Map<String, Object>> toJson) {
    int size = pageSize(request.queryParameter("max_result"));
    int offset = offset(request.queryParameter("next_token"), listName);
    int end = Math.min(items.size(), offset + size);
    Map<String, Object> json = new LinkedHashMap<>();
    if (end < items.size()) {
      json.put("nextToken", Pages.token(listName, end));
    }
    json.put(field, items.subList(Math.min(offset, end), end).stream().map(toJson).toList());
    return Response.json(200, json);
  }

  private static int pageSize(String maxResult) {
    if (maxResult == null) {
      return DEFAULT_PAGE_SIZE;
    }
    try {
      int size = Integer.parseInt(maxResult);
      if (size >= 1 && size <= MAX_PAGE_SIZE) {
        return size;
      }
    } catch (NumberFormatException e) {
      // fall through to the error below
    }
    throw PortalError.INVALID_REQUEST.failure(
        "max_result must be a number from 1 to " + MAX_PAGE_SIZE + ".");
  }

  private static int offset(String token, String listName) {
    int offset = Pages.position(token, listName);
    if (offset < 0) {
      throw PortalError.INVALID_REQUEST.failure("Invalid next token.");
    }
    return offset;
  }

  private static String required(Request request, String name) {
    String value = request.queryParameter(name);
    if (value == null || value.isEmpty()) {
      throw PortalError.INVALID_REQUEST.failure(name + " is required.");
    }
    return value;
  }

  private static HttpFailure unauthorized() {
    return PortalError.UNAUTHORIZED.failure("Session token not found or invalid");
  }
}
