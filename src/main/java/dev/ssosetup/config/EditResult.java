package dev.ssosetup.config;

import java.nio.file.Path;

/**
 * What {@link ConfigStore#update} did: the file's text before and after the edit, whether the edit
 * changed it, and whether it was written (not when nothing changed or on a dry run).
 */
public record EditResult(Path file, String before, String after, boolean changed, boolean written) {

  /** The change as a unified diff, "" when unchanged. */
  public String unifiedDiff() {
    return changed ? UnifiedDiff.of(file.toString(), file.toString(), before, after) : "";
  }
}
