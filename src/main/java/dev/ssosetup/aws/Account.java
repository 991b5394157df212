package dev.ssosetup.aws;

/** An AWS account the signed-in user is assigned to, as the SSO portal lists it. */
public record Account(String id, String name, String email) {
  /** How the picker shows it, like the AWS CLI: {@code Name, email (id)}. */
  public String label() {
    return name + ", " + email + " (" + id + ")";
  }
}
