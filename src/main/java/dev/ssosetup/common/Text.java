package dev.ssosetup.common;

import java.util.List;
import java.util.Objects;

/**
 * A sentence to show a person, named by its key in the message bundles, with its arguments. Flows
 * return and throw {@code Text}s; the layer that prints renders them in the reader's language with
 * {@link #in(Messages)}. An argument that is itself a {@code Text} is rendered in the same
 * language; anything else (a profile name, a path, a server's message) is shown as it is.
 */
public record Text(String key, List<Object> arguments) {

  public Text {
    Objects.requireNonNull(key, "key");
    arguments = List.copyOf(arguments);
  }

  public static Text of(String key, Object... arguments) {
    return new Text(key, List.of(arguments));
  }

  /** This sentence in the language of {@code messages}. */
  public String in(Messages messages) {
    Object[] rendered = new Object[arguments.size()];
    for (int i = 0; i < rendered.length; i++) {
      Object argument = arguments.get(i);
      rendered[i] = argument instanceof Text text ? text.in(messages) : argument;
    }
    return messages.get(key, rendered);
  }

  /** The English sentence (for logs, exception messages and tests). */
  @Override
  public String toString() {
    return in(Messages.english());
  }
}
