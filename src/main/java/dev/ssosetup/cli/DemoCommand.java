package dev.ssosetup.cli;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.demo.Demo;
import dev.ssosetup.prompt.Prompter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demo}: both halves of the team guide against the built-in sandbox (docs/spec.md §7.2). */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<ExitCode> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Option(names = "--keep")
  private boolean keep;

  @Option(names = "--non-interactive")
  private boolean nonInteractive;

  DemoCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public ExitCode call() {
    boolean interactive = !nonInteractive && context.environment().stdinIsTerminal();
    Prompter terminal = interactive ? context.prompter(spec.commandLine(), false) : null;
    return new Demo(
            // The run's language (--lang or the locale) reaches the demo's own steps too.
            context
                .environment()
                .withVariables(
                    java.util.Map.of(
                        "LC_ALL",
                        context.language() == dev.ssosetup.common.UserLanguage.JAPANESE
                            ? "ja_JP.UTF-8"
                            : "en_US.UTF-8")),
            spec.commandLine().getOut(),
            spec.commandLine().getErr(),
            context.debug() ? spec.commandLine().getErr() : null,
            context.messages())
        .run(terminal, keep);
  }
}
