package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShellSyntaxTest {
  @Test
  void posix_exportsAndQuotesOnlyWhenNeeded() {
    assertThat(ShellSyntax.POSIX.setVariable("A", "http://127.0.0.1:4566"))
        .isEqualTo("export A=http://127.0.0.1:4566");
    assertThat(ShellSyntax.POSIX.setVariable("A", "it's here"))
        .isEqualTo("export A='it'\\''s here'");
    assertThat(ShellSyntax.POSIX.comment("x")).isEqualTo("# x");
  }

  @Test
  void cmd_usesSetAndRem() {
    assertThat(ShellSyntax.CMD.setVariable("A", "http://127.0.0.1:1"))
        .isEqualTo("set A=http://127.0.0.1:1");
    assertThat(ShellSyntax.CMD.comment("x")).isEqualTo("REM x");
  }

  @Test
  void powershell_setsEnvWithSingleQuotes() {
    assertThat(ShellSyntax.POWERSHELL.setVariable("A", "it's")).isEqualTo("$env:A = 'it''s'");
  }
}
