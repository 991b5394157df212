package dev.ssosetup.aws;

import dev.ssosetup.common.Text;

/** The AWS services sso-setup calls, as messages name them, with the variable that moves each. */
public enum AwsService {
  SSO_OIDC("ssoOidc", "AWS_ENDPOINT_URL_SSO_OIDC"),
  SSO("sso", "AWS_ENDPOINT_URL_SSO"),
  STS("sts", "AWS_ENDPOINT_URL_STS"),
  S3("s3", "AWS_ENDPOINT_URL_S3"),
  SSO_ADMIN("ssoAdmin", "AWS_ENDPOINT_URL_SSO_ADMIN"),
  IDENTITY_STORE("identityStore", "AWS_ENDPOINT_URL_IDENTITYSTORE"),
  ORGANIZATIONS("organizations", "AWS_ENDPOINT_URL_ORGANIZATIONS"),
  IAM("iam", "AWS_ENDPOINT_URL_IAM");

  private final String key;
  private final String variable;

  AwsService(String key, String variable) {
    this.key = "aws.service." + key;
    this.variable = variable;
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
}
