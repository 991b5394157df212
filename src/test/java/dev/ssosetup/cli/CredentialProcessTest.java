package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.SandboxClients;
import dev.ssosetup.testkit.SandboxConfig;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.SsoSetupProcess;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The point of {@code --format process}: a profile with {@code credential_process = sso-setup
 * credentials --profile P --format process} works in the AWS SDK for Java, whose own {@code
 * ProcessCredentialsProvider} runs sso-setup (a separate JVM here), reads its JSON, and signs an
 * STS call the sandbox accepts.
 */
@Timeout(120)
@DisabledOnOs(OS.WINDOWS) // the SDK runs the command with sh -c; the line below is for sh
class CredentialProcessTest {
  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.approval(Approval.AUTO)).pointingTheSdkAtIt();

  @TempDir Path tmp;

  @Test
  void aCredentialProcessProfile_givesTheSdkCredentialsThatStsAccepts() {
    Sandbox sandbox = extension.get();
    TestHome home = new TestHome(tmp);
    Path config = home.config();
    String process =
        "env -i PATH=/usr/bin:/bin HOME="
            + tmp
            + " AWS_ENDPOINT_URL_SSO="
            + sandbox.portalEndpoint()
            + " AWS_ENDPOINT_URL_SSO_OIDC="
            + sandbox.oidcEndpoint()
            + " "
            + SsoSetupProcess.commandLine()
            + " --config-file "
            + config
            + " credentials --profile workday --format process";
    home.writeConfig(
        "[profile workday]\n"
            + "sso_session = corp\n"
            + "sso_account_id = 111122223333\n"
            + "sso_role_name = S3DynamoDBAccess\n"
            + "region = ap-northeast-1\n"
            + "\n"
            + "[profile tool]\n"
            + "credential_process = "
            + process
            + "\n"
            + "region = ap-northeast-1\n"
            + "\n"
            + SandboxConfig.session(sandbox, "corp"));
    CliRun.logIn(home, sandbox, "workday");

    try (ProfileCredentialsProvider provider =
            ProfileCredentialsProvider.builder()
                .profileFile(
                    ProfileFile.builder()
                        .content(config)
                        .type(ProfileFile.Type.CONFIGURATION)
                        .build())
                .profileName("tool")
                .build();
        StsClient sts = SandboxClients.sts(sandbox, provider)) {
      AwsCredentials credentials = provider.resolveCredentials();

      assertThat(credentials).isInstanceOf(AwsSessionCredentials.class);
      assertThat(credentials.expirationTime()).isPresent();
      assertThat(sts.getCallerIdentity().arn())
          .startsWith("arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_S3DynamoDBAccess_");
    }
    assertThat(sandbox.requests())
        .extracting(r -> r.operation())
        .containsExactly("GetRoleCredentials", "GetCallerIdentity");
  }
}
