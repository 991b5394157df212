package dev.ssosetup.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserLanguage;
import dev.ssosetup.prompt.Accounts.Account;
import dev.ssosetup.testkit.TerminalDriver;
import dev.ssosetup.testkit.TerminalDriver.Answer;
import dev.ssosetup.testkit.TerminalDriver.Keys;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The hint under a question: in the reader's language, dim with colour and plain without, under the
 * line while the answer is typed and gone once it is entered; on a dumb terminal, the line before
 * the prompt.
 */
class JLinePrompterHintTest {
  private static final String DIM = "\033[2m";
  private static final Messages JAPANESE = Messages.of(UserLanguage.JAPANESE);

  private TerminalDriver terminal = TerminalDriver.xterm();

  @AfterEach
  void endInput() {
    terminal.close();
  }

  private static TextQuestion startUrl() {
    return new TextQuestion("SSO start URL", null, "None", "--start-url", List.of(), null)
        .withHint(Text.of("hint.startUrl"));
  }

  @Test
  @Timeout(30)
  void hint_isUnderThePromptWhileTyping_dim_andGoneOnceAnswered() {
    String hint = Messages.english().get("hint.startUrl");
    Answer<String> answer =
        terminal.ask(terminal.prompter(Voice.english()), p -> p.text(startUrl()));

    terminal.awaitPrompt("SSO start URL [None]: ");
    terminal.awaitLines("SSO start URL [None]:", hint);
    terminal.type("https://example.com/start", Keys.ENTER);

    assertThat(answer.get()).isEqualTo("https://example.com/start");
    assertThat(terminal.screen().lines())
        .containsExactly("SSO start URL [None]: https://example.com/start");
    assertThat(terminal.screen().raw()).contains(DIM + hint);
  }

  @Test
  @Timeout(30)
  void hint_inJapanese_keepsThePromptInEnglish() {
    String hint = JAPANESE.get("hint.startUrl");
    Answer<String> answer =
        terminal.ask(terminal.prompter(new Voice(JAPANESE, true)), p -> p.text(startUrl()));

    terminal.awaitPrompt("SSO start URL [None]: ");
    terminal.awaitLines("SSO start URL [None]:", hint);
    terminal.type("https://example.com/start", Keys.ENTER);

    assertThat(answer.get()).isEqualTo("https://example.com/start");
    assertThat(hint).contains("「AWS アクセスポータルの URL」");
  }

  @Test
  @Timeout(30)
  void hint_withoutColour_isPlain() {
    String hint = Messages.english().get("hint.startUrl");
    Answer<String> answer =
        terminal.ask(
            terminal.prompter(new Voice(Messages.english(), false)), p -> p.text(startUrl()));

    terminal.awaitLines("SSO start URL [None]:", hint);
    terminal.type("https://example.com/start", Keys.ENTER);

    assertThat(answer.get()).isEqualTo("https://example.com/start");
    assertThat(terminal.screen().raw()).contains(hint).doesNotContain(DIM);
  }

  @Test
  @Timeout(30)
  void hint_staysThroughAnInvalidAnswer_andIsShownAgainUnderTheNextPrompt() {
    TextQuestion question =
        new TextQuestion(
                "SSO start URL",
                null,
                "None",
                "--start-url",
                List.of(),
                typed ->
                    typed.startsWith("https://")
                        ? null
                        : Text.of("common.asIs", "it must begin with https://"))
            .withHint(Text.of("hint.startUrl"));
    String hint = Messages.english().get("hint.startUrl");
    Answer<String> answer = terminal.ask(terminal.prompter(Voice.english()), p -> p.text(question));

    terminal.awaitLines("SSO start URL [None]:", hint);
    terminal.type("http://example.com", Keys.ENTER);
    terminal.awaitLines(
        "SSO start URL [None]: http://example.com",
        "It must begin with https://.",
        "SSO start URL [None]:",
        hint);
    terminal.type("https://example.com", Keys.ENTER);

    assertThat(answer.get()).isEqualTo("https://example.com");
    assertThat(terminal.screen().lines()).doesNotContain(hint);
  }

  @Test
  @Timeout(30)
  void hint_underThePicker_followsTheCountLine_andIsErasedWithIt() {
    String hint = JAPANESE.get("hint.account");
    Answer<Account> answer =
        terminal.ask(
            terminal.prompter(new Voice(JAPANESE, true)),
            p -> p.choose(Accounts.threeAccounts().withHint(Text.of("hint.account"))));

    terminal.awaitScreen(hint);
    List<String> lines = terminal.screen().lines();
    assertThat(lines.get(lines.size() - 1)).isEqualTo(hint);
    // The count line speaks the voice's language too.
    assertThat(lines.get(lines.size() - 2)).isEqualTo("  3 / 3 件 (入力で絞り込み、Enter で選択、Esc でキャンセル)");
    terminal.type(Keys.DOWN, Keys.ENTER);

    assertThat(answer.get()).isEqualTo(Accounts.STAGING);
    assertThat(terminal.screen().lines()).isEmpty();
  }

  @Test
  @Timeout(30)
  void hint_onADumbTerminal_isThePlainLineBeforeThePrompt() {
    terminal.close();
    terminal = TerminalDriver.dumb();
    String hint = Messages.english().get("hint.startUrl");
    Answer<String> answer =
        terminal.ask(terminal.prompter(Voice.english()), p -> p.text(startUrl()));

    terminal.awaitPrompt("SSO start URL [None]: ").type("https://example.com", Keys.ENTER);

    assertThat(answer.get()).isEqualTo("https://example.com");
    assertThat(terminal.screen().lines())
        .containsExactly(hint, "SSO start URL [None]: https://example.com");
    assertThat(terminal.screen().raw()).doesNotContain("\033");
  }
}
