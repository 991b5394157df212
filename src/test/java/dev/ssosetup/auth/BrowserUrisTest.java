package dev.ssosetup.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrowserUrisTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://device.sso.us-east-1.amazonaws.com/?user_code=ABCD-EFGH",
        "HTTPS://oidc.ap-northeast-1.amazonaws.com/authorize",
        "http://127.0.0.1:41235/device",
        "http://127.1.2.3/",
        "http://localhost:8080/device",
        "http://[::1]:8080/device"
      })
  void opens(String address) {
    assertThat(BrowserUris.openable(address)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "file:///etc/passwd",
        "javascript:alert(1)",
        "data:text/html,<script>x</script>",
        "ms-settings:privacy",
        "ftp://example.com/",
        "http://device.example.com/",
        "http://127.0.0.1.evil.example/",
        "http://128.0.0.1/",
        "https://aws.amazon.com@evil.example/",
        "https:///no-host",
        "/relative/path",
        "not a uri at all",
        ""
      })
  void refuses(String address) {
    assertThat(BrowserUris.openable(address)).isEmpty();
  }
}
