package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.DisplayWidth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Help in Japanese wraps by terminal columns, as picocli measures wide characters: no line is wider
 * than the help, and no character is lost or split where a line breaks.
 */
class HelpWrappingTest {
  private static final String DESCRIPTION =
      "IAM Identity Center コンソールの「ダッシュボード」または「設定」に表示される「AWS"
          + " アクセスポータルの URL」です。管理者から届いたメールにも書かれています。"
          + "指定しない場合は端末で質問します。";

  private static String usage(int width) {
    CommandSpec spec = CommandSpec.create().name("configure");
    spec.usageMessage().width(width).description("プロファイルを設定します。" + DESCRIPTION);
    spec.addOption(
        OptionSpec.builder("--start-url")
            .type(String.class)
            .paramLabel("URL")
            .description(DESCRIPTION)
            .build());
    CommandLine commandLine = new CommandLine(spec).setHelpFactory(new HelpLayout());
    return commandLine.getUsageMessage(Ansi.OFF);
  }

  @ParameterizedTest
  @ValueSource(ints = {55, 60, 61, 80, 100})
  void japaneseHelp_neverGoesPastTheWidth(int width) {
    for (String line : usage(width).split("\n")) {
      assertThat(DisplayWidth.of(line))
          .as("%d columns: %s", width, line)
          .isLessThanOrEqualTo(width);
    }
  }

  @Test
  void japaneseHelp_keepsEveryCharacterInOrder_acrossTheBreaks() {
    for (int width : List.of(55, 61, 80)) {
      String text = usage(width);
      String option =
          text.substring(text.lastIndexOf("--start-url=URL") + "--start-url=URL".length());
      String joined = String.join("", option.strip().split("\\s*\n\\s*"));

      assertThat(joined.replace(" ", ""))
          .as("at %d columns", width)
          .isEqualTo(DESCRIPTION.replace(" ", ""));
    }
  }
}
