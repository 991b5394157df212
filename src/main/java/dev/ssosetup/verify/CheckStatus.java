package dev.ssosetup.verify;

/** How one check of a profile ended. */
public enum CheckStatus {
  PASSED,
  FAILED,
  /** Not attempted, because an earlier check failed. */
  NOT_RUN
}
