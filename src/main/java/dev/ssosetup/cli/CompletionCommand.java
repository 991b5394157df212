package dev.ssosetup.cli;

import dev.ssosetup.common.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code completion bash|zsh|fish}: prints a shell completion script. Each script asks {@code
 * sso-setup __complete} for the candidates on every TAB ({@link CompleteCommand}), so commands,
 * options and the config's profile and sso-session names are always those of now.
 */
@Command(name = "completion", mixinStandardHelpOptions = true)
final class CompletionCommand implements Callable<ExitCode> {
  enum Shell {
    bash,
    zsh,
    fish
  }

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "bash|zsh|fish")
  private Shell shell;

  @Override
  public ExitCode call() {
    String resource = "/dev/ssosetup/completion/sso-setup." + shell.name();
    try (InputStream in = CompletionCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The completion script " + resource + " is missing");
      }
      spec.commandLine().getOut().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
