package dev.ssosetup.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.common.UserLanguage;
import dev.ssosetup.testkit.TerminalDriver;
import dev.ssosetup.testkit.TerminalDriver.Answer;
import dev.ssosetup.testkit.TerminalDriver.Keys;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Line prompts ({@code text}) on an xterm over pipes. */
class JLinePrompterTextTest {
  private static final Function<String, Text> HTTPS_ONLY =
      answer ->
          answer.startsWith("https://")
              ? null
              : Text.of("common.asIs", "The start URL must begin with https://.");

  private final TerminalDriver terminal = TerminalDriver.xterm();

  @AfterEach
  void endInput() {
    terminal.close();
  }

  private static TextQuestion ssoRegion(Function<String, Text> validator) {
    return new TextQuestion("SSO region", null, "None", "--sso-region", List.of(), validator);
  }

  private static TextQuestion startUrl() {
    return new TextQuestion("SSO start URL", null, "None", "--start-url", List.of(), HTTPS_ONLY);
  }

  @Test
  @Timeout(30)
  void text_typedAnswer_isReturnedAndStaysOnThePromptLine() {
    Answer<String> answer = terminal.ask(p -> p.text(startUrl()));

    terminal.awaitPrompt("SSO start URL [None]: ");
    terminal.type("https://d-90679c0ffe.awsapps.com/start", Keys.ENTER);

    assertThat(answer.get()).isEqualTo("https://d-90679c0ffe.awsapps.com/start");
    assertThat(terminal.screen().lines())
        .containsExactly("SSO start URL [None]: https://d-90679c0ffe.awsapps.com/start");
    assertThat(terminal.screen().cursorRow()).isEqualTo(1);
  }

  @Test
  @Timeout(30)
  void text_surroundingSpaces_areTrimmed() {
    Answer<String> answer = terminal.ask(p -> p.text(startUrl()));

    terminal
        .awaitPrompt("SSO start URL [None]: ")
        .type("  https://example.com/start  ", Keys.ENTER);

    assertThat(answer.get()).isEqualTo("https://example.com/start");
  }

  @Test
  @Timeout(30)
  void text_blankAnswer_returnsTheDefault() {
    TextQuestion scopes =
        new TextQuestion(
            "SSO registration scopes",
            "sso:account:access",
            "sso:account:access",
            "--scopes",
            List.of(),
            null);
    Answer<String> answer = terminal.ask(p -> p.text(scopes));

    terminal.awaitPrompt("SSO registration scopes [sso:account:access]: ").type(Keys.ENTER);

    assertThat(answer.get()).isEqualTo("sso:account:access");
    assertThat(terminal.screen().lines())
        .containsExactly("SSO registration scopes [sso:account:access]:");
  }

  @Test
  @Timeout(30)
  void text_blankAnswerWithoutDefault_returnsBlank() {
    TextQuestion session =
        new TextQuestion("SSO session name (Recommended)", null, null, "--sso-session", null, null);
    Answer<String> answer = terminal.ask(p -> p.text(session));

    terminal.awaitPrompt("SSO session name (Recommended): ").type(Keys.ENTER);

    assertThat(answer.get()).isEmpty();
  }

  @Test
  @Timeout(30)
  void text_invalidAnswer_showsTheReasonOnItsOwnLineAndAsksAgain() {
    Answer<String> answer = terminal.ask(p -> p.text(startUrl()));

    terminal.awaitPrompt("SSO start URL [None]: ").type("http://example.com", Keys.ENTER);
    terminal.awaitScreen("The start URL must begin with https://.");
    terminal.awaitPrompt("SSO start URL [None]: ").type("https://example.com", Keys.ENTER);

    assertThat(answer.get()).isEqualTo("https://example.com");
    assertThat(terminal.screen().lines())
        .containsExactly(
            "SSO start URL [None]: http://example.com",
            "The start URL must begin with https://.",
            "SSO start URL [None]: https://example.com");
  }

