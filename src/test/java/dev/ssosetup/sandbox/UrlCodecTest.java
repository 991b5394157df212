package dev.ssosetup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlCodecTest {
  @Test
  void encode_keepsOnlyUnreservedCharacters() {
    assertThat(UrlCodec.encode("aZ09-_.~ /+*=&é")).isEqualTo("aZ09-_.~%20%2F%2B%2A%3D%26%C3%A9");
    assertThat(UrlCodec.encodePath("/a b/c")).isEqualTo("/a%20b/c");
  }

  @Test
  void decode_handlesUtf8PlusAndBrokenEscapes() {
    assertThat(UrlCodec.decode("%E6%9D%B1%20x+y", false)).isEqualTo("東 x+y");
    assertThat(UrlCodec.decode("x+y", true)).isEqualTo("x y");
    assertThat(UrlCodec.decode("100%", false)).isEqualTo("100%");
    assertThat(UrlCodec.decode("%zz東", false)).isEqualTo("%zz東");
  }

  @Test
  void parameters_keepOrderAndTheFirstOfRepeatedNames() {
    assertThat(UrlCodec.parameters("b=1&a=2&b=3&flag&&c=", false))
        .containsExactly(
            Map.entry("b", "1"), Map.entry("a", "2"), Map.entry("flag", ""), Map.entry("c", ""));
  }

  @Test
  void query_roundTripsThroughParameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("redirect_uri", "http://127.0.0.1:5/oauth/callback");
    parameters.put("scopes", "sso:account:access other");

    String query = UrlCodec.query(parameters);

    assertThat(query)
        .isEqualTo(
            "redirect_uri=http%3A%2F%2F127.0.0.1%3A5%2Foauth%2Fcallback"
                + "&scopes=sso%3Aaccount%3Aaccess%20other");
    assertThat(UrlCodec.parameters(query, false)).isEqualTo(parameters);
  }
}
