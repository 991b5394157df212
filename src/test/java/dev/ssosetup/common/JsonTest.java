package dev.ssosetup.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.common.Json.JsonException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

  @Test
  void parse_object_keepsKeysInTheirOrder() {
    Map<String, Object> map = Json.parseObject("{\"z\": 1, \"a\": 2, \"m\": 3}");

    assertThat(map).containsExactly(Map.entry("z", 1L), Map.entry("a", 2L), Map.entry("m", 3L));
  }

  @Test
  void parse_everyKindOfValue_givesPlainJavaTypes() {
    Object value =
        Json.parse(
            " {\"s\":\"x\",\"i\":-12,\"d\":1.5,\"e\":1e3,\"t\":true,\"f\":false,\"n\":null,"
                + "\"a\":[1,\"two\",[]],\"o\":{}} ");

    assertThat(value).isInstanceOf(LinkedHashMap.class);
    Map<?, ?> map = (Map<?, ?>) value;
    assertThat(map.get("s")).isEqualTo("x");
    assertThat(map.get("i")).isEqualTo(-12L);
    assertThat(map.get("d")).isEqualTo(new BigDecimal("1.5"));
    assertThat(map.get("e")).isEqualTo(new BigDecimal("1e3"));
    assertThat(map.get("t")).isEqualTo(true);
    assertThat(map.get("f")).isEqualTo(false);
    assertThat(map.containsKey("n")).isTrue();
    assertThat(map.get("n")).isNull();
    assertThat(map.get("a")).isEqualTo(Arrays.asList(1L, "two", List.of()));
    assertThat(map.get("o")).isEqualTo(Map.of());
  }

  @Test
  void parse_integersBeyondLong_areKeptExactlyAsBigDecimal() {
    assertThat(Json.parse("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    assertThat(Json.parse("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
    assertThat(Json.parse("9223372036854775808")).isEqualTo(new BigDecimal("9223372036854775808"));
  }

  @Test
  void parse_escapes_areDecoded() {
    assertThat(Json.parse("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\""))
        .isEqualTo("a\"b\\c/d\b\f\n\r\té\uD83D\uDE00");
  }

  @Test
  void parse_nonAsciiText_isKept() {
    assertThat(Json.parse("\"東京 – ü\"")).isEqualTo("東京 – ü");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{\"a\":1,}                | line 1, column 8: unexpected '}', expected a string key",
        "[1,2,]                    | line 1, column 6: unexpected ']', expected a value",
        "{'a':1}                   | line 1, column 2: unexpected ''', expected a string key",
        "{\"a\":01}                | line 1, column 7: leading zero in a number",
        "{\"a\":1} x               | line 1, column 9: unexpected 'x' after the value",
        "// c                      | line 1, column 1: unexpected '/', expected a value",
        "{\"a\":1,\"a\":2}         | line 1, column 8: duplicate key \"a\"",
        "{\"a\" 1}                 | line 1, column 6: unexpected '1', expected ':'",
        "\"abc                     | unterminated string",
        "\"\\x\"                   | line 1, column 2: invalid escape \\x",
        "\"\\u12g4\"               | invalid hex digit in a \\u escape",
        "tru                       | unexpected 't', expected a value",
        "NaN                       | unexpected 'N', expected a value",
        "-                         | expected a digit",
        "1.                        | expected a digit after the decimal point",
        "1e                        | expected a digit in the exponent",
        "''                        | unexpected ''', expected a value",
      })
  void parse_invalidInput_isRejectedWithWhereAndWhat(String text, String message) {
    assertThatThrownBy(() -> Json.parse(text))
        .isInstanceOf(JsonException.class)
        .hasMessageStartingWith("Invalid JSON")
        .hasMessageContaining(message);
  }

  @Test
  void parse_errorPosition_countsLines() {
    assertThatThrownBy(() -> Json.parse("{\n  \"a\": 1,\n  \"b\": tru\n}"))
        .hasMessage("Invalid JSON at line 3, column 8: unexpected 't', expected a value.");
  }

  @Test
  void parse_emptyOrBlank_isRejected() {
    assertThatThrownBy(() -> Json.parse("  ")).hasMessageContaining("unexpected end of input");
    assertThatThrownBy(() -> Json.parse(null)).isInstanceOf(JsonException.class);
  }

  @Test
  void parse_rawControlCharacterInString_isRejected() {
    assertThatThrownBy(() -> Json.parse("\"a\nb\""))
        .hasMessageContaining("control character U+000a in a string");
  }

  @Test
  void parse_absurdNesting_isRejectedWithoutStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);

    assertThatThrownBy(() -> Json.parse(deep)).hasMessageContaining("nested more than 512");
  }

  @Test
  void parse_nestingWithinTheLimit_isAccepted() {
    String deep = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);

    assertThat(Json.parse(deep)).isInstanceOf(List.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1]", "\"x\"", "3", "null"})
  void parseObject_withAnotherKindOfValue_saysWhatItFound(String text) {
    assertThatThrownBy(() -> Json.parseObject(text))
        .isInstanceOf(JsonException.class)
        .hasMessageStartingWith("Invalid JSON: expected an object but found ");
  }

  @Test
  void write_compact_keepsKeyOrderAndHasNoWhitespace() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("startUrl", "https://d-1.awsapps.com/start");
    map.put("b", List.of(1, 2L, new BigDecimal("2.50")));
    map.put("a", null);
    map.put("t", true);

    assertThat(Json.write(map))
        .isEqualTo(
            "{\"startUrl\":\"https://d-1.awsapps.com/start\",\"b\":[1,2,2.50],\"a\":null,\"t\":true}");
  }

  @Test
  void writePretty_indentsByTwoSpaces() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("scopes", List.of("sso:account:access"));
    map.put("empty", List.of());
    map.put("nested", Map.of("k", 1));
    map.put("none", Map.of());

    assertThat(Json.writePretty(map))
        .isEqualTo(
            "{\n"
                + "  \"scopes\": [\n"
                + "    \"sso:account:access\"\n"
                + "  ],\n"
                + "  \"empty\": [],\n"
                + "  \"nested\": {\n"
                + "    \"k\": 1\n"
                + "  },\n"
                + "  \"none\": {}\n"
                + "}");
  }

  @Test
  void write_escapesOnlyWhatJsonRequires() {
    assertThat(Json.write("q\" b\\ / \n\r\t\b\f \u0001 é \u2028 \uD83D\uDE00"))
        .isEqualTo("\"q\\\" b\\\\ / \\n\\r\\t\\b\\f \\u0001 é \\u2028 \uD83D\uDE00\"");
  }

  @Test
  void write_loneSurrogate_isEscapedSoTheTextSurvivesUtf8() {
    assertThat(Json.write("a\uD83Db")).isEqualTo("\"a\\ud83db\"");
    assertThat(Json.parse(Json.write("a\uD83Db"))).isEqualTo("a\uD83Db");
  }

  @Test
  void write_numbersOfEveryJavaType_areValidJson() {
    assertThat(Json.write(List.of(1, 2L, 1.5, 1.0e-7, 3.0f, new BigDecimal("1E+3"))))
        .isEqualTo("[1,2,1.5,1.0E-7,3.0,1E+3]");
    assertThat(Json.parse(Json.write(List.of(1.0e-7))))
        .isEqualTo(List.of(new BigDecimal("1.0E-7")));
  }

  @Test
  void write_nonFiniteNumbersAndUnknownTypes_areRejected() {
    assertThatThrownBy(() -> Json.write(Double.NaN)).hasMessageContaining("not a finite number");
    assertThatThrownBy(() -> Json.write(Map.of("k", new Object())))
        .hasMessageContaining("java.lang.Object");
    Map<Object, Object> badKey = new TreeMap<>();
    badKey.put(1, "x");
    assertThatThrownBy(() -> Json.write(badKey)).hasMessageContaining("not a string");
  }

  @Test
  void roundTrip_parseThenWrite_givesTheSameCompactText() {
    String text =
        "{\"accessToken\":\"aoa\\u0001\",\"expiresAt\":\"2026-11-27T10:00:00Z\",\"n\":[1,-2.5,"
            + "true,null,{\"x\":{}}],\"é\":\"東京\"}";

    assertThat(Json.write(Json.parse(text))).isEqualTo(text);
    assertThat(Json.parse(Json.writePretty(Json.parse(text)))).isEqualTo(Json.parse(text));
  }

  @Test
  void parse_resultIsMutable_soCallersCanEditAndWriteBack() {
    Map<String, Object> map = Json.parseObject("{\"a\":[1]}");
    map.put("b", 2L);
    @SuppressWarnings("unchecked")
    List<Object> list = (List<Object>) map.get("a");
    list.add(3L);

    assertThat(list).isInstanceOf(ArrayList.class);
    assertThat(Json.write(map)).isEqualTo("{\"a\":[1,3],\"b\":2}");
  }

  @Test
  void kind_namesEachType() {
    assertThat(Json.kind(Json.parse("{}"))).isEqualTo("an object");
    assertThat(Json.kind(Json.parse("[]"))).isEqualTo("an array");
    assertThat(Json.kind(Json.parse("\"\""))).isEqualTo("a string");
    assertThat(Json.kind(Json.parse("1"))).isEqualTo("a number");
    assertThat(Json.kind(Json.parse("true"))).isEqualTo("a boolean");
    assertThat(Json.kind(null)).isEqualTo("null");
  }
}
