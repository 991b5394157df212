package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.TestHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootCommandTest {
  @TempDir Path tmp;
  private TestHome home;

  @BeforeEach
  void setUp() {
    home = new TestHome(tmp);
  }

  @Test
  void help_listsTheExitCodes() {
    Result result = CliRun.run(home, "--help");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("Exit codes:")
        .containsPattern("(?m)^\\s+0\\s+success")
        .containsPattern("(?m)^\\s+1\\s+the operation failed")
        .containsPattern("(?m)^\\s+2\\s+bad input")
        .containsPattern("(?m)^\\s+130\\s+interrupted by the user")
        .contains("--config-file=PATH", "--debug", "--no-color", "--version");
  }

  @Test
  void help_listsEveryExitCodeWithTheMeaningOfTheEnum() {
    Result result = CliRun.run(home, "--help");
    // Help wraps long meanings: compare with the line breaks and indents folded to single spaces.
    String list =
        result.out().substring(result.out().indexOf("Exit codes:")).replaceAll("\\s+", " ");

    for (ExitCode code : ExitCode.values()) {
      assertThat(list).contains(" " + code.code() + " " + code.meaning());
    }
  }

  @Test
  void readme_exitCodeTableSaysWhatTheEnumSays() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String table = readme.substring(readme.indexOf("## Exit codes"));
    table = table.substring(0, table.indexOf("\n\n", table.indexOf("| code |")));

    for (ExitCode code : ExitCode.values()) {
      assertThat(table).contains("| " + code.code() + " | " + code.meaning() + " |");
    }
    assertThat(table.lines().filter(line -> line.matches("\\| \\d+ \\|.*")))
        .hasSize(ExitCode.values().length);
  }

  @Test
  void version_printsTheVersionAndExitsWith0() {
    Result result = CliRun.run(home, "--version");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("sso-setup ");
  }

  @Test
  void unknownOption_exitsWith2WithOneClearLineAndNoStackTrace() {
    Result result = CliRun.run(home, "--bogus");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("Unknown option '--bogus'").doesNotContain("\tat ");
    assertThat(result.err().lines().count()).isLessThanOrEqualTo(2);
  }

  @Test
  void noCommand_exitsWith2AndPrintsTheUsage() {
    Result result = CliRun.run(home);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("Usage: sso-setup", "Commands:");
  }

  @Test
  void lang_acceptsEnOrJaInAnyCase() {
    assertThat(CliRun.run(home, "--lang", "JA", "--version").exitCode()).isZero();
    assertThat(CliRun.run(home, "--lang=en", "--version").exitCode()).isZero();
  }

  @Test
  void lang_withAnotherValue_exitsWith2NamingTheChoices() {
    Result result = CliRun.run(home, "--lang", "fr", "--version");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("'--lang'", "'fr'", "en or ja").doesNotContain("\tat ");
  }

  @Test
  void language_comesFromTheOptionElseTheLocaleVariables() {
    home.variable("LANG", "ja_JP.UTF-8");
    CliContext[] seen = new CliContext[1];

    CliRun.run(home, context -> seen[0] = context, "--version");
    assertThat(seen[0].language()).isEqualTo(dev.ssosetup.common.UserLanguage.JAPANESE);

    CliRun.run(home, context -> seen[0] = context, "--lang", "en", "profiles");
    assertThat(seen[0].language()).isEqualTo(dev.ssosetup.common.UserLanguage.ENGLISH);
  }
}
