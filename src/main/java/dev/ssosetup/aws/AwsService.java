package dev.ssosetup.aws;

/** The AWS services sso-setup calls, as messages name them, with the variable that moves each. */
public enum AwsService {
  SSO_OIDC("IAM Identity Center (SSO-OIDC)", "AWS_ENDPOINT_URL_SSO_OIDC"),
  SSO("the AWS access portal (SSO)", "AWS_ENDPOINT_URL_SSO"),
  STS("STS", "AWS_ENDPOINT_URL_STS"),
  S3("S3", "AWS_ENDPOINT_URL_S3"),
  SSO_ADMIN("IAM Identity Center (sso-admin)", "AWS_ENDPOINT_URL_SSO_ADMIN"),
  IDENTITY_STORE("the IAM Identity Center identity store", "AWS_ENDPOINT_URL_IDENTITYSTORE"),
  ORGANIZATIONS("AWS Organizations", "AWS_ENDPOINT_URL_ORGANIZATIONS"),
  IAM("IAM", "AWS_ENDPOINT_URL_IAM");

  private final String title;
  private final String variable;

  AwsService(String title, String variable) {
    this.title = title;
    this.variable = variable;
  }

  /** How a message names it, e.g. {@code the AWS access portal (SSO)}. */
  public String title() {
    return title;
  }

  /** The {@code AWS_ENDPOINT_URL_*} variable that points it elsewhere. */
  public String variable() {
    return variable;
  }
}
