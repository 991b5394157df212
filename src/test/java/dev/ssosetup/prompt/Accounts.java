package dev.ssosetup.prompt;

import java.util.ArrayList;
import java.util.List;

/** Accounts and roles as the AWS CLI's reference screens show them, and pickers over them. */
final class Accounts {
  record Account(String id, String name, String email) {
    String label() {
      return name + ", " + email + " (" + id + ")";
    }
  }

  static final Account PROD =
      new Account("111122223333", "workday-prod", "aws-workday-prod@example.com");
  static final Account STAGING =
      new Account("444455556666", "workday-staging", "aws-workday-staging@example.com");
  static final Account SHARED =
      new Account("777788889999", "shared-services", "aws-shared@example.com");

  static final String HEADING = "There are 3 AWS accounts available to you.";
  static final String COUNT_HINT = " (type to filter, Enter to choose, Esc to cancel)";

  private Accounts() {}

  static Choice<Account> threeAccounts() {
    return accounts(List.of(PROD, STAGING, SHARED));
  }

  static Choice<Account> accounts(List<Account> accounts) {
    return new Choice<>(
        "account",
        "--account-id",
        accounts,
        Account::label,
        a -> a.name() + " " + a.email() + " " + a.id(),
        Account::id,
        a -> " (" + a.id() + ")");
  }

  /** {@code count} accounts named account-01, account-02, ... with ids 100000000001, ... */
  static Choice<Account> numberedAccounts(int count) {
    List<Account> accounts = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String n = String.format("%02d", i);
      accounts.add(
          new Account(String.valueOf(100000000000L + i), "account-" + n, n + "@example.com"));
    }
    return accounts(accounts);
  }

  static Choice<String> roles(String... roles) {
    return new Choice<>("role", "--role-name", List.of(roles), r -> r, null, null);
  }
}
