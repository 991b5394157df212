package dev.ssosetup.testkit;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileLocation;

/** Reads a config file the way the AWS SDK for Java does: the reader of record for every write. */
public final class SdkProfiles {
  private final ProfileFile file;

  private SdkProfiles(ProfileFile file) {
    this.file = file;
  }

  public static SdkProfiles read(Path config) {
    return new SdkProfiles(
        ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build());
  }

  /** A profile's properties, or an empty map when the SDK does not see it. */
  public Map<String, String> profile(String name) {
    return file.profile(name).map(Profile::properties).orElse(Map.of());
  }

  /** An sso-session's properties, or an empty map when the SDK does not see it. */
  public Map<String, String> ssoSession(String name) {
    Optional<Profile> section = file.getSection("sso-session", name);
    return section.map(Profile::properties).orElse(Map.of());
  }

  public Map<String, Profile> profiles() {
    return file.profiles();
  }

  static {
    // Referenced so that a missing SDK module fails loudly here rather than in each test.
    ProfileFileLocation.class.getName();
  }
}
