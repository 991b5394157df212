package dev.ssosetup.doctor;

import dev.ssosetup.files.SafeFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;

/**
 * What is in the token cache folder besides the user's own regular files: symbolic links (sso-setup
 * never reads or writes a token through one; the AWS CLI follows them), files of another user,
 * FIFOs and devices, temp files of sso-setup's holding a token copy that a killed run left, and the
 * empty lock files older versions of sso-setup left there.
 */
final class CacheEntriesCheck implements Check {
  static final String NAME = "cache-entries";

  @Override
  public List<Finding> run(Checkup checkup) {
    Path folder = checkup.tokenCache().directory();
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
        || !CachePermissionsCheck.isPosix(folder)) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    try {
      UserPrincipal me = SafeFiles.currentUser();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
        for (Path entry : entries) {
          entry(entry, me, findings);
        }
      }
    } catch (IOException e) {
      return List.of(); // cache-permissions reports a folder it cannot read
    }
    List<Path> stale = checkup.tokenCache().staleTempFiles();
    if (!stale.isEmpty()) {
      findings.add(
          Finding.warning(
              NAME,
              stale.size()
                  + (stale.size() == 1 ? " temp file" : " temp files")
                  + " in "
                  + folder
                  + " left by an interrupted sso-setup run "
                  + (stale.size() == 1 ? "holds" : "hold")
                  + " a copy of a token.",
              "sso-setup doctor --fix"));
    }
    return findings;
  }

  private static void entry(Path entry, UserPrincipal me, List<Finding> findings)
      throws IOException {
    BasicFileAttributes attributes =
        Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    String name = entry.getFileName().toString();
    if (attributes.isSymbolicLink()) {
      findings.add(
          Finding.warning(
              NAME,
              entry
                  + " is a symbolic link (to "
                  + Files.readSymbolicLink(entry)
                  + "): sso-setup never reads or writes a token through one, but the AWS CLI"
                  + " follows it, and another program may have planted it to catch your tokens.",
              "rm " + entry));
      return;
    }
    if (!attributes.isRegularFile() && !attributes.isDirectory()) {
      findings.add(
          Finding.warning(
              NAME,
              entry
                  + " is not a regular file (a FIFO, socket or device); no token is read from it.",
              "rm " + entry));
      return;
    }
    UserPrincipal owner = Files.getOwner(entry, LinkOption.NOFOLLOW_LINKS);
    if (!owner.equals(me)) {
      findings.add(
          Finding.warning(
              NAME,
              entry
                  + " belongs to "
                  + owner.getName()
                  + ", not to you (a login run with sudo?): the AWS tools may fail to read or"
                  + " replace it.",
              "Delete it and log in again: rm " + entry));
      return;
    }
    if (name.endsWith(".json.lock") && attributes.isRegularFile() && attributes.size() == 0) {
      findings.add(
          Finding.info(
              NAME,
              entry
                  + " is an empty lock file an older sso-setup left; it keeps its locks elsewhere"
                  + " now.",
              "sso-setup doctor --fix"));
    }
  }
}
