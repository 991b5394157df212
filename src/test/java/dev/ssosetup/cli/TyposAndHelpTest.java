package dev.ssosetup.cli;

import static dev.ssosetup.testkit.HostileText.assertPrintable;
import static dev.ssosetup.testkit.HostileText.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistyped commands and options, {@code help [COMMAND]} and a bare {@code sso-setup}, through the
 * real entry point ({@code Main.run} with the arguments): a suggestion, at most two lines, exit 2,
 * the config file untouched.
 */
class TyposAndHelpTest {
  private static final String CONFIG = "[profile keep]\nregion = us-east-1\n";

  @TempDir Path tmp;
  private TestHome home;

  @BeforeEach
  void setUp() {
    home = new TestHome(tmp).writeConfig(CONFIG);
  }

  private Result run(String... args) {
    Result result = CliRun.run(home, args);
    assertThat(home.configText()).as("the config file is untouched").isEqualTo(CONFIG);
    assertThat(result.err()).as(result.toString()).doesNotContain("\tat ");
    return result;
  }

  @Test
  void mistypedCommand_saysUnknownCommand_andSuggestsTheNearest() {
    Result result = run("veriffy");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .contains("Unknown command 'veriffy'")
        .contains("Did you mean 'sso-setup verify'?")
        .contains("sso-setup help")
        .doesNotContain("Unmatched argument");
    assertThat(result.err().lines().count()).isLessThanOrEqualTo(2);
  }

  @Test
  void mistypedCommand_withADroppedLetter_isFoundToo() {
    Result result = run("confgure", "--profile", "x");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("Unknown command 'confgure'", "'sso-setup configure'");
  }

  @Test
  void commandNothingLike_anyCommand_listsTheCommandsInstead() {
    Result result = run("xyzzy");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("Unknown command 'xyzzy'").doesNotContain("Did you mean");
    assertThat(result.err()).contains("sso-setup help");
  }

  @Test
  void mistypedOption_suggestsTheNearest_andDoesNotCallItsValueAnOption() {
    Result result = run("configure", "--profle", "x");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .contains("Unknown option '--profle'")
        .contains("Did you mean '--profile'?")
        .contains("sso-setup help configure")
        .doesNotContain("'x'");
    assertThat(result.err().lines().count()).isLessThanOrEqualTo(2);
  }

  @Test
  void mistypedOption_withEqualsValue_isNamedWithoutTheValue() {
    Result result = run("login", "--sso-sesion=corp");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .contains("Unknown option '--sso-sesion'")
        .contains("Did you mean '--sso-session'?")
        .doesNotContain("corp");
  }

  @Test
  void mistypedSubcommandOfConfigure_suggestsIt() {
    Result result = run("configure", "sso-sesion");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .contains("Unknown command 'sso-sesion'")
        .contains("'sso-setup configure sso-session'");
  }

  @Test
  void help_printsTheCommandList_andExits0() {
    Result result = run("help");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("Usage: sso-setup")
        .contains("configure")
        .contains("verify")
        .contains("help");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void helpCommand_printsThatCommandsHelp() {
    Result result = run("help", "configure");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("Usage: sso-setup configure").contains("--start-url");
  }

  @Test
  void helpOfAMistypedCommand_suggestsTheNearest() {
    Result result = run("help", "verfy");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("Unknown command 'verfy'", "'sso-setup verify'");
  }

  @Test
  void bareCommand_printsTheUsageOnStandardError_andExits2() {
    Result result = run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("Usage: sso-setup").contains("Commands:").contains("verify");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void unknownOptionOfTheRoot_isNamed() {
    Result result = run("--bogus");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("Unknown option '--bogus'").contains("sso-setup help");
  }

  @Test
  void strayArgument_ofACommandWithoutArguments_isNamed() {
    Result result = run("profiles", "extra");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .contains("'extra'")
        .contains("sso-setup help profiles")
        .doesNotContain("Unmatched");
  }

  @Test
  void badValue_withALineBreakAndAnEscape_isShownBackOnOneSafeLine() {
    String typed = "ba\nsh\u001b]0;owned\u0007";

    Result result = run("completion", typed);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertPrintable(result.err());
    assertThat(result.err()).contains(shown(typed)).contains("sso-setup help completion");
    assertThat(result.err().lines().count()).as(result.toString()).isEqualTo(2);
  }

  @Test
  void japanese_wordsTheErrorInJapanese() {
    Result result = run("--lang", "ja", "veriffy");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("veriffy").contains("sso-setup verify").contains("コマンド");
  }
}
