package dev.ssosetup.prompt;

import static dev.ssosetup.prompt.Accounts.HEADING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.prompt.Accounts.Account;
import dev.ssosetup.testkit.TerminalDriver;
import dev.ssosetup.testkit.TerminalDriver.Answer;
import dev.ssosetup.testkit.TerminalDriver.Keys;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Several prompts in a row over one terminal, as the configure wizard asks them. */
class JLinePrompterFlowTest {
  private final TerminalDriver terminal = TerminalDriver.xterm();

  @AfterEach
  void endInput() {
    terminal.close();
  }

  record Answers(String session, Account account, String role, String region) {}

  /** A cut-down wizard: text, choose, choose, text, with the AWS CLI's lines in between. */
  private static Answers miniWizard(Prompter p) {
    String session =
        p.text(
            new TextQuestion(
                "SSO session name (Recommended)",
                null,
                null,
                "--sso-session",
                List.of("my-sso", "other-sso"),
                null));
    p.say(HEADING);
    Account account = p.choose(Accounts.threeAccounts());
    p.say("Using the account ID " + account.id());
    p.say("There are 3 roles available to you.");
    String role =
        p.choose(Accounts.roles("AdministratorAccess", "S3DynamoDBAccess", "BillingAccess"));
    p.say("Using the role name \"" + role + "\"");
    String region =
        p.text(new TextQuestion("CLI default client Region", null, "None", "--region", null, null));
    return new Answers(session, account, role, region);
  }

  @Test
  @Timeout(30)
  void flow_textChooseChooseText_leavesTheAwsCliTranscriptOnScreen() {
    Answer<Answers> answers = terminal.ask(JLinePrompterFlowTest::miniWizard);

    terminal.awaitPrompt("SSO session name (Recommended): ").type("my", Keys.TAB);
    terminal.awaitCursorLine("SSO session name (Recommended): my-sso").type(Keys.ENTER);
    terminal.awaitScreen("> " + Accounts.PROD.label()).type(Keys.DOWN, Keys.ENTER);
    terminal.awaitScreen("> AdministratorAccess").type(Keys.DOWN_NORMAL);
    terminal.awaitLines(
        "SSO session name (Recommended): my-sso",
        HEADING,
        "Using the account ID 444455556666",
        "There are 3 roles available to you.",
        "  AdministratorAccess",
        "> S3DynamoDBAccess",
        "  BillingAccess",
        "  3 of 3" + Accounts.COUNT_HINT);
    terminal.type(Keys.ENTER);
    terminal.awaitPrompt("CLI default client Region [None]: ").type("eu-west-1", Keys.ENTER);

    assertThat(answers.get())
        .isEqualTo(new Answers("my-sso", Accounts.STAGING, "S3DynamoDBAccess", "eu-west-1"));
    // As the AWS CLI 2.9.19 shows it (docs/spec.md §2.10), without the login lines.
    assertThat(terminal.screen().lines())
        .containsExactly(
            "SSO session name (Recommended): my-sso",
            "There are 3 AWS accounts available to you.",
            "Using the account ID 444455556666",
            "There are 3 roles available to you.",
            "Using the role name \"S3DynamoDBAccess\"",
            "CLI default client Region [None]: eu-west-1");
    assertThat(terminal.screen().unknownSequences()).isEmpty();
  }

  @Test
  @Timeout(30)
  void flow_onADumbTerminal_asksTheSameQuestionsWithNumbers() {
    try (TerminalDriver dumb = TerminalDriver.dumb()) {
      Answer<Answers> answers = dumb.ask(JLinePrompterFlowTest::miniWizard);

      dumb.awaitPrompt("SSO session name (Recommended): ").type("my-sso", Keys.ENTER);
      dumb.awaitPrompt("Enter a number (1-3) or text to filter: ").type("2", Keys.ENTER);
      dumb.awaitScreen("There are 3 roles available to you.");
      dumb.awaitPrompt("Enter a number (1-3) or text to filter: ").type("s3", Keys.ENTER);
      dumb.awaitPrompt("Enter a number (1-1) or text to filter: ").type("1", Keys.ENTER);
      dumb.awaitPrompt("CLI default client Region [None]: ").type(Keys.ENTER);

      assertThat(answers.get())
          .isEqualTo(new Answers("my-sso", Accounts.STAGING, "S3DynamoDBAccess", ""));
      assertThat(dumb.screen().lines())
          .containsSubsequence(
              "SSO session name (Recommended): my-sso",
              HEADING,
              "Enter a number (1-3) or text to filter: 2",
              "Using the account ID 444455556666",
              "There are 3 roles available to you.",
              "  2) S3DynamoDBAccess",
              "Enter a number (1-1) or text to filter: 1",
              "Using the role name \"S3DynamoDBAccess\"",
              "CLI default client Region [None]:");
    }
  }
}
