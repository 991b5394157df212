package dev.ssosetup.cli;

import dev.ssosetup.common.ExitCode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code help [COMMAND...]}: the help of the root or of the named command ({@code help configure
 * sso-session} too). A name that is not a command is reported as a mistyped command would be, with
 * the nearest one suggested.
 */
@Command(name = "help", helpCommand = true)
final class HelpCommand implements IHelpCommandInitializable2, Callable<ExitCode> {
  @Parameters(paramLabel = "COMMAND", arity = "0..*")
  private List<String> commands = List.of();

  private CommandLine self;
  private ColorScheme colorScheme;
  private PrintWriter out;

  @Override
  public void init(
      CommandLine helpCommandLine,
      ColorScheme colorScheme,
      PrintWriter outWriter,
      PrintWriter errWriter) {
    this.self = helpCommandLine;
    this.colorScheme = colorScheme;
    this.out = outWriter;
  }

  @Override
  public ExitCode call() {
    CommandLine target = self.getParent();
    for (String name : commands) {
      CommandLine sub = target.getSubcommands().get(name);
      if (sub == null || sub == self) {
        throw new UnmatchedArgumentException(target, List.of(name));
      }
      target = sub;
    }
    target.usage(out, colorScheme);
    out.flush();
    return ExitCode.OK;
  }
}
