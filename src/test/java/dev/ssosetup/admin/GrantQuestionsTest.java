package dev.ssosetup.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.aws.AdminClients;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
import dev.ssosetup.prompt.Choice;
import dev.ssosetup.prompt.Prompter;
import dev.ssosetup.prompt.TextQuestion;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.SandboxLogin;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** At a terminal, {@code admin grant} asks for what it was not given, from the real lists. */
@Timeout(60)
class GrantQuestionsTest {
  @RegisterExtension
  final SandboxExtension extension = SandboxExtension.create().pointingTheSdkAtIt();

  @Test
  void everythingMissing_isAskedFor_withPickersOfWhatExists_andAnswersChecked() {
    Answers answers =
        new Answers()
            .pick("User name", "(a new user)")
            .type("User name", "new_worker")
            .type("Email address", "not-an-email", "new_worker@example.com")
            .type("Given name", "")
            .type("Family name", "Worker")
            .type("Display name", "")
            .pick("group", "(no group: assign to the user)")
            .pick("permission set", "S3DynamoDBAccess")
            .pick("account", "workday-production");
    try (AwsClients aws = new AwsClients(null);
        AdminClients clients = new AdminClients(SandboxLogin.administrator(extension.get()), aws)) {
      Instance instance =
          InstanceChoice.choose(
              new InstanceDiscovery(clients::ssoAdmin, List.of("ap-northeast-1")).scan(1), null);

      GrantRequest filled =
          new GrantQuestions(clients, answers, Messages.english())
              .fill(instance, GrantRequest.builder().build());

      assertThat(filled.user()).isEqualTo("new_worker");
      assertThat(filled.email()).isEqualTo("new_worker@example.com");
      assertThat(filled.givenName()).isEqualTo("new_worker");
      assertThat(filled.familyName()).isEqualTo("Worker");
      assertThat(filled.displayName()).isEqualTo("new_worker Worker");
      assertThat(filled.group()).isNull();
      assertThat(filled.permissionSet()).isEqualTo("S3DynamoDBAccess");
      assertThat(filled.accounts()).containsExactly("111122223333");
      assertThat(answers.rejected).containsExactly("Invalid email address \"not-an-email\".");
      assertThat(answers.offered.get("permission set"))
          .contains("S3DynamoDBAccess", "AdministratorAccess", "(a new permission set)");
    }
  }

  /**
   * A person at a terminal, answering from a script and checking each answer as the prompt does.
   */
  private static final class Answers implements Prompter {
    private final Map<String, Deque<String>> typed = new HashMap<>();
    private final Map<String, Deque<String>> picked = new HashMap<>();
    final Map<String, List<String>> offered = new HashMap<>();
    final List<String> rejected = new ArrayList<>();

    Answers type(String label, String... answers) {
      typed.computeIfAbsent(label, l -> new ArrayDeque<>()).addAll(List.of(answers));
      return this;
    }

    Answers pick(String what, String label) {
      picked.computeIfAbsent(what, w -> new ArrayDeque<>()).add(label);
      return this;
    }

    @Override
    public boolean interactive() {
      return true;
    }

    @Override
    public String text(TextQuestion question) {
      while (true) {
        String answer = question.answerFor(typed.get(question.label()).removeFirst());
        Text problem = question.validator().apply(answer);
        if (problem == null) {
          return answer;
        }
        rejected.add(problem.toString());
      }
    }

    @Override
    public <T> T choose(Choice<T> choice) {
      List<String> labels = choice.items().stream().map(choice.label()).toList();
      offered.put(choice.what(), labels);
      String wanted = picked.get(choice.what()).removeFirst();
      for (T item : choice.items()) {
        if (choice.label().apply(item).startsWith(wanted)) {
          return item;
        }
      }
      throw new AssertionError(wanted + " is not among " + labels);
    }

    @Override
    public boolean confirm(String question, boolean defaultAnswer) {
      return defaultAnswer;
    }

    @Override
    public void say(String line) {}

    @Override
    public void warn(String line) {}

    @Override
    public Waiting waiting(String message, Instant deadline) {
      return () -> {};
    }

    @Override
    public ProgressLine progress(Text label) {
      return ProgressLine.NONE;
    }
  }
}
