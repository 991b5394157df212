package dev.ssosetup.files;

import dev.ssosetup.common.Environment;
import java.nio.file.Path;

/**
 * Where sso-setup keeps its lock files: a folder of its own in the user's cache folder, never next
 * to the files it edits (so no empty {@code .lock} file appears in {@code ~/.aws}, in the token
 * cache, or in a dotfiles repository a config links into).
 *
 * <ul>
 *   <li>Linux and other Unix: {@code $XDG_CACHE_HOME/sso-setup/locks} when that variable holds an
 *       absolute path, else {@code ~/.cache/sso-setup/locks}.
 *   <li>macOS: {@code ~/Library/Caches/sso-setup/locks}.
 *   <li>Windows: {@code %LOCALAPPDATA%\sso-setup\locks}.
 * </ul>
 */
public final class LockFolder {
  private LockFolder() {}

  public static Path of(Environment environment) {
    Path base;
    if (environment.isWindows()) {
      String local = environment.variable("LOCALAPPDATA");
      base =
          local != null ? Path.of(local) : environment.home().resolve("AppData").resolve("Local");
    } else if (environment.isMac()) {
      base = environment.home().resolve("Library").resolve("Caches");
    } else {
      String xdg = environment.variable("XDG_CACHE_HOME");
      base =
          xdg != null && Path.of(xdg).isAbsolute()
              ? Path.of(xdg)
              : environment.home().resolve(".cache");
    }
    return base.resolve("sso-setup").resolve("locks");
  }
}
