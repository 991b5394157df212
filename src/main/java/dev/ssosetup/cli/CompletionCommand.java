package dev.ssosetup.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code completion bash|zsh}: prints a shell completion script for every command and option. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a shell completion script.",
      "bash:  source <(sso-setup completion bash)",
      "zsh:   autoload -U +X compinit bashcompinit && compinit && bashcompinit;"
          + " source <(sso-setup completion zsh)",
    })
final class CompletionCommand implements Callable<Integer> {
  enum Shell {
    bash,
    zsh
  }

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "bash|zsh", description = "The shell: ${COMPLETION-CANDIDATES}.")
  private Shell shell;

  @Override
  public Integer call() {
    // One script serves both: zsh runs bash completion scripts through bashcompinit.
    String script = AutoComplete.bash("sso-setup", spec.root().commandLine());
    if (shell == Shell.zsh) {
      script =
          "# zsh: needs 'autoload -U +X compinit bashcompinit && compinit && bashcompinit'\n"
              + script;
    }
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
