package dev.ssosetup.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.Messages;
import dev.ssosetup.common.UserLanguage;
import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.TerminalDriver;
import dev.ssosetup.testkit.TerminalDriver.Answer;
import dev.ssosetup.testkit.TerminalDriver.Keys;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wizard explains itself: under each prompt a hint in the locale's language, the prompt itself
 * in the AWS CLI's English, the file written the same in every language, and no hint at all without
 * a terminal.
 */
@Timeout(60)
class ConfigureHintsTest {
  private static final Messages ENGLISH = Messages.english();
  private static final Messages JAPANESE = Messages.of(UserLanguage.JAPANESE);

  @TempDir Path tmp;

  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.fixture(Fixture.medium()).approval(Approval.AUTO))
          .pointingTheSdkAtIt();

  private Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = extension.get();
  }

  /** The whole wizard at a terminal under this locale; returns the config file written. */
  private String configureAtATerminal(String lang, Messages messages) {
    TestHome home = new TestHome(tmp.resolve(lang)).stdin("", true).variable("LANG", lang);
    try (TerminalDriver terminal = TerminalDriver.xterm()) {
      Answer<Result> run =
          terminal.ask(
              prompter ->
                  CliRun.run(
                      home,
                      context ->
                          context
                              .prompterFactory(terminal.factory())
                              .browserOpener(ApprovingBrowser.approving(sandbox)),
                      "configure"));

      answer(terminal, messages, "SSO session name (Recommended): ", "hint.sessionName", "corp");
      answer(terminal, messages, "SSO start URL [None]: ", "hint.startUrl", sandbox.startUrl());
      answer(terminal, messages, "SSO region [None]: ", "hint.ssoRegion", sandbox.region());
      answer(
          terminal, messages, "SSO registration scopes [sso:account:access]: ", "hint.scopes", "");
      terminal.awaitScreen(messages.get("hint.account")).type("prod", Keys.ENTER);
      terminal.awaitScreen(messages.get("hint.role")).type(Keys.ENTER);
      answer(terminal, messages, "Default client Region [None]: ", "hint.region", "us-east-1");
      answer(
          terminal,
          messages,
          "CLI default output format (json if not specified) [None]: ",
          "hint.output",
          "json");
      terminal.awaitScreen("Profile name [").awaitScreen(messages.get("hint.profile"));
      terminal.type("work", Keys.ENTER);
      Result result = run.get();

      assertThat(result.exitCode()).as(result + terminal.screen().dump()).isZero();
      // Every hint is erased once its question is answered.
      for (String key : hintKeys()) {
        assertThat(terminal.screen().text()).doesNotContain(messages.get(key));
      }
      return home.configText();
    }
  }

  private static void answer(
      TerminalDriver terminal, Messages messages, String prompt, String hintKey, String typed) {
    terminal.awaitPrompt(prompt).awaitScreen(messages.get(hintKey));
    terminal.type(typed, Keys.ENTER);
  }

  private static List<String> hintKeys() {
    return List.of(
        "hint.sessionName",
        "hint.startUrl",
        "hint.ssoRegion",
        "hint.scopes",
        "hint.account",
        "hint.role",
        "hint.region",
        "hint.output",
        "hint.profile");
  }

  @Test
  void configure_atATerminal_hintsInTheLocalesLanguage_promptsAndFileTheSame() {
    String english = configureAtATerminal("C", ENGLISH);
    String japanese = configureAtATerminal("ja_JP.UTF-8", JAPANESE);

    assertThat(japanese).isEqualTo(english).contains("[profile work]", "region = us-east-1");
  }

  @Test
  void configure_withoutATerminal_showsNoHint_inEitherLanguage() {
    List<String> written = new ArrayList<>();
    for (String lang : List.of("C", "ja_JP.UTF-8")) {
      TestHome home = new TestHome(tmp.resolve("ni-" + lang)).variable("LANG", lang);
      Result result =
          CliRun.run(
              home,
              context -> context.browserOpener(ApprovingBrowser.approving(sandbox)),
              "configure",
              "--non-interactive",
              "--sso-session",
              "corp",
              "--start-url",
              sandbox.startUrl(),
              "--sso-region",
              sandbox.region(),
              "--account-id",
              "111122223333",
              "--role-name",
              "ReadOnlyAccess",
              "--profile",
              "work");

      assertThat(result.exitCode()).as(result.toString()).isZero();
      for (String key : hintKeys()) {
        assertThat(result.out() + result.err())
            .doesNotContain(ENGLISH.get(key))
            .doesNotContain(JAPANESE.get(key));
      }
      written.add(home.configText());
    }
    assertThat(written.get(1)).isEqualTo(written.get(0));
  }
}
