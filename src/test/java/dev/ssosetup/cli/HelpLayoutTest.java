package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command's help lists its options the same way: its own first, as declared, then the global
 * options that mean something for it, always in one order, then help and version.
 */
class HelpLayoutTest {
  private static final Pattern OPTION = Pattern.compile("(?m)^  (?:-\\w, |    )(--[\\w-]+)");
  private static final List<String> GLOBAL_ORDER =
      List.of("--config-file", "--debug", "--lang", "--no-color");

  @TempDir Path tmp;
  private TestHome home;

  @BeforeEach
  void setUp() {
    home = new TestHome(tmp);
  }

  private List<String> options(String... command) {
    List<String> args = new ArrayList<>(List.of(command));
    args.add("--help");
    Result result = CliRun.run(home, args.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<String> names = new ArrayList<>();
    Matcher matcher = OPTION.matcher(result.out());
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "configure",
        "configure sso-session",
        "login",
        "logout",
        "verify",
        "profiles",
        "populate",
        "doctor",
        "demo",
        "sandbox",
        "completion"
      })
  void ownOptionsFirst_thenTheGlobalOnesInOneOrder_thenHelpAndVersion(String command) {
    List<String> names = options(command.split(" "));

    assertThat(names).endsWith("--help", "--version");
    List<String> globals = names.stream().filter(GLOBAL_ORDER::contains).toList();
    assertThat(globals).isSubsetOf(GLOBAL_ORDER);
    assertThat(globals)
        .as("in the fixed order")
        .isEqualTo(GLOBAL_ORDER.stream().filter(globals::contains).toList());
    int firstGlobal = globals.isEmpty() ? names.size() - 2 : names.indexOf(globals.get(0));
    assertThat(names.subList(firstGlobal, names.size() - 2))
        .as("nothing of the command's own after the global options")
        .containsExactlyElementsOf(globals);
  }

  @Test
  void login_showsItsOwnOptionsInTheirOrder_andTheGlobalsThatApply() {
    assertThat(options("login"))
        .containsExactly(
            "--profile",
            "--sso-session",
            "--force",
            "--use-device-code",
            "--no-browser",
            "--redirect-port",
            "--config-file",
            "--debug",
            "--lang",
            "--help",
            "--version");
  }

  @Test
  void commandsThatReadNoConfig_doNotOfferConfigFile() {
    assertThat(options("sandbox")).doesNotContain("--config-file").contains("--debug");
    assertThat(options("demo")).doesNotContain("--config-file");
    assertThat(options("completion")).doesNotContain("--config-file", "--debug", "--lang");
  }

  @Test
  void noColor_isOnlyAtTheTop_whereTheHelpItColoursIs() {
    assertThat(options()).containsSubsequence(GLOBAL_ORDER);
    assertThat(options("verify")).doesNotContain("--no-color");
  }

  @Test
  void hiddenGlobalOptions_areStillAccepted() {
    Result result = CliRun.run(home, "completion", "--no-color", "--debug", "bash");

    assertThat(result.exitCode()).as(result.toString()).isZero();
  }
}
