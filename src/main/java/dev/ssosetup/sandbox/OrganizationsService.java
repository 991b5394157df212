package dev.ssosetup.sandbox;

import dev.ssosetup.sandbox.Fixture.Account;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AWS Organizations ({@code organizations}, JSON 1.1, target {@code AWSOrganizationsV20161128}),
 * with what an administrator needs to name accounts: ListAccounts (20 a page at most, as the
 * service allows) and DescribeAccount. The fixture's accounts are the organisation's. It is a
 * global service: any signing region is served.
 */
final class OrganizationsService extends JsonService {
  private static final Instant JOINED = Instant.parse("2023-04-01T00:00:00Z");

  OrganizationsService(SigV4Verifier verifier, Directory directory) {
    super(
        "organizations",
        "AWSOrganizationsV20161128",
        "organizations",
        null,
        "organizations",
        verifier,
        directory);
  }

  @Override
  Response call(String operation, Input input, String region) {
    return switch (operation) {
      case "ListAccounts" -> listAccounts(input);
      case "DescribeAccount" -> describeAccount(input);
      default ->
          throw failure(
              "UnknownOperationException", "The sandbox does not serve " + operation + ".");
    };
  }

  @Override
  public Response tooManyRequests() {
    return error(
        400,
        "TooManyRequestsException",
        "AWS Organizations can't complete your request because another request is already in"
            + " progress. Try again later.");
  }

  @Override
  public Response internalError(Request request) {
    return error(500, "ServiceException", "AWS Organizations can't complete your request.");
  }

  private Response listAccounts(Input input) {
    List<Map<String, Object>> accounts = new ArrayList<>();
    directory.accounts().forEach(account -> accounts.add(json(account)));
    return Pages.response(
        "Accounts",
        Pages.of(
            accounts,
            input.integer("MaxResults"),
            input.optional("NextToken"),
            "accounts",
            20,
            20,
            this));
  }

  private Response describeAccount(Input input) {
    String accountId = input.required("AccountId", "\\d{12}", 12, 12);
    Account account =
        directory
            .account(accountId)
            .orElseThrow(
                () ->
                    failure(
                        "AccountNotFoundException",
                        "You specified an account that doesn't exist."));
    return Response.json11(200, Map.of("Account", json(account)));
  }

  private Map<String, Object> json(Account account) {
    String management = directory.fixture().managementAccount();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("Id", account.id());
    json.put(
        "Arn",
        "arn:aws:organizations::"
            + management
            + ":account/"
            + organizationId()
            + "/"
            + account.id());
    json.put("Email", account.email());
    json.put("Name", account.name());
    json.put("Status", "ACTIVE");
    json.put("State", "ACTIVE");
    json.put("JoinedMethod", account.id().equals(management) ? "CREATED" : "INVITED");
    json.put("JoinedTimestamp", epochSeconds(JOINED));
    return json;
  }

  private String organizationId() {
    return "o-" + Crypto.sha256Hex("org/" + directory.instance().arn()).substring(0, 10);
  }
}
