package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.common.DisplayWidth;
import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.testkit.ApprovingBrowser;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.SandboxConfig;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.TerminalDriver;
import dev.ssosetup.testkit.TerminalDriver.Answer;
import dev.ssosetup.testkit.TestHome;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * populate's progress line at an interactive terminal (an xterm over pipes), through the real entry
 * point against the sandbox's {@code japanese} fixture, in English and with {@code --lang ja}.
 *
 * <p>The line is erased when the listing ends, so the screen after the run never shows it, and a
 * test that reads the screen while the run goes on can miss it: the line may be drawn and erased
 * between two looks, however long the test waits (it did, under load). So the test waits, with
 * {@link TerminalDriver#awaitShown}, for the cursor's line to have shown the words at some moment:
 * the screen keeps every state of that line, and the condition holds once it has been drawn.
 */
@Timeout(120)
class PopulateProgressTerminalTest {
  /** The whole journey's deadline, login included, generous for a loaded machine. */
  private static final Duration JOURNEY = Duration.ofSeconds(90);

  @RegisterExtension
  final SandboxExtension extension =
      SandboxExtension.with(b -> b.fixture(Fixture.japanese()).approval(Approval.AUTO))
          .pointingTheSdkAtIt();

  @TempDir Path tmp;

  private final TerminalDriver terminal = TerminalDriver.xterm().within(JOURNEY);

  @AfterEach
  void endInput() {
    terminal.close();
  }

  private TestHome home() {
    return new TestHome(tmp)
        .writeConfig(SandboxConfig.session(extension.get(), "jp"))
        .variable("LANG", "C")
        .stdin("", true);
  }

  private Answer<Result> populate(TestHome home, String... more) {
    String[] args = new String[more.length + 3];
    System.arraycopy(more, 0, args, 0, more.length);
    args[more.length] = "populate";
    args[more.length + 1] = "--sso-session";
    args[more.length + 2] = "jp";
    return terminal.ask(
        prompter ->
            CliRun.run(
                home,
                context ->
                    context
                        .prompterFactory(terminal.factory())
                        .browserOpener(ApprovingBrowser.approving(extension.get())),
                args));
  }

  @Test
  void populate_inEnglish_showsTheProgressLine_thenErasesIt() {
    Answer<Result> run = populate(home());

    terminal.awaitShown("Listing roles [").awaitShown(" accounts, ").awaitShown(" req/s");
    Result result = run.get();

    assertThat(result.exitCode()).as(result + terminal.screen().dump()).isZero();
    assertThat(result.out()).contains("Added 4 profiles");
    assertThat(terminal.screen().cursorLinesSeen())
        .anyMatch(line -> line.matches("Listing roles \\[[#-]{20}\\] +\\d+/\\d+\\+? accounts, .*"))
        .filteredOn(line -> line.contains("Listing roles"))
        .allMatch(line -> line.length() <= 79);
    assertThat(terminal.screen().text()).doesNotContain("Listing roles");
    assertThat(terminal.screen().cursorLine()).isEmpty();
    assertThat(result.err()).doesNotContain("\r");
  }

  @Test
  void populate_inJapanese_showsTheProgressLineInJapanese_withinTheWidth() {
    Answer<Result> run = populate(home(), "--lang", "ja");

    terminal.awaitShown("ロールを取得中 [").awaitShown("アカウント ").awaitShown(" 件/秒");
    Result result = run.get();

    assertThat(result.exitCode()).as(result + terminal.screen().dump()).isZero();
    assertThat(result.out()).contains("4 個のプロファイルを追加");
    assertThat(terminal.screen().cursorLinesSeen())
        .noneMatch(line -> line.contains("Listing roles"))
        .filteredOn(line -> line.contains("ロールを取得中"))
        .isNotEmpty()
        .allMatch(line -> DisplayWidth.of(line) <= 79);
    assertThat(terminal.screen().text()).doesNotContain("ロールを取得中");
    assertThat(terminal.screen().cursorLine()).isEmpty();
  }

  @Test
  void populate_whenStandardInputIsNoTerminal_drawsNoProgressLine() {
    // Not interactive: the prompter is the plain one, which shows no progress (docs/spec.md §6.2).
    Result result =
        CliRun.run(
            home().stdin("", false),
            context ->
                context
                    .prompterFactory(terminal.factory())
                    .browserOpener(ApprovingBrowser.approving(extension.get())),
            "populate",
            "--sso-session",
            "jp");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(terminal.screen().raw()).isEmpty();
    assertThat(result.err()).doesNotContain("\r").doesNotContain("Listing roles");
  }
}
