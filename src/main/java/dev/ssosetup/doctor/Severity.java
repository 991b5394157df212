package dev.ssosetup.doctor;

/** How bad a finding is: errors make doctor exit 1, warnings and notes do not. */
public enum Severity {
  /** Something fails, or a secret is exposed. */
  ERROR("error"),
  /** Something will fail soon or surprises users, such as a login that has expired. */
  WARNING("warning"),
  /** Worth knowing; nothing to do. */
  INFO("info");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
