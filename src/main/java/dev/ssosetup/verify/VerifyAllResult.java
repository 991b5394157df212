package dev.ssosetup.verify;

import java.util.List;

/**
 * Every SSO profile of a config file checked, in file order, and the names of the profiles left out
 * because they are not SSO profiles.
 */
public record VerifyAllResult(List<VerifyResult> results, List<String> skipped) {
  public VerifyAllResult {
    results = List.copyOf(results);
    skipped = List.copyOf(skipped);
  }

  public boolean ok() {
    return !results.isEmpty() && results.stream().allMatch(VerifyResult::ok);
  }

  public long failed() {
    return results.stream().filter(r -> !r.ok()).count();
  }
}
