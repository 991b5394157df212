package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SsoSetupProcess;
import dev.ssosetup.testkit.TestHome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The entry point builds only the commands a run needs ({@link Cli}): {@code --version} none, a
 * named command only itself. Every shortcut must print exactly what the whole command tree prints,
 * byte for byte, with the same exit code; and a short command loads no JLine and no SDK class.
 */
class StartUpShortcutsTest {
  private static final String CONFIG =
      "[sso-session corp]\n"
          + "sso_start_url = https://d-9067a1b2c3.awsapps.com/start\n"
          + "sso_region = ap-northeast-1\n"
          + "\n"
          + "[profile dev]\n"
          + "sso_session = corp\n"
          + "sso_account_id = 111122223333\n"
          + "sso_role_name = Admin\n"
          + "region = ap-northeast-1\n";

  @TempDir Path tmp;
  private TestHome home;

  @BeforeEach
  void setUp() {
    home = new TestHome(tmp).writeConfig(CONFIG);
  }

  /** The same arguments through the whole tree, as every run was built before the shortcuts. */
  private Result wholeTree(String... args) {
    CliContext context = new CliContext(home.environment());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter outWriter = new PrintWriter(out, true);
    PrintWriter errWriter = new PrintWriter(err, true);
    int exitCode = Cli.commandLine(context, outWriter, errWriter).execute(args);
    outWriter.flush();
    errWriter.flush();
    return new Result(exitCode, out.toString(), err.toString());
  }

  private void assertSameAsWholeTree(String... args) {
    Result shortcut = CliRun.run(home, args);
    Result whole = wholeTree(args);

    assertThat(shortcut).as(String.join(" ", args)).isEqualTo(whole);
    assertThat(home.configText()).as("the config file is untouched").isEqualTo(CONFIG);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void version_printsWhatTheVersionOptionPrints(String option) {
    Result result = CliRun.run(home, option);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("sso-setup ").contains("\nJava ");
    assertThat(result.err()).isEmpty();
    assertSameAsWholeTree(option);
  }

  @Test
  void version_withAnotherOption_isStillParsed() {
    assertSameAsWholeTree("--debug", "--version");
    assertSameAsWholeTree("--lang", "fr", "--version");
    assertThat(CliRun.run(home, "--lang", "fr", "--version").exitCode()).isEqualTo(2);
  }

  @Test
  void help_listsEveryCommandAsBefore() {
    assertSameAsWholeTree("--help");
    assertSameAsWholeTree("-h");
    assertSameAsWholeTree();
    assertSameAsWholeTree("help");
    assertSameAsWholeTree("help", "configure", "sso-session");
    assertSameAsWholeTree("help", "nope");
  }

  @Test
  void aCommandsOwnHelp_isTheSame() {
    assertSameAsWholeTree("profiles", "--help");
    assertSameAsWholeTree("configure", "sso-session", "--help");
    assertSameAsWholeTree("admin", "--help");
    assertSameAsWholeTree("--no-color", "login", "-h");
  }

  @Test
  void mistypedCommands_andOptions_areSuggestedAsBefore() {
    assertSameAsWholeTree("prfiles");
    assertSameAsWholeTree("--lang", "ja", "logn");
    assertSameAsWholeTree("admin", "grnt");
    assertSameAsWholeTree("profiles", "--bogus");
    assertSameAsWholeTree("profiles", "extra");
    assertSameAsWholeTree("--bogus");
    assertSameAsWholeTree("--", "profiles");
    assertSameAsWholeTree("--config-file");
  }

  @Test
  void profiles_printsTheSameTable_andJson() {
    assertSameAsWholeTree("profiles");
    assertSameAsWholeTree("profiles", "--format", "json");
    assertSameAsWholeTree("--config-file", home.config().toString(), "profiles");
  }

  @Test
  void completion_seesEveryCommand() {
    assertSameAsWholeTree("completion", "bash");
    assertSameAsWholeTree("__complete", "--", "sso-setup", "");
    assertSameAsWholeTree("__complete", "--", "sso-setup", "pro");
    assertSameAsWholeTree("__complete", "--", "sso-setup", "login", "--profile", "");
  }

  @Test
  void commandWord_skipsGlobalOptionsAndTheirValues() {
    assertThat(Cli.commandWord(new String[] {"--config-file", "login", "profiles"}))
        .isEqualTo("profiles");
    assertThat(Cli.commandWord(new String[] {"--lang", "ja", "--debug", "verify", "--all"}))
        .isEqualTo("verify");
    assertThat(Cli.commandWord(new String[] {"--lang=ja", "doctor"})).isEqualTo("doctor");
    assertThat(Cli.commandWord(new String[] {"--debug", "--version"})).isNull();
    assertThat(Cli.commandWord(new String[] {"--", "profiles"})).isNull();
    assertThat(Cli.commandWord(new String[] {"--config-file"})).isNull();
  }

  @Test
  void everyCommand_isRegisteredUnderItsOwnName() {
    CommandLine root =
        Cli.commandLine(
            new CliContext(home.environment()),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()));

    assertThat(root.getSubcommands()).hasSize(16);
    for (Map.Entry<String, CommandLine> command : root.getSubcommands().entrySet()) {
      // The name in the command's own annotation: the one help shows.
      assertThat(command.getValue().getCommandName()).isEqualTo(command.getKey());
    }
  }

  /**
   * {@code main} itself, in a JVM of its own that lists the classes it loads: {@code --version} and
   * {@code profiles} load no JLine class (the prompter is built only when a command asks) and no
   * AWS SDK class (the config is read with the project's own parser).
   */
  @Timeout(120)
  @ParameterizedTest
  @ValueSource(strings = {"--version", "profiles"})
  void main_shortCommand_loadsNoJLineAndNoSdkClass(String command) throws Exception {
    List<String> words = new ArrayList<>(SsoSetupProcess.command());
    words.add(1, "-verbose:class");
    words.add(command);
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    ProcessBuilder builder =
        new ProcessBuilder(words)
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().clear();
    builder.environment().putAll(SsoSetupProcess.environment(home.home(), Map.of()));
    Process process = builder.start();
    assertThat(process.waitFor(100, TimeUnit.SECONDS)).isTrue();

    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(stderr).isZero();
    assertThat(stdout)
        .contains(command.equals("profiles") ? "dev " : "sso-setup ")
        .contains("dev.ssosetup.Main ")
        .doesNotContain("org.jline.")
        .doesNotContain("software.amazon.");
  }

  /**
   * {@code main} with {@code --version}: the same lines as in-process, exit 0, nothing on stderr.
   */
  @Timeout(120)
  @Test
  void main_version_exitsWith0() throws Exception {
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    Process process =
        SsoSetupProcess.start(
            SsoSetupProcess.environment(home.home(), Map.of()), out, err, "--version");
    assertThat(process.waitFor(100, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).isZero();
    assertThat(Files.readString(err)).isEmpty();
    assertThat(Files.readString(out)).isEqualTo(CliRun.run(home, "--version").out());
  }
}