  @Test
  @Timeout(30)
  void text_aReasonInJapanese_isShownAsAJapaneseSentence() {
    TextQuestion region =
        ssoRegion(answer -> answer.contains("-") ? null : Text.of("config.check.region", answer));
    Voice japanese = new Voice(Messages.of(UserLanguage.JAPANESE), false);
    Answer<String> answer = terminal.ask(terminal.prompter(japanese), p -> p.text(region));

    terminal.awaitPrompt("SSO region [None]: ").type("tokyo", Keys.ENTER);
    // Wide characters take two columns: at 80 the sentence wraps before its Japanese full stop.
    terminal.awaitScreen("'tokyo' は AWS リージョンではありません (us-east-1 や ap-northeast-1 のように指定");
    terminal.awaitPrompt("SSO region [None]: ").type("ap-northeast-1", Keys.ENTER);

    assertThat(answer.get()).isEqualTo("ap-northeast-1");
    assertThat(terminal.screen().lines()).contains("します)。").doesNotContain("します)。.");
  }

  @Test
  @Timeout(30)
  void text_aReasonWordedForAFlag_isShownAsASentence() {
    TextQuestion region =
        ssoRegion(
            answer ->
                answer.isBlank()
                    ? Text.of("common.asIs", "a region is needed (for example us-east-1)")
                    : null);
    Answer<String> answer = terminal.ask(p -> p.text(region));

    terminal.awaitPrompt("SSO region [None]: ").type(Keys.ENTER);
    terminal.awaitScreen("A region is needed (for example us-east-1).");
    terminal.awaitPrompt("SSO region [None]: ").type("us-east-1", Keys.ENTER);

    assertThat(answer.get()).isEqualTo("us-east-1");
  }

  @Test
  @Timeout(30)
  void text_blankAnswerWithoutDefault_isJudgedByTheValidator() {
    Answer<String> answer = terminal.ask(p -> p.text(startUrl()));

    terminal.awaitPrompt("SSO start URL [None]: ").type(Keys.ENTER);
    terminal.awaitScreen("The start URL must begin with https://.");
    terminal.awaitPrompt("SSO start URL [None]: ").type("https://example.com", Keys.ENTER);

    assertThat(answer.get()).isEqualTo("https://example.com");
  }

  @Test
  @Timeout(30)
  void text_tab_completesAUniquePrefix() {
    TextQuestion region =
        new TextQuestion(
            "SSO region",
            null,
            "None",
            "--sso-region",
            List.of("ap-northeast-1", "eu-west-1", "us-east-1", "us-west-2"),
            null);
    Answer<String> answer = terminal.ask(p -> p.text(region));

    terminal.awaitPrompt("SSO region [None]: ").type("ap-", Keys.TAB);
    terminal.awaitCursorLine("SSO region [None]: ap-northeast-1").type(Keys.ENTER);

    assertThat(answer.get()).isEqualTo("ap-northeast-1");
  }

  @Test
  @Timeout(30)
  void text_quotesBackslashesAndPercentSigns_areOrdinaryCharacters() {
    TextQuestion name =
        new TextQuestion("Profile name", "it's-100%", "it's-100%", "--profile", null, null);
    Answer<String> answer = terminal.ask(p -> p.text(name));

    terminal.awaitPrompt("Profile name [it's-100%]: ").type("it's C:\\100%", Keys.ENTER);

    assertThat(answer.get()).isEqualTo("it's C:\\100%");
  }

