package dev.ssosetup.aws;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.testkit.HostileServer;
import dev.ssosetup.testkit.SandboxEndpoints;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The administrator's clients share the run's deadlines: an endpoint that never answers is named,
 * within the call's time, like every other endpoint sso-setup calls.
 */
@Timeout(30)
class AdminClientsDeadlineTest {
  private static final StaticCredentialsProvider KEYS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret"));

  @Test
  void ssoAdminThatNeverAnswers_failsWithinTheDeadline_namingTheServiceAndHost() {
    try (HostileServer server = HostileServer.start(HostileServer.neverAnswer());
        SandboxEndpoints endpoints =
            SandboxEndpoints.pointAt(
                Map.of("AWS_ENDPOINT_URL_SSO_ADMIN", server.uri().toString()));
        AwsClients aws = new AwsClients(null).timeouts(AwsTimeouts.all(Duration.ofSeconds(1)));
        AdminClients admin = new AdminClients(KEYS, aws)) {

      assertThatThrownBy(() -> admin.ssoAdmin("ap-northeast-1").listInstances(r -> {}))
          .hasMessageContaining("IAM Identity Center (sso-admin) at " + server.hostAndPort())
          .hasMessageContaining("did not answer");
    }
  }
}
