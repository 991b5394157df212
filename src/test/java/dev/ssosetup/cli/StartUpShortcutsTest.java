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

    // A --debug trace names the code that ran: the frames differ, every other byte is the same.
    assertThat(withoutFrames(shortcut)).as(String.join(" ", args)).isEqualTo(withoutFrames(whole));
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
    assertSameAsWholeTree("--config-file", "login", "verify");
  }

  @Test
  void profiles_printsTheSameTable_andJson() {
    assertSameAsWholeTree("profiles");
    assertSameAsWholeTree("profiles", "--format", "json");
    assertSameAsWholeTree("--config-file", home.config().toString(), "profiles");
  }

  /** Lines {@link ProfilesShortcut} answers without picocli: the same bytes as the whole tree. */
  @Test
  void profiles_plainLines_areAnsweredWithoutPicocli_andPrintTheSame() {
    String config = home.config().toString();
    List<String[]> lines =
        List.of(
            new String[] {"profiles"},
            new String[] {"profiles", "--format", "json"},
            new String[] {"profiles", "--format=json"},
            new String[] {"profiles", "--format", "text"},
            new String[] {"--debug", "profiles"},
            new String[] {"profiles", "--debug"},
            new String[] {"--no-color", "profiles"},
            new String[] {"profiles", "--no-color"},
            new String[] {"--lang", "ja", "profiles"},
            new String[] {"--lang=ja", "profiles", "--format=json"},
            new String[] {"profiles", "--lang", "en"},
            new String[] {"--lang", "JA", "profiles"},
            new String[] {"--config-file", config, "profiles"},
            new String[] {"--config-file=" + config, "profiles"},
            new String[] {"profiles", "--config-file", config, "--format", "json"},
            new String[] {"--config-file", tmp.resolve("none").toString(), "profiles"},
            new String[] {"--debug", "--no-color", "--lang", "en", "profiles", "--format", "text"});
    for (String[] line : lines) {
      assertThat(ProfilesShortcut.read(line)).as(String.join(" ", line)).isNotNull();
      assertSameAsWholeTree(line);
    }
  }

  /** Lines left to the whole tree, so that picocli reads them (and words its own errors). */
  @Test
  void profiles_otherLines_areLeftToTheWholeTree_andPrintTheSame() {
    String config = home.config().toString();
    List<String[]> lines =
        List.of(
            new String[] {"profiles", "--format", "JSON"},
            new String[] {"profiles", "--format", "xml"},
            new String[] {"profiles", "--format"},
            new String[] {"profiles", "--format="},
            new String[] {"--format", "json", "profiles"},
            new String[] {"profiles", "--debug", "--debug"},
            new String[] {"--debug", "profiles", "--debug"},
            new String[] {"profiles", "--debug=true"},
            new String[] {"profiles", "--no-color=false"},
            new String[] {"profiles", "-h"},
            new String[] {"profiles", "--help"},
            new String[] {"profiles", "--version"},
            new String[] {"profiles", "-V"},
            new String[] {"profiles", "profiles"},
            new String[] {"profiles", "extra"},
            new String[] {"profiles", "--"},
            new String[] {"--", "profiles"},
            new String[] {"--lang", "fr", "profiles"},
            new String[] {"--lang", "ja", "profiles", "--lang", "en"},
            new String[] {"--config-file", "--debug", "profiles"},
            new String[] {"--config-file=", "profiles"},
            new String[] {"--config-file", config, "profiles", "--config-file", config},
            new String[] {"--config-file", "profiles"},
            new String[] {"--config-file", "login", "profiles"},
            new String[] {"--lang", "doctor", "profiles"},
            new String[] {"profiles", "--config-file"},
            new String[] {"profiles", "@" + tmp.resolve("args")},
            new String[] {"--debug", "--bogus", "profiles"},
            new String[] {"profiles", "--frmat", "json"},
            new String[] {"prfiles"});
    for (String[] line : lines) {
      assertThat(ProfilesShortcut.read(line)).as(String.join(" ", line)).isNull();
      assertSameAsWholeTree(line);
    }
  }

  /** A config that cannot be read fails the same way, words and exit code, with either reader. */
  @ParameterizedTest
  @ValueSource(strings = {"[profile dev\nregion = x\n", "[default]\n  = value\n", "\u0000"})
  void profiles_aConfigThatFails_failsTheSame(String text) {
    home.writeConfig(text);

    Result shortcut = CliRun.run(home, "profiles");
    Result whole = wholeTree("profiles");

    assertThat(shortcut.exitCode()).as(shortcut.toString()).isNotZero();
    assertThat(shortcut).isEqualTo(whole);
  }

  /**
   * A config that is a folder: the run fails, with the same words from both, and a trace the same
   * but for where it was thrown.
   */
  @Test
  void profiles_aFolderAsConfig_failsTheSame_withAndWithoutDebug() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("folder"));
    String[] plain = {"--config-file", folder.toString(), "profiles"};
    String[] debug = {"--debug", "--config-file", folder.toString(), "profiles"};

    Result shortcut = CliRun.run(home, plain);
    assertThat(shortcut.exitCode()).as(shortcut.toString()).isNotZero();
    assertThat(shortcut).isEqualTo(wholeTree(plain));
    Result shortcutDebug = CliRun.run(home, debug);
    assertThat(shortcutDebug.err()).contains("\tat ");
    assertSameAsWholeTree(debug);
  }

  /** The trace without its frames, which name the code that ran (picocli's or the shortcut's). */
  private static Result withoutFrames(Result result) {
    String err =
        result
            .err()
            .lines()
            .filter(line -> !line.startsWith("\tat "))
            .map(line -> line + "\n")
            .reduce("", String::concat);
    return new Result(result.exitCode(), result.out(), err);
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
    assertThat(Cli.commandWord(new String[] {"--config-file", "logins.ini", "profiles"}))
        .isEqualTo("profiles");
    assertThat(Cli.commandWord(new String[] {"--lang", "ja", "--debug", "verify", "--all"}))
        .isEqualTo("verify");
    assertThat(Cli.commandWord(new String[] {"--lang=ja", "doctor"})).isEqualTo("doctor");
    assertThat(Cli.commandWord(new String[] {"--debug", "--version"})).isNull();
    assertThat(Cli.commandWord(new String[] {"--", "profiles"})).isNull();
    assertThat(Cli.commandWord(new String[] {"--config-file"})).isNull();
    // picocli takes no command's name as a value: the whole tree reads such a line.
    assertThat(Cli.commandWord(new String[] {"--config-file", "login", "verify"})).isNull();
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
   * {@code profiles} load no JLine class (the prompter is built only when a command asks), no AWS
   * SDK class (the config is read with the project's own parser), no Japanese messages in an
   * English run, and build no picocli model.
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
        .doesNotContain("software.amazon.")
        // No command model: picocli's CommandLine is never loaded (the verifier of Cli may load a
        // few of its interfaces, which cost nothing).
        .doesNotContain("picocli.CommandLine ")
        .doesNotContain("picocli.CommandLine$Model")
        // The time zone only when a time is shown; SHA-1 without the security providers.
        .doesNotContain("java.time.zone.ZoneRulesProvider")
        .doesNotContain("sun.security.jca.Providers")
        // An English run (LANG=C.UTF-8) reads no Japanese messages.
        .doesNotContain("dev.ssosetup.common.Messages$Japanese");
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
