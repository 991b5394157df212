package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShellSyntaxTest {
  @Test
  void posix_exportsEveryValueInSingleQuotes() {
    assertThat(ShellSyntax.POSIX.setVariable("A", "http://127.0.0.1:4566"))
        .isEqualTo("export A='http://127.0.0.1:4566'");
    assertThat(ShellSyntax.POSIX.setVariable("A", "it's $(here) `x` \\ \"y\""))
        .isEqualTo("export A='it'\\''s $(here) `x` \\ \"y\"'");
  }

  @Test
  void comments_stayOnTheirLine_whateverTheTextHolds() {
    String text = "user\nrm -rf ~\r\u2028x\u0085y\u001b]0;t\u0007";

    for (ShellSyntax shell : ShellSyntax.values()) {
      String comment = shell.comment(text);
      assertThat(comment.lines()).as(shell.name()).hasSize(1);
      assertThat(comment).doesNotContain("\u2028", "\u0085", "\u001b", "\r");
    }
    assertThat(ShellSyntax.POSIX.comment("x")).isEqualTo("# x");
  }

  @Test
  void cmd_setsQuotedVariables_andCommentsWithoutCmdsSpecialCharacters() {
    assertThat(ShellSyntax.CMD.setVariable("A", "http://127.0.0.1:1"))
        .isEqualTo("set \"A=http://127.0.0.1:1\"");
    assertThat(ShellSyntax.CMD.comment("x")).isEqualTo("REM x");
    assertThat(ShellSyntax.CMD.comment("a & b | c > d ^")).isEqualTo("REM a _ b _ c _ d _");
    assertThatThrownBy(() -> ShellSyntax.CMD.setVariable("A", "100%\" & calc"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void powershell_setsEnvWithSingleQuotes_doublingEveryKindOfSingleQuote() {
    assertThat(ShellSyntax.POWERSHELL.setVariable("A", "it's")).isEqualTo("$env:A = 'it''s'");
    assertThat(ShellSyntax.POWERSHELL.setVariable("A", "a\u2019b"))
        .isEqualTo("$env:A = 'a\u2019\u2019b'");
  }
}
