package dev.ssosetup.doctor;

import java.util.Objects;

/**
 * One problem doctor found: how bad it is, which check found it (a stable code for JSON), what is
 * wrong, and how to fix it.
 */
public record Finding(Severity severity, String check, String message, String fix) {
  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(message, "message");
  }

  static Finding error(String check, String message, String fix) {
    return new Finding(Severity.ERROR, check, message, fix);
  }

  static Finding warning(String check, String message, String fix) {
    return new Finding(Severity.WARNING, check, message, fix);
  }

  static Finding info(String check, String message, String fix) {
    return new Finding(Severity.INFO, check, message, fix);
  }
}
