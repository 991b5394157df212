package dev.ssosetup.doctor;

import dev.ssosetup.common.Text;
import java.util.Objects;

/**
 * One problem doctor found: how bad it is, which check found it (a stable code for JSON), what is
 * wrong, and how to fix it, as sentences the caller renders in the reader's language.
 */
public record Finding(Severity severity, String check, Text message, Text fix) {
  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(message, "message");
  }

  static Finding error(String check, Text message, Text fix) {
    return new Finding(Severity.ERROR, check, message, fix);
  }

  static Finding warning(String check, Text message, Text fix) {
    return new Finding(Severity.WARNING, check, message, fix);
  }

  static Finding info(String check, Text message, Text fix) {
    return new Finding(Severity.INFO, check, message, fix);
  }

  /** A fix that is a command to run, shown as it is in every language. */
  static Text command(String command) {
    return Text.of("doctor.command", command);
  }

  /** The profile (its name) lacks a key, or keys. */
  static Text profileLacks(String profile, Object keys) {
    return Text.of("doctor.profileLacks", profile, keys);
  }
}
