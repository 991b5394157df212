package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.Messages;
import dev.ssosetup.common.UserLanguage;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.TestHome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Help is in the language of the run (the locale, or --lang), from the message bundles; option and
 * command names, and the English help, stay as they are.
 */
class HelpLanguageTest {
  @TempDir Path tmp;
  private TestHome home;

  @BeforeEach
  void setUp() {
    home = new TestHome(tmp);
  }

  @Test
  void helpUnderAJapaneseLocaleIsJapaneseAndKeepsTheNames() {
    home.variable("LANG", "ja_JP.UTF-8");

    Result result = CliRun.run(home, "configure", "--help");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .startsWith("使い方: sso-setup configure")
        .contains("--start-url=URL", "AWS アクセスポータルの URL。")
        .contains("--sso-region=REGION", "IAM Identity Center のリージョン。")
        .contains("--role-name=ROLE", "ロール (許可セット) の名前。")
        .contains("-h, --help", "このヘルプを表示して終了します。")
        .doesNotContain("The AWS access portal URL.");
  }

  @Test
  void langOptionWinsOverTheLocaleWhereverItIsGiven() {
    home.variable("LANG", "en_US.UTF-8");

    Result before = CliRun.run(home, "--lang", "ja", "--help");
    Result after = CliRun.run(home, "verify", "--help", "--lang=ja");

    assertThat(before.out()).contains("コマンド:", "終了コード:", "  configure ");
    assertThat(after.out()).startsWith("使い方: sso-setup verify").contains("--all");

    home.variable("LANG", "ja_JP.UTF-8");
    assertThat(CliRun.run(home, "--lang", "en", "--help").out())
        .startsWith("Usage: sso-setup")
        .contains("Commands:", "Exit codes:", "130   interrupted by the user");
  }

  @Test
  void englishHelpReadsAsBefore() {
    Result result = CliRun.run(home, "exec", "--help");

    assertThat(result.out())
        .startsWith("Usage: sso-setup exec")
        .contains("Run a command with the role credentials and region of an SSO profile")
        .contains("COMMAND...", "The command and its arguments, e.g. -- terraform")
        .contains("Exit codes:", "127   the command was not found");
  }

  @Test
  void theZshLineOfCompletionNamesTheFpathFolder() {
    assertThat(CliRun.run(home, "completion", "--help").out())
        .contains("sso-setup completion zsh > \"$fpath[1]/_sso-setup\"")
        .contains("The shell: bash, zsh, fish.");
  }

  @ParameterizedTest
  @EnumSource(UserLanguage.class)
  void everyCommandOptionAndParameterHasADescription(UserLanguage language) {
    CommandLine root =
        Cli.commandLine(
            new CliContext(home.environment()),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()));
    root.setResourceBundle(Messages.of(language).bundle());

    List<String> missing = new ArrayList<>();
    collectMissing(root.getCommandSpec(), missing);

    assertThat(missing).as("commands and options without words in " + language).isEmpty();
  }

  private static void collectMissing(CommandSpec spec, List<String> missing) {
    if (spec.usageMessage().hidden()) {
      return;
    }
    if (blank(spec.usageMessage().description())) {
      missing.add(spec.qualifiedName());
    }
    List<ArgSpec> args = new ArrayList<>(spec.options());
    args.addAll(spec.positionalParameters());
    for (ArgSpec arg : args) {
      if (!arg.hidden() && blank(arg.description())) {
        missing.add(spec.qualifiedName() + " " + arg.paramLabel() + " " + arg.descriptionKey());
      }
    }
    for (CommandLine sub : spec.subcommands().values()) {
      if (sub.getCommandSpec().parent() == spec) {
        collectMissing(sub.getCommandSpec(), missing);
      }
    }
  }

  private static boolean blank(String[] lines) {
    return lines.length == 0 || String.join("", lines).isBlank();
  }
}
