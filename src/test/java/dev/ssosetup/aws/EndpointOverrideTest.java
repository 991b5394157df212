package dev.ssosetup.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.UserFacingException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointOverrideTest {
  private final Map<String, String> properties = new HashMap<>();
  private final Map<String, String> variables = new HashMap<>();
  private final EndpointOverride override = new EndpointOverride(properties::get, variables::get);

  @Test
  void nothingSet_isFine() {
    assertThatCode(() -> override.check(AwsService.SSO_OIDC)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:4566",
        "https://oidc.eu-west-1.amazonaws.com",
        "HTTP://localhost:4566/",
        "http://[::1]:4566"
      })
  void urlsTheSdkCanCall_pass(String url) {
    variables.put("AWS_ENDPOINT_URL_SSO_OIDC", url);
    assertThatCode(() -> override.check(AwsService.SSO_OIDC)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "localhost:4566",
        "127.0.0.1:4566",
        "ftp://localhost",
        "http://",
        " http://localhost:4566",
        "http://localhost:4566 "
      })
  void whatTheSdkRefusesOrCannotCall_isBadInputNamingTheVariable(String value) {
    variables.put("AWS_ENDPOINT_URL_SSO_OIDC", value);
    assertThatThrownBy(() -> override.check(AwsService.SSO_OIDC))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "AWS_ENDPOINT_URL_SSO_OIDC is set to '"
                          + value
                          + "', which is not a URL the AWS SDK can call.");
              assertThat(e.hint()).contains("http://", "unset AWS_ENDPOINT_URL_SSO_OIDC");
            });
  }

  @Test
  void theSettingThatWins_isTheOneChecked() {
    variables.put("AWS_ENDPOINT_URL", "not a url");
    variables.put("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:1");
    assertThatCode(() -> override.check(AwsService.STS)).doesNotThrowAnyException();
    assertThatThrownBy(() -> override.check(AwsService.S3))
        .hasMessageStartingWith("AWS_ENDPOINT_URL ");

    properties.put("aws.endpointUrlSts", "localhost:1");
    assertThatThrownBy(() -> override.check(AwsService.STS))
        .hasMessageStartingWith("aws.endpointUrlSts is set to 'localhost:1'");

    properties.put("aws.endpointUrl", "http://127.0.0.1:2");
    assertThatCode(() -> override.check(AwsService.S3)).doesNotThrowAnyException();
  }

  @Test
  void ignoredOverrides_areNotChecked() {
    variables.put("AWS_ENDPOINT_URL", "localhost:4566");
    variables.put("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "TRUE");
    assertThatCode(() -> override.check(AwsService.SSO)).doesNotThrowAnyException();
    properties.put("aws.ignoreConfiguredEndpointUrls", "false");
    assertThatThrownBy(() -> override.check(AwsService.SSO))
        .isInstanceOf(UserFacingException.class);
  }

  @Test
  void aValueWithEscapes_isShownEscaped_inBothLanguages() {
    variables.put("AWS_ENDPOINT_URL_SSO", "\u001b]0;owned\u0007x");
    UserFacingException error =
        assertThrows(UserFacingException.class, () -> override.check(AwsService.SSO));
    for (Messages messages : new Messages[] {Messages.english(), Messages.of(Locale.JAPANESE)}) {
      assertThat(error.message(messages))
          .doesNotContain("\u001b", "\u0007")
          .contains("AWS_ENDPOINT_URL_SSO");
      assertThat(error.hint(messages)).contains("AWS_ENDPOINT_URL_SSO");
    }
    assertThat(error.message(Messages.of(Locale.JAPANESE))).contains("URL ではありません");
  }

  @Test
  void everyService_namesItsSdkProperty() {
    for (AwsService service : AwsService.values()) {
      assertThat(service.property()).startsWith("aws.endpointUrl");
      properties.clear();
      properties.put(service.property(), "nope");
      assertThatThrownBy(() -> override.check(service)).hasMessageStartingWith(service.property());
    }
  }
}
