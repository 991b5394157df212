package dev.ssosetup.doctor;

import dev.ssosetup.common.Text;
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
              stale.size() == 1
                  ? Text.of("doctor.cache.staleOne", folder)
                  : Text.of("doctor.cache.staleMany", folder, stale.size()),
              Finding.command("sso-setup doctor --fix")));
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
              Text.of("doctor.cache.symlink", entry, Files.readSymbolicLink(entry)),
              Finding.command("rm " + entry)));
      return;
    }
    if (!attributes.isRegularFile() && !attributes.isDirectory()) {
      findings.add(
          Finding.warning(
              NAME, Text.of("doctor.cache.notRegular", entry), Finding.command("rm " + entry)));
      return;
    }
    UserPrincipal owner = Files.getOwner(entry, LinkOption.NOFOLLOW_LINKS);
    if (!owner.equals(me)) {
      findings.add(
          Finding.warning(
              NAME,
              Text.of("doctor.cache.foreign", entry, owner.getName()),
              Text.of("doctor.cache.foreignFix", "rm " + entry)));
      return;
    }
    if (name.endsWith(".json.lock") && attributes.isRegularFile() && attributes.size() == 0) {
      findings.add(
          Finding.info(
              NAME,
              Text.of("doctor.cache.oldLock", entry),
              Finding.command("sso-setup doctor --fix")));
    }
  }
}
