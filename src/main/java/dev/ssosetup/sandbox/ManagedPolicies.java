package dev.ssosetup.sandbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The AWS managed policies IAM's {@code GetPolicy} knows in the sandbox: the common ones a
 * permission set is made of, with their paths ({@code job-function/...} as AWS files them), and
 * whether they allow {@code s3:ListAllMyBuckets}, which decides what S3 shows a role made from
 * them.
 */
final class ManagedPolicies {
  static final String ARN_PREFIX = "arn:aws:iam::aws:policy/";
  static final String ADMINISTRATOR_ACCESS = ARN_PREFIX + "AdministratorAccess";

  /** One AWS managed policy; {@code path} is {@code /} or {@code /job-function/}. */
  record Policy(String name, String path, String description, boolean listsBuckets) {
    String arn() {
      return ARN_PREFIX + path.substring(1) + name;
    }

    /** A stable id in IAM's form: {@code ANPA} and 17 upper-case letters and digits. */
    String id() {
      String hex = Crypto.sha256Hex("policy/" + arn()).toUpperCase(Locale.ROOT);
      return "ANPA" + hex.substring(0, 17);
    }

    Instant created() {
      return Instant.parse("2015-02-06T18:40:00Z");
    }
  }

  private static final Map<String, Policy> BY_ARN = new LinkedHashMap<>();

  static {
    add("AdministratorAccess", "/", "Provides full access to AWS services and resources.", true);
    add("PowerUserAccess", "/", "Full access to services except IAM and Organizations.", true);
    add("ReadOnlyAccess", "/", "Read-only access to AWS services and resources.", true);
    add("SecurityAudit", "/", "Read access to security configuration metadata.", true);
    add("AmazonS3FullAccess", "/", "Provides full access to all buckets.", true);
    add("AmazonS3ReadOnlyAccess", "/", "Provides read only access to all buckets.", true);
    add("AmazonDynamoDBFullAccess", "/", "Provides full access to Amazon DynamoDB.", false);
    add("AmazonDynamoDBReadOnlyAccess", "/", "Read only access to Amazon DynamoDB.", false);
    add("AmazonEC2FullAccess", "/", "Provides full access to Amazon EC2.", false);
    add("AmazonEC2ReadOnlyAccess", "/", "Provides read only access to Amazon EC2.", false);
    add("AWSBillingReadOnlyAccess", "/", "Allows read only access to billing.", false);
    add("ViewOnlyAccess", "/job-function/", "View resources and basic metadata.", true);
    add("Billing", "/job-function/", "Grants permissions for billing and cost management.", false);
    add("DatabaseAdministrator", "/job-function/", "Full access to database services.", false);
    add("NetworkAdministrator", "/job-function/", "Full access to network services.", false);
  }

  private ManagedPolicies() {}

  private static void add(String name, String path, String description, boolean listsBuckets) {
    Policy policy = new Policy(name, path, description, listsBuckets);
    BY_ARN.put(policy.arn(), policy);
  }

  /** The policy with this ARN, if the sandbox's IAM knows it. */
  static Optional<Policy> byArn(String arn) {
    return Optional.ofNullable(BY_ARN.get(arn));
  }

  /** A fixture's policy: an ARN as it stands, a bare name or {@code path/name} under AWS's. */
  static String arnOf(String nameOrArn) {
    return nameOrArn.startsWith("arn:") ? nameOrArn : ARN_PREFIX + nameOrArn;
  }

  /** Whether any of these policies lets a role list S3 buckets. */
  static boolean listBuckets(List<String> arns) {
    return arns.stream().map(BY_ARN::get).anyMatch(p -> p != null && p.listsBuckets());
  }
}
