package dev.ssosetup.admin;

/**
 * An IAM Identity Center instance as discovery finds it: its home region, ARN and identity store.
 *
 * @param region the region it lives in (its home region)
 * @param ownerAccountId the account that owns it: the management account for an organisation
 *     instance, another for an account instance
 */
public record Instance(
    String region, String instanceArn, String identityStoreId, String ownerAccountId) {

  /** The AWS access portal URL: {@code https://<identity store id>.awsapps.com/start}. */
  public String startUrl() {
    return "https://" + identityStoreId + ".awsapps.com/start";
  }
}
