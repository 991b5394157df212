package dev.ssosetup.aws;

import dev.ssosetup.common.Text;

/** The AWS services sso-setup calls, as messages name them, with the variable that moves each. */
public enum AwsService {
  SSO_OIDC("ssoOidc", "AWS_ENDPOINT_URL_SSO_OIDC", "aws.endpointUrlSsoOidc"),
  SSO("sso", "AWS_ENDPOINT_URL_SSO", "aws.endpointUrlSso"),
  STS("sts", "AWS_ENDPOINT_URL_STS", "aws.endpointUrlSts"),
  S3("s3", "AWS_ENDPOINT_URL_S3", "aws.endpointUrlS3"),
  SSO_ADMIN("ssoAdmin", "AWS_ENDPOINT_URL_SSO_ADMIN", "aws.endpointUrlSsoAdmin"),
  IDENTITY_STORE("identityStore", "AWS_ENDPOINT_URL_IDENTITYSTORE", "aws.endpointUrlIdentitystore"),
  ORGANIZATIONS("organizations", "AWS_ENDPOINT_URL_ORGANIZATIONS", "aws.endpointUrlOrganizations"),
  IAM("iam", "AWS_ENDPOINT_URL_IAM", "aws.endpointUrlIam");

  private final String key;
  private final String variable;
  private final String property;

  AwsService(String key, String variable, String property) {
    this.key = "aws.service." + key;
    this.variable = variable;
    this.property = property;
  }

  /**
   * How a message names it, e.g. {@code the AWS access portal (SSO)} (its {@code toString} is the
   * English).
   */
  public Text title() {
    return Text.of(key);
  }

  /** The {@code AWS_ENDPOINT_URL_*} variable that points it elsewhere. */
  public String variable() {
    return variable;
  }

  /**
   * The system property the AWS SDK for Java reads in place of {@link #variable()} (it wins over
   * the variable), as the 2.x client builders name it.
   */
  public String property() {
    return property;
  }
}
