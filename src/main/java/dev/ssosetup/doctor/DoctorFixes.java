package dev.ssosetup.doctor;

import dev.ssosetup.config.EditResult;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code doctor --fix} repaired: each action on a file or folder, and the repair of the config
 * file (its diff; null when the file does not exist).
 */
public record DoctorFixes(List<Action> actions, EditResult config) {
  public DoctorFixes {
    actions = List.copyOf(actions);
  }

  /** One kind of repair. */
  public enum Kind {
    /** The token cache folder made rwx------. */
    CACHE_FOLDER_MADE_PRIVATE,
    /** A token cache file made rw-------. */
    CACHE_FILE_MADE_PRIVATE,
    /** A temp file of sso-setup's holding a token copy, left by a killed run, deleted. */
    TEMP_COPY_DELETED,
    /** An empty lock file an older sso-setup left beside the config or in the cache, deleted. */
    OLD_LOCK_DELETED
  }

  /** One repair of one path. */
  public record Action(Kind kind, Path path) {}
}
