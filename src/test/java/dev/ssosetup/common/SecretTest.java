package dev.ssosetup.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretTest {
  private static final String TEXT = "aoa-very-secret";

  @Test
  void everyWayOfTurningItIntoText_showsNoSecret() {
    Secret secret = Secret.of(TEXT);

    assertThat(secret).hasToString("<redacted>");
    assertThat(String.valueOf(secret)).isEqualTo("<redacted>");
    assertThat("token " + secret).isEqualTo("token <redacted>");
    assertThat(String.format("%s", secret)).isEqualTo("<redacted>");
    assertThat(List.of(secret).toString()).isEqualTo("[<redacted>]");
    assertThat(Text.of("login.tokenRejected", secret).in(Messages.english()))
        .doesNotContain(TEXT)
        .contains("<redacted>");
    assertThat(new IllegalStateException("bad " + secret).getMessage()).doesNotContain(TEXT);
  }

  @Test
  void reveal_givesTheText_andNullStaysNull() {
    assertThat(Secret.of(TEXT).reveal()).isEqualTo(TEXT);
    assertThat(Secret.ofNullable(null)).isNull();
    assertThat(Secret.reveal(null)).isNull();
    assertThat(Secret.reveal(Secret.ofNullable(TEXT))).isEqualTo(TEXT);
    assertThatThrownBy(() -> Secret.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void equalsAndMatches_compareTheText_andASecretNeverEqualsAString() {
    Secret secret = Secret.of(TEXT);

    assertThat(secret).isEqualTo(Secret.of(TEXT)).hasSameHashCodeAs(Secret.of(TEXT));
    assertThat(secret).isNotEqualTo(Secret.of(TEXT + "x")).isNotEqualTo(TEXT);
    assertThat(secret.matches(TEXT)).isTrue();
    assertThat(secret.matches(TEXT.substring(1))).isFalse();
    assertThat(secret.matches(null)).isFalse();
  }

  @Test
  void theJsonWriter_refusesASecret_insteadOfWritingItsRedactedText() {
    // A cache file must hold the text (revealed on purpose), never "<redacted>".
    assertThatThrownBy(() -> Json.write(Map.of("accessToken", Secret.of(TEXT))))
        .isInstanceOf(Json.JsonException.class)
        .hasMessageNotContaining(TEXT);
  }
}
