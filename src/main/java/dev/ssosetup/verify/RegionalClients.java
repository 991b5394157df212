package dev.ssosetup.verify;

import dev.ssosetup.aws.AwsClients;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * One STS and one S3 client per region, shared by every profile checked in a run: each request
 * carries its profile's credentials, so a hundred profiles do not build two hundred clients.
 */
final class RegionalClients {
  /** The clients' own credentials: never used, since every request names its own. */
  private static final AwsCredentialsProvider PER_REQUEST =
      () -> {
        throw new IllegalStateException("verify passes credentials with each request");
      };

  private final AwsClients clients;
  private final Map<String, StsClient> sts = new ConcurrentHashMap<>();
  private final Map<String, S3Client> s3 = new ConcurrentHashMap<>();

  RegionalClients(AwsClients clients) {
    this.clients = clients;
  }

  AwsClients clients() {
    return clients;
  }

  StsClient sts(String region) {
    return sts.computeIfAbsent(region, r -> clients.sts(r, PER_REQUEST));
  }

  S3Client s3(String region) {
    return s3.computeIfAbsent(region, r -> clients.s3(r, PER_REQUEST));
  }
}
