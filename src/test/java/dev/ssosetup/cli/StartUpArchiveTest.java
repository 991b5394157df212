package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code --debug} says of the launcher's choice of class-data-sharing archive. */
class StartUpArchiveTest {
  private static String describe(String choice, String vmInfo) {
    Map<String, String> properties =
        choice == null
            ? Map.of("java.vm.info", vmInfo)
            : Map.of(
                "sso-setup.cds", choice,
                "sso-setup.cds.archive", "/opt/sso-setup/target/sso-setup.jsa",
                "java.vm.info", vmInfo);
    return StartUpArchive.describe(properties::get);
  }

  @Test
  void withoutTheLauncher_saysNothing() {
    assertThat(describe(null, "mixed mode, sharing")).isNull();
  }

  @Test
  void usedArchive_isNamed_unlessTheJvmRefusedIt() {
    assertThat(describe("used", "mixed mode, sharing"))
        .isEqualTo(
            "sso-setup: class-data sharing: the archive /opt/sso-setup/target/sso-setup.jsa.");
    assertThat(describe("used", "mixed mode"))
        .contains("the JVM refused the archive /opt/sso-setup/target/sso-setup.jsa");
  }

  @Test
  void staleArchive_saysANewOneIsMade_andWhatTheJdkShares() {
    assertThat(describe("remade", "mixed mode, sharing"))
        .contains("not the archive /opt/sso-setup/target/sso-setup.jsa", "a new one is being made")
        .endsWith("; the JDK's own archive.");
    assertThat(describe("off", "mixed mode"))
        .contains("SSO_SETUP_CDS=off")
        .endsWith("; none of the JDK's either.");
  }
}