  @Test
  @Timeout(30)
  void text_ctrlC_cancelsWithExit130() {
    Answer<String> answer = terminal.ask(p -> p.text(startUrl()));

    terminal.awaitPrompt("SSO start URL [None]: ").type("https://half");
    terminal.awaitScreen("SSO start URL [None]: https://half").type(Keys.CTRL_C);

    assertThatThrownBy(answer::get)
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INTERRUPTED));
  }

  private static void assertCancelled(Answer<?> answer) {
    assertThatThrownBy(answer::get)
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INTERRUPTED));
  }

  @Test
  @Timeout(30)
  void text_escAlone_cancelsWithExit130_onceTheKeyTimeoutHasPassed() {
    Answer<String> answer = terminal.ask(p -> p.text(startUrl()));

    terminal.awaitPrompt("SSO start URL [None]: ").type("https://half");
    terminal.awaitScreen("SSO start URL [None]: https://half").type(Keys.ESC);

    assertCancelled(answer);
  }

  @Test
  @Timeout(30)
  void text_escThenEnter_cancels_withoutAContinuationPrompt() {
    Answer<String> answer = terminal.ask(p -> p.text(startUrl()));

    terminal.awaitPrompt("SSO start URL [None]: ").type(Keys.ESC, Keys.ENTER);

    assertCancelled(answer);
    assertThat(terminal.screen().text()).doesNotContain("> ");
  }

  @Test
  @Timeout(30)
  void text_escInsideArrowKeys_isNotACancel() {
    Answer<String> answer = terminal.ask(p -> p.text(startUrl()));

    terminal.awaitPrompt("SSO start URL [None]: ").type("https://example.cm");
    terminal.awaitScreen("https://example.cm");
    // Left twice and right once (both arrow forms, each key's whole sequence), then the letter.
    terminal.type("\033[D", "\033OD", "\033[C", "o", Keys.ENTER);

    assertThat(answer.get()).isEqualTo("https://example.com");
  }

  @Test
  @Timeout(30)
  void confirm_esc_cancelsToo() {
    Answer<Boolean> answer = terminal.ask(p -> p.confirm("Replace them?", false));

    terminal.awaitPrompt("Replace them? [y/N]: ").type(Keys.ESC);

    assertCancelled(answer);
  }

  @Test
  @Timeout(30)
  void text_endOfInput_cancelsWithExit130() {
    Answer<String> answer = terminal.ask(p -> p.text(startUrl()));

    terminal.awaitPrompt("SSO start URL [None]: ").endInput();

    assertThatThrownBy(answer::get)
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INTERRUPTED));
  }

  @Test
  @Timeout(30)
  void text_afterAnAnswerOrACancel_theTerminalAttributesAreAsBefore() {
    JLinePrompter prompter = (JLinePrompter) terminal.prompter();
    String before = prompter.terminal().getAttributes().toString();

    Answer<String> answered = terminal.ask(prompter, p -> p.text(startUrl()));
    terminal.awaitPrompt("SSO start URL [None]: ").type("https://example.com", Keys.ENTER);
    answered.get();
    assertThat(prompter.terminal().getAttributes().toString()).isEqualTo(before);

    Answer<String> cancelled = terminal.ask(prompter, p -> p.text(startUrl()));
    terminal.awaitPrompt("SSO start URL [None]: ").type(Keys.CTRL_C);
    assertThatThrownBy(cancelled::get).isInstanceOf(UserFacingException.class);
    assertThat(prompter.terminal().getAttributes().toString()).isEqualTo(before);
  }

  @Test
  @Timeout(30)
  void text_historyIsOff_upArrowRecallsNothing() {
    Prompter prompter = terminal.prompter();
    Answer<String> first = terminal.ask(prompter, p -> p.text(startUrl()));
    terminal.awaitPrompt("SSO start URL [None]: ").type("https://first.example.com", Keys.ENTER);
    first.get();

    Answer<String> second = terminal.ask(prompter, p -> p.text(startUrl()));
    terminal.awaitPrompt("SSO start URL [None]: ").type(Keys.UP, "https://second", Keys.ENTER);

    assertThat(second.get()).isEqualTo("https://second");
  }

  @Test
  @Timeout(30)
  void interactive_isTrue() {
    assertThat(terminal.prompter().interactive()).isTrue();
  }
}
