package dev.ssosetup.config;

import dev.ssosetup.common.Text;

/**
 * An edit that cannot be written so that every reader of the file reads it back as asked: a section
 * name, key or value the config file cannot hold (a line break, a control character, whitespace at
 * either end, a comment mark). {@link ConfigStore#update} turns it into bad input (exit 2), with
 * nothing written.
 */
public final class InvalidEditException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String section;
  private final String key;
  private final String reason;

  InvalidEditException(String section, String key, String reason) {
    super(text(section, key, reason).toString());
    this.section = section;
    this.key = key;
    this.reason = reason;
  }

  private static Text text(String section, String key, String reason) {
    return key == null
        ? Text.of("config.cannotWriteSection", section, reason)
        : Text.of("config.cannotWriteKey", key, section, reason);
  }

  /** The whole sentence, with its full stop, in the reader's language. */
  public Text text() {
    return text(section, key, reason);
  }

  /** The section's header, e.g. {@code [profile dev]}. */
  public String section() {
    return section;
  }

  /** The key, or null when the section's name is what is wrong. */
  public String key() {
    return key;
  }

  /** Why, in a few words ("it contains a line break (U+000A)"). */
  public String reason() {
    return reason;
  }
}
