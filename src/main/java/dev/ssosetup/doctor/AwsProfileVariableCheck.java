package dev.ssosetup.doctor;

import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import java.nio.file.Files;
import java.util.List;
import software.amazon.awssdk.profiles.ProfileFile;

/** {@code AWS_PROFILE} naming a profile that neither the config nor the credentials file has. */
final class AwsProfileVariableCheck implements Check {
  static final String NAME = "aws-profile-variable";

  @Override
  public List<Finding> run(Checkup checkup) {
    String name = checkup.awsProfile();
    if (name == null || !checkup.readable() || checkup.profiles().profile(name).isPresent()) {
      return List.of();
    }
    if (inCredentialsFile(checkup, name)) {
      return List.of();
    }
    String hint;
    try {
      checkup.profiles().requireProfile(name);
      hint = null;
    } catch (UserFacingException e) {
      hint = e.hint();
    }
    return List.of(
        Finding.error(
            NAME,
            Text.of("doctor.awsProfile.unknown", name, checkup.file()),
            hint == null
                ? Text.of("doctor.awsProfile.fix")
                : Text.of("doctor.awsProfile.fixAfter", hint, Text.of("doctor.awsProfile.fix"))));
  }

  /** The credentials file can hold the profile too (with keys); an unreadable one holds none. */
  private static boolean inCredentialsFile(Checkup checkup, String name) {
    if (checkup.credentialsFile() == null || !Files.isRegularFile(checkup.credentialsFile())) {
      return false;
    }
    try {
      return ProfileFile.builder()
          .content(checkup.credentialsFile())
          .type(ProfileFile.Type.CREDENTIALS)
          .build()
          .profile(name)
          .isPresent();
    } catch (RuntimeException e) {
      return false;
    }
  }
}
