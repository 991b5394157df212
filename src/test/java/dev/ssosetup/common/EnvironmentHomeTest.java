package dev.ssosetup.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The home folder is found the way the AWS SDK for Java (UserHomeDirectoryUtils) and the AWS CLI
 * find it, so that sso-setup reads and writes the same ~/.aws as they do on every platform.
 */
class EnvironmentHomeTest {
  private static final String PROPERTY = "/from/user.home";

  private static Environment environment(String os, Map<String, String> variables) {
    return new Environment(
            variables,
            PROPERTY,
            new ByteArrayInputStream(new byte[0]),
            false,
            Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
        .withOsName(os);
  }

  @Test
  void home_isHomeWhenSet_onEveryPlatform() {
    Map<String, String> all =
        Map.of("HOME", "/h", "USERPROFILE", "/profile", "HOMEDRIVE", "D:", "HOMEPATH", "/p");

    assertThat(environment("Linux", all).home()).isEqualTo(Path.of("/h"));
    assertThat(environment("Windows 11", all).home()).isEqualTo(Path.of("/h"));
  }

  @Test
  void home_onWindows_isUserProfile_thenHomeDriveAndHomePath_thenTheProperty() {
    Map<String, String> drive = Map.of("HOMEDRIVE", "/d", "HOMEPATH", "/users/ren");

    assertThat(
            environment("Windows 11", Map.of("USERPROFILE", "/profile", "HOMEDRIVE", "/d")).home())
        .isEqualTo(Path.of("/profile"));
    assertThat(environment("Windows 11", drive).home()).isEqualTo(Path.of("/d/users/ren"));
    assertThat(environment("Windows 11", Map.of("HOMEDRIVE", "/d")).home())
        .as("a drive without a path is no home")
        .isEqualTo(Path.of(PROPERTY));
  }

  @Test
  void home_elsewhere_ignoresTheWindowsVariables_andTheFilesFollowTheHome() {
    Map<String, String> windowsOnly =
        Map.of("USERPROFILE", "/profile", "HOMEDRIVE", "/d", "HOMEPATH", "/users/ren");

    assertThat(environment("Linux", windowsOnly).home()).isEqualTo(Path.of(PROPERTY));
    assertThat(environment("Mac OS X", windowsOnly).home()).isEqualTo(Path.of(PROPERTY));
    assertThat(
            environment("Windows 10", Map.of("HOMEDRIVE", "/d", "HOMEPATH", "/u")).configFile(null))
        .as("the config and the token cache follow the home folder")
        .isEqualTo(Path.of("/d/u/.aws/config"));
    assertThat(environment("Windows 10", Map.of("USERPROFILE", "/profile")).ssoCacheDirectory())
        .isEqualTo(Path.of("/profile/.aws/sso/cache"));
  }
}
