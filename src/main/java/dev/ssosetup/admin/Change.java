package dev.ssosetup.admin;

import java.util.List;

/**
 * One change {@code admin grant} made (or, in a plan, would make), as a message key of the {@code
 * admin.} bundle block and its arguments, for the command line to render.
 */
public record Change(String key, List<Object> arguments) {
  public Change {
    arguments = List.copyOf(arguments);
  }

  public static Change of(String key, Object... arguments) {
    return new Change(key, List.of(arguments));
  }
}
