package dev.ssosetup.populate;

import java.time.Duration;

/**
 * How far the listing is: accounts found (and whether every page of them is in), the accounts whose
 * roles are to be listed (those the filters let through) and how many of them are done, the roles
 * found, and the portal calls made so far (retries included).
 */
public record Progress(
    int accountsFound,
    boolean allAccountsFound,
    int accountsToList,
    int accountsDone,
    int rolesFound,
    int requests,
    int retries,
    Duration elapsed) {

  /** Portal calls per second since the start, 0 before the first. */
  public double requestsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : requests / seconds;
  }
}
