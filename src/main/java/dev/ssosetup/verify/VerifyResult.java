package dev.ssosetup.verify;

import dev.ssosetup.profiles.ProfileInfo;

/** What verify found for one profile: both checks, and the first failure if any. */
public record VerifyResult(ProfileInfo profile, IdentityCheck identity, BucketCheck s3) {

  public boolean ok() {
    return identity.passed() && s3.passed();
  }

  /** The failure to report: the identity check's, else the S3 check's, else null. */
  public Failure failure() {
    return identity.failure() != null ? identity.failure() : s3.failure();
  }
}
