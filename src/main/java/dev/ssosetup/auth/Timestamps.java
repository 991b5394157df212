package dev.ssosetup.auth;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The cache files' timestamps: written as the AWS CLI does, read as leniently as the SDKs. */
final class Timestamps {
  private static final DateTimeFormatter WRITTEN =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Timestamps() {}

  /** {@code YYYY-MM-DDTHH:MM:SSZ} in UTC, whole seconds (truncated). */
  static String format(Instant instant) {
    return WRITTEN.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * Parses what the AWS CLI and the SDKs write: {@code 2024-01-01T00:00:00Z}, with fractional
   * seconds, with an offset such as {@code +00:00}, with a {@code UTC} suffix (older CLI versions),
   * or without any zone (taken as UTC). Null when it is none of these.
   */
  static Instant parse(String text) {
    if (text == null) {
      return null;
    }
    String value = text.strip();
    if (value.endsWith("UTC")) {
      value = value.substring(0, value.length() - 3).strip() + "Z";
    }
    value = value.replace(' ', 'T');
    try {
      return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException notWithOffset) {
      try {
        return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notLocal) {
        return null;
      }
    }
  }
}
