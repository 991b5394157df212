package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.TestHome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shell completion: the scripts ask {@code sso-setup __complete} for candidates at completion time,
 * so profile and sso-session names come from the config file as it is then.
 */
class CompletionTest {
  static final String CONFIG =
      "[default]\nregion = us-east-1\n\n"
          + "[profile workday]\nsso_session = corp\nsso_account_id = 111122223333\n"
          + "sso_role_name = S3DynamoDBAccess\n\n"
          + "[profile work-admin]\nsso_session = corp\n\n"
          + "[sso-session corp]\nsso_start_url = https://d-9067a1b2c3.awsapps.com/start\n"
          + "sso_region = ap-northeast-1\n\n"
          + "[sso-session lab]\nsso_start_url = https://d-1111111111.awsapps.com/start\n"
          + "sso_region = us-east-1\n";

  @TempDir Path tmp;
  private TestHome home;

  @BeforeEach
  void setUp() {
    home = new TestHome(tmp).writeConfig(CONFIG);
  }

  /** The candidates for a command line whose last word is the one being completed. */
  private List<String> complete(String... words) {
    List<String> args = new ArrayList<>(List.of("__complete", "--"));
    args.addAll(List.of(words));
    Result result = CliRun.run(home, args.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).as(result.toString()).isEmpty();
    return result.out().lines().toList();
  }

  @Test
  void firstWord_offersEveryCommand_butNotTheHiddenOne() {
    assertThat(complete(""))
        .contains("configure", "login", "logout", "verify", "populate", "completion", "help")
        .doesNotContain("__complete");
    assertThat(complete("con")).containsExactly("configure", "console");
    assertThat(complete("conf")).containsExactly("configure");
  }

  @Test
  void profileOption_offersTheProfilesOfTheConfig_atCompletionTime() {
    assertThat(complete("login", "--profile", ""))
        .containsExactly("default", "workday", "work-admin");
    assertThat(complete("verify", "--profile", "work")).containsExactly("workday", "work-admin");

    home.writeConfig(CONFIG + "\n[profile workshop]\nregion = us-west-2\n");
    assertThat(complete("verify", "--profile", "works")).containsExactly("workshop");
  }

  @Test
  void ssoSessionOption_offersTheSessions() {
    assertThat(complete("populate", "--sso-session", "")).containsExactly("corp", "lab");
    assertThat(complete("configure", "sso-session", "--sso-session", "l")).containsExactly("lab");
  }

  @Test
  void optionWithEquals_isCompletedWithItsName() {
    assertThat(complete("login", "--profile=work"))
        .containsExactly("--profile=workday", "--profile=work-admin");
  }

  @Test
  void bashSplitsAtEquals_andThatIsUnderstoodToo() {
    assertThat(complete("login", "--sso-session", "=", "c")).containsExactly("corp");
  }

  @Test
  void dashes_offerTheOptionsOfThatCommand() {
    assertThat(complete("login", "--"))
        .contains("--profile", "--sso-session", "--force", "--config-file")
        .doesNotContain("--start-url");
  }

  @Test
  void enumValues_andShells_areOffered() {
    assertThat(complete("verify", "--format", "")).containsExactly("text", "json");
    assertThat(complete("completion", "")).containsExactly("bash", "zsh", "fish");
  }

  @Test
  void help_offersTheCommands() {
    assertThat(complete("help", "ver")).containsExactly("verify");
  }

  @Test
  void aPathOption_asksTheShellForFileNames() {
    assertThat(complete("--config-file", "")).containsExactly("__files__");
  }

  @Test
  void configFileNamedOnTheLine_isTheOneRead() throws IOException {
    Path other = tmp.resolve("other.ini");
    Files.writeString(other, "[profile elsewhere]\nregion = eu-west-1\n");

    assertThat(complete("--config-file", other.toString(), "login", "--profile", ""))
        .containsExactly("elsewhere");
    assertThat(complete("login", "--config-file=" + other, "--profile", ""))
        .containsExactly("elsewhere");
  }

  @Test
  void aConfigThatCannotBeRead_offersNothing_andSaysNothing() {
    home.writeConfig(new byte[] {(byte) 0xff, (byte) 0xfe, '[', 0});

    assertThat(complete("login", "--profile", "")).isEmpty();
  }

  @Test
  void completionScripts_forEveryShell_callBackForCandidates() {
    Result bash = CliRun.run(home, "completion", "bash");
    Result zsh = CliRun.run(home, "completion", "zsh");
    Result fish = CliRun.run(home, "completion", "fish");

    assertThat(bash.out()).contains("complete -F _sso_setup sso-setup", "sso-setup __complete --");
    assertThat(zsh.out()).startsWith("#compdef sso-setup").contains("sso-setup __complete --");
    assertThat(fish.out()).contains("complete -c sso-setup", "sso-setup __complete --");
  }

  /** The bash script in a real bash, against the real entry point, as a TAB would run it. */
  @Test
  @Timeout(60)
  void bashScript_inARealBash_completesProfileNames() throws Exception {
    Path bash = Path.of("/bin/bash");
    assumeTrue(Files.isExecutable(bash), "no bash here");
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path launcher = bin.resolve("sso-setup");
    Files.writeString(
        launcher,
        "#!/bin/sh\nexec '"
            + Path.of(System.getProperty("java.home"), "bin", "java")
            + "' -cp '"
            + System.getProperty("java.class.path")
            + "' dev.ssosetup.Main \"$@\"\n");
    assertThat(launcher.toFile().setExecutable(true)).isTrue();
    Path script = tmp.resolve("completion.bash");
    Files.writeString(script, CliRun.run(home, "completion", "bash").out());
    String test =
        "source '"
            + script
            + "'\n"
            + "COMP_WORDS=(sso-setup login --profile work); COMP_CWORD=3\n"
            + "_sso_setup\n"
            + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";

    ProcessBuilder builder = new ProcessBuilder(bash.toString(), "--norc", "-c", test);
    builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
    builder.environment().put("HOME", tmp.toString());
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.redirectErrorStream(true);
    Process process = builder.start();
    assertThat(process.waitFor(50, TimeUnit.SECONDS)).isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(out.lines().toList()).as(out).containsExactly("workday", "work-admin");
  }
}
