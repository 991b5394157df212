package dev.ssosetup.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.admin.InstanceDiscovery.RegionAnswer;
import dev.ssosetup.admin.InstanceDiscovery.Scan;
import dev.ssosetup.common.ExitCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Which instance discovery settles on, from what the regions answered. */
class InstanceChoiceTest {
  private static final Instance ORG =
      new Instance(
          "ap-northeast-1", "arn:aws:sso:::instance/ssoins-1111111111111111", "d-1111111111", "1");
  private static final Instance ACCOUNT =
      new Instance(
          "eu-west-1", "arn:aws:sso:::instance/ssoins-2222222222222222", "d-2222222222", "2");

  @Test
  void oneInstance_isTheOne() {
    assertThat(InstanceChoice.choose(scan(ORG), null)).isEqualTo(ORG);
  }

  @Test
  void severalInstances_areListed_andOneMustBeNamed() {
    assertThatThrownBy(() -> InstanceChoice.choose(scan(ORG, ACCOUNT), null))
        .isInstanceOfSatisfying(
            AdminProblem.class,
            problem -> {
              assertThat(problem.exitCode()).isEqualTo(ExitCode.USAGE);
              assertThat(problem.key()).isEqualTo("admin.instance.several");
              assertThat((List<?>) problem.arguments()[1])
                  .hasSize(2)
                  .anySatisfy(line -> assertThat(line.toString()).contains(ORG.instanceArn()))
                  .anySatisfy(line -> assertThat(line.toString()).contains(ACCOUNT.instanceArn()));
            });
    assertThat(InstanceChoice.choose(scan(ORG, ACCOUNT), ACCOUNT.instanceArn())).isEqualTo(ACCOUNT);
  }

  @Test
  void regionsNotEnabledForTheAccount_areNoProblem() {
    Scan scan =
        new Scan(
            List.of(
                new RegionAnswer("me-south-1", List.of(), error("UnrecognizedClientException")),
                new RegionAnswer("us-east-1", List.of(), null)));

    assertThatThrownBy(() -> InstanceChoice.choose(scan, null))
        .isInstanceOfSatisfying(
            AdminProblem.class, p -> assertThat(p.key()).isEqualTo("admin.instance.none"));
  }

  private static Scan scan(Instance... instances) {
    return new Scan(
        List.of(instances).stream()
            .map(i -> new RegionAnswer(i.region(), List.of(i), null))
            .toList());
  }

  private static AwsServiceException error(String code) {
    return AwsServiceException.builder()
        .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).build())
        .statusCode(400)
        .build();
  }
}
