package dev.ssosetup.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.credentials.CredentialsException.Problem;
import dev.ssosetup.testkit.TestHome;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shape of console links per partition, region and destination, and where the federation
 * endpoint is: no network here (the sandbox tests make real links).
 */
class ConsoleLinkTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource({
    "us-east-1,      AWS,        signin.aws.amazon.com",
    "ap-northeast-1, AWS,        ap-northeast-1.signin.aws.amazon.com",
    "eu-central-2,   AWS,        eu-central-2.signin.aws.amazon.com",
    "us-gov-west-1,  AWS_US_GOV, signin.amazonaws-us-gov.com",
    "us-gov-east-1,  AWS_US_GOV, us-gov-east-1.signin.amazonaws-us-gov.com",
    "cn-north-1,     AWS_CN,     signin.amazonaws.cn",
    "cn-northwest-1, AWS_CN,     cn-northwest-1.signin.amazonaws.cn",
  })
  void theSigninHost_isThePartitionsOwn_regionalButForItsFirstRegion(
      String region, Partition partition, String host) {
    assertThat(Partition.of(region)).isEqualTo(partition);
    assertThat(partition.signinHost(region)).isEqualTo(host);
    assertThat(link().endpoint(partition, region))
        .isEqualTo(URI.create("https://" + host + "/federation"));
  }

  @ParameterizedTest
  @CsvSource({
    "ap-northeast-1, , https://ap-northeast-1.console.aws.amazon.com/console/home?region=ap-northeast-1",
    "ap-northeast-1, s3, https://ap-northeast-1.console.aws.amazon.com/s3/home?region=ap-northeast-1",
    "us-east-1, EC2, https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1",
    "us-gov-west-1, , https://console.amazonaws-us-gov.com/console/home?region=us-gov-west-1",
    "us-gov-east-1, dynamodbv2, https://console.amazonaws-us-gov.com/dynamodbv2/home?region=us-gov-east-1",
    "cn-north-1, , https://console.amazonaws.cn/console/home?region=cn-north-1",
    "cn-northwest-1, s3, https://console.amazonaws.cn/s3/home?region=cn-northwest-1",
  })
  void theDestination_isTheConsoleHomeOrAServicesHome_inTheRegion(
      String region, String service, String expected) {
    assertThat(ConsoleLink.destination(Partition.of(region), region, service))
        .isEqualTo(URI.create(expected));
  }

  @ParameterizedTest
  @CsvSource({
    "ap-northeast-1, https://ap-northeast-1.console.aws.amazon.com/ec2/home#Instances:",
    "ap-northeast-1, https://console.aws.amazon.com/iam/home",
    "ap-northeast-1, https://s3.console.aws.amazon.com/s3/buckets?region=ap-northeast-1",
    "us-gov-west-1, https://console.amazonaws-us-gov.com/s3/home",
    "cn-north-1, https://console.amazonaws.cn/iam/home",
  })
  void aConsoleUrlOfThePartition_isTakenAsItIs(String region, String url) {
    assertThat(ConsoleLink.destination(Partition.of(region), region, url))
        .isEqualTo(URI.create(url));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://console.aws.amazon.com/",
        "https://console.aws.amazon.com.evil.example/",
        "https://evil.example/console.aws.amazon.com",
        "https://user@console.aws.amazon.com/",
        "https://console.aws.amazon.com:8443/",
        "https://console.amazonaws.cn/",
        "javascript:alert(1)",
        "s3/home",
        "-s3",
        "s3 ec2",
      })
  void anyOtherDestination_isRefused(String destination) {
    assertThatThrownBy(() -> ConsoleLink.destination(Partition.AWS, "ap-northeast-1", destination))
        .isInstanceOfSatisfying(
            CredentialsException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.INVALID_DESTINATION));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"us-iso-east-1", "us-isob-east-1", "eu-isoe-west-1", "eusc-de-east-1", "x"})
  void regionsWithoutAPublicConsole_orNoRegionAtAll_areRefused(String region) {
    assertThatThrownBy(() -> Partition.of(region))
        .isInstanceOfSatisfying(
            CredentialsException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_REGION));
  }

  @Test
  void aRegionThatWouldChangeTheHost_isRefused() {
    assertThatThrownBy(() -> Partition.of("evil.example#-1"))
        .isInstanceOf(CredentialsException.class);
    assertThatThrownBy(() -> Partition.of("us-east-1.evil.example/x"))
        .isInstanceOf(CredentialsException.class);
  }

  @Test
  void awsEndpointUrlSignin_namesTheEndpoint_likeTheOtherEndpointVariables() {
    TestHome home = new TestHome(tmp).variable("AWS_ENDPOINT_URL_SIGNIN", "http://127.0.0.1:4566/");

    assertThat(link(home).endpoint(Partition.AWS, "us-east-1"))
        .isEqualTo(URI.create("http://127.0.0.1:4566/federation"));
  }

  @Test
  void awsEndpointUrl_isTheFallback_andTheServiceVariableWins() {
    TestHome home = new TestHome(tmp).variable("AWS_ENDPOINT_URL", "https://proxy.example/aws");
    assertThat(link(home).endpoint(Partition.AWS, "us-east-1"))
        .isEqualTo(URI.create("https://proxy.example/aws/federation"));

    home.variable("AWS_ENDPOINT_URL_SIGNIN", "https://signin.example/federation");
    assertThat(link(home).endpoint(Partition.AWS, "us-east-1"))
        .isEqualTo(URI.create("https://signin.example/federation"));
  }

  @Test
  void ignoreConfiguredEndpointUrls_turnsTheOverridesOff() {
    TestHome home =
        new TestHome(tmp)
            .variable("AWS_ENDPOINT_URL_SIGNIN", "http://127.0.0.1:4566")
            .variable("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");

    assertThat(link(home).endpoint(Partition.AWS, "ap-northeast-1"))
        .isEqualTo(URI.create("https://ap-northeast-1.signin.aws.amazon.com/federation"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://signin.example.com",
        "ftp://127.0.0.1/",
        "https://user:pass@signin.example.com",
        "https://signin.example.com/?x=1",
        "not a url",
      })
  void anEndpointThatWouldSendTheSessionInTheClearOrElsewhere_isRefused(String url) {
    TestHome home = new TestHome(tmp).variable("AWS_ENDPOINT_URL_SIGNIN", url);

    assertThatThrownBy(() -> link(home).endpoint(Partition.AWS, "us-east-1"))
        .isInstanceOfSatisfying(
            CredentialsException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.INVALID_ENDPOINT));
  }

  private ConsoleLink link() {
    return link(new TestHome(tmp));
  }

  private static ConsoleLink link(TestHome home) {
    return new ConsoleLink(home.environment(), null);
  }
}
