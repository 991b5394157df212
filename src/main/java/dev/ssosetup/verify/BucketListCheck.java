package dev.ssosetup.verify;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.s3.model.ListBucketsRequest;

/** Lists the profile's S3 buckets, every page, as {@code aws s3 ls} does. */
final class BucketListCheck {
  private final RegionalClients clients;
  private final SdkFailures failures;
  private final Clock clock;

  BucketListCheck(RegionalClients clients, SdkFailures failures, Clock clock) {
    this.clients = clients;
    this.failures = failures;
    this.clock = clock;
  }

  BucketCheck check(AwsCredentialsProvider credentials, SdkFailures.Subject subject) {
    try {
      ListBucketsRequest request =
          ListBucketsRequest.builder()
              .overrideConfiguration(o -> o.credentialsProvider(credentials))
              .build();
      List<Bucket> buckets = new ArrayList<>();
      clients
          .s3(subject.region())
          .listBucketsPaginator(request)
          .buckets()
          .forEach(bucket -> buckets.add(new Bucket(bucket.name(), bucket.creationDate())));
      return BucketCheck.passed(buckets);
    } catch (RuntimeException e) {
      return BucketCheck.failed(
          failures.classify(SdkFailures.Stage.BUCKETS, e, subject, clock.instant()));
    }
  }
}
