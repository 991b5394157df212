package dev.ssosetup.verify;

import java.util.List;

/** The second check: S3 ListBuckets with the same credentials. */
public record BucketCheck(CheckStatus status, List<Bucket> buckets, Failure failure) {
  public BucketCheck {
    buckets = buckets == null ? List.of() : List.copyOf(buckets);
  }

  static BucketCheck passed(List<Bucket> buckets) {
    return new BucketCheck(CheckStatus.PASSED, buckets, null);
  }

  static BucketCheck failed(Failure failure) {
    return new BucketCheck(CheckStatus.FAILED, List.of(), failure);
  }

  static BucketCheck notRun() {
    return new BucketCheck(CheckStatus.NOT_RUN, List.of(), null);
  }

  public boolean passed() {
    return status == CheckStatus.PASSED;
  }
}
