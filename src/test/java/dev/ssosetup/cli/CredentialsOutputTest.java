package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssosetup.cli.CredentialsOutput.Shell;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The lines of {@code credentials --format env} read back by the shells themselves, with values
 * that would break naive quoting: each shell that is installed must give back exactly the value.
 */
class CredentialsOutputTest {
  private static final String HOSTILE =
      "it's \"quoted\" \\ $HOME `id` $(id) ; & | * ? ~ {a,b} ‘smart’ ’ ‚ ‛ 日本語 %PATH% !x";

  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(
      value = Shell.class,
      names = {"BASH", "ZSH", "FISH"})
  void eachShell_readsBackExactlyTheValue(Shell shell) throws Exception {
    String program = shell.toString();
    assumeTrue(onPath(program), program + " is not installed here");
    Path script = tmp.resolve("script");
    String print = shell == Shell.FISH ? "printf '%s' $SECRET" : "printf '%s' \"$SECRET\"";
    Files.writeString(
        script, CredentialsOutput.set(shell, "SECRET", HOSTILE) + "\n" + print + "\n");

    Process process =
        new ProcessBuilder(program, script.toString()).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(out).isEqualTo(HOSTILE);
  }

  @Test
  void powershell_doublesEveryKindOfSingleQuote() {
    assertThat(CredentialsOutput.set(Shell.POWERSHELL, "X", "a'b‘c’d‚e‛f"))
        .isEqualTo("$env:X = 'a''b‘‘c’’d‚‚e‛‛f'");
  }

  @Test
  void aControlCharacter_isNeverPrinted_inAnyShell() {
    for (Shell shell : Shell.values()) {
      for (String value : List.of("a\nb", "a\rb", "a\u001b]52;c;x\u0007", "a\u007fb")) {
        assertThatThrownBy(() -> CredentialsOutput.set(shell, "X", value))
            .isInstanceOf(IllegalArgumentException.class);
      }
    }
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String folder : path.split(File.pathSeparator)) {
      if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
        return true;
      }
    }
    return false;
  }
}
