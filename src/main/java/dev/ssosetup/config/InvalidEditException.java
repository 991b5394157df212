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

  private final transient Object section;
  private final String key;
  private final transient Text reason;

  /**
   * @param section the section's header, or a {@link Text} naming a section that has no header yet
   * @param key the key, or null when the section's name is what is wrong
   */
  InvalidEditException(Object section, String key, Text reason) {
    super(text(section, key, reason).toString());
    this.section = section;
    this.key = key;
    this.reason = reason;
  }

  private static Text text(Object section, String key, Text reason) {
    return key == null
        ? Text.of("config.cannotWriteSection", section, reason)
        : Text.of("config.cannotWriteKey", key, section, reason);
  }

  /** The whole sentence, with its full stop, in the reader's language. */
  public Text text() {
    return text(section, key, reason);
  }

  /** The key, or null when the section's name is what is wrong. */
  public String key() {
    return key;
  }

  /** Why, in a few words ("the value contains a line break (U+000A)"). */
  public Text reason() {
    return reason;
  }
}
