package dev.ssosetup.verify;

/**
 * The first check: the profile's credentials, resolved as an application resolves them, and who
 * they are according to STS GetCallerIdentity. Account and ARN are set only when it passed.
 */
public record IdentityCheck(CheckStatus status, String account, String arn, Failure failure) {

  static IdentityCheck passed(String account, String arn) {
    return new IdentityCheck(CheckStatus.PASSED, account, arn, null);
  }

  static IdentityCheck failed(Failure failure) {
    return new IdentityCheck(CheckStatus.FAILED, null, null, failure);
  }

  public boolean passed() {
    return status == CheckStatus.PASSED;
  }
}
