package dev.ssosetup.config;

import dev.ssosetup.common.Text;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ConfigStore#update} did: the file's text before and after the edit, whether the edit
 * changed it, whether it was written (not when nothing changed or on a dry run), and warnings to
 * show: lines of the file some AWS tool rejects, which the edit left as they were.
 */
public record EditResult(
    Path file, String before, String after, boolean changed, boolean written, List<Text> warnings) {

  public EditResult {
    warnings = List.copyOf(warnings);
  }

  public EditResult(Path file, String before, String after, boolean changed, boolean written) {
    this(file, before, after, changed, written, List.of());
  }

  /** The change as a unified diff, "" when unchanged. */
  public String unifiedDiff() {
    return changed ? UnifiedDiff.of(file.toString(), file.toString(), before, after) : "";
  }
}
