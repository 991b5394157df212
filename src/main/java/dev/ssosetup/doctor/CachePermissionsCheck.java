package dev.ssosetup.doctor;

import dev.ssosetup.common.Text;
import dev.ssosetup.files.SafeFiles;
import dev.ssosetup.files.UnsafeFileException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The token cache holds access tokens, refresh tokens and client secrets: its files must be
 * readable by their owner only (0600), its folder 0700. POSIX file systems only; elsewhere (Windows
 * ACLs) it says nothing. A folder other users can write to, or that is another user's, is an error:
 * sso-setup refuses to use it.
 */
final class CachePermissionsCheck implements Check {
  static final String NAME = "cache-permissions";

  static final Set<PosixFilePermission> GROUP_OR_OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);

  /** File names listed in a finding at most. */
  private static final int NAMES_SHOWN = 5;

  @Override
  public List<Finding> run(Checkup checkup) {
    Path folder = checkup.tokenCache().directory();
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !isPosix(folder)) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    try {
      Set<PosixFilePermission> folderMode = mode(folder);
      Text unsafe = unsafeFolder(folder);
      if (unsafe != null) {
        findings.add(
            Finding.error(
                NAME,
                Text.of("doctor.perm.unsafeFolder", unsafe),
                Finding.command("chmod 700 " + folder)));
      } else if (!disjoint(folderMode)) {
        findings.add(
            Finding.warning(
                NAME,
                Text.of(
                    "doctor.perm.openFolder", folder, PosixFilePermissions.toString(folderMode)),
                Finding.command("chmod 700 " + folder)));
      }
      List<String> exposed = new ArrayList<>();
      try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
        for (Path file : files) {
          if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !disjoint(mode(file))) {
            exposed.add(
                file.getFileName() + " (" + PosixFilePermissions.toString(mode(file)) + ")");
          }
        }
      }
      if (!exposed.isEmpty()) {
        exposed.sort(null);
        findings.add(
            Finding.error(
                NAME,
                exposed.size() == 1
                    ? Text.of("doctor.perm.exposedOne", folder, shown(exposed))
                    : Text.of("doctor.perm.exposedMany", folder, shown(exposed), exposed.size()),
                Finding.command("chmod 600 " + folder.resolve("*.json"))));
      }
    } catch (IOException e) {
      findings.add(
          Finding.warning(
              NAME,
              Text.of("doctor.perm.unreadable", folder, e.getMessage()),
              Text.of("doctor.perm.unreadableFix", "ls -la " + folder)));
    }
    return findings;
  }

  /** Why sso-setup refuses the folder (another user's, or others may write to it), or null. */
  private static Text unsafeFolder(Path folder) throws IOException {
    try {
      SafeFiles.requirePrivateFolder(folder);
      return null;
    } catch (UnsafeFileException e) {
      return e.describe();
    }
  }

  static boolean isPosix(Path folder) {
    try {
      return Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class);
    } catch (IOException e) {
      return false;
    }
  }

  private static Set<PosixFilePermission> mode(Path path) throws IOException {
    return Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
  }

  private static boolean disjoint(Set<PosixFilePermission> mode) {
    return mode.stream().noneMatch(GROUP_OR_OTHERS::contains);
  }

  private static Object shown(List<String> names) {
    if (names.size() <= NAMES_SHOWN) {
      return String.join(", ", names);
    }
    return Text.of(
        "doctor.perm.andMore",
        String.join(", ", names.subList(0, NAMES_SHOWN)),
        names.size() - NAMES_SHOWN);
  }
}
