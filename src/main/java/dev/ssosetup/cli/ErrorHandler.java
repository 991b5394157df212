package dev.ssosetup.cli;

import static dev.ssosetup.common.TerminalText.lines;
import static dev.ssosetup.common.TerminalText.safe;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.UserFacingException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns each failure into one or two lines on stderr and an exit code (docs/spec.md §1.4). A trace
 * is printed only under --debug. Messages carry names and words from outside (a server's error, a
 * config file, a flag), so each is printed terminal-safe: the message on one line, the hint with
 * only its own line breaks. A mistyped command or option is named with the nearest real one.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
  private final CliContext context;

  ErrorHandler(CliContext context) {
    this.context = context;
  }

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    if (exception instanceof ParameterException parameterException) {
      return handleParseException(parameterException, new String[0]);
    }
    return failed(exception, commandLine.getErr());
  }

  /**
   * A command that failed while it ran: what picocli's runs print, and what {@link
   * ProfilesShortcut} prints for the runs it answers without picocli.
   */
  int failed(Exception exception, PrintWriter err) {
    if (exception instanceof UserFacingException userFacing) {
      Messages messages = context.messages();
      err.println("sso-setup: " + safe(userFacing.message(messages)));
      String hint = userFacing.hint(messages);
      if (hint != null) {
        err.println(lines(hint));
      }
      debugTrace(err, userFacing);
      err.flush();
      return userFacing.exitCode().code();
    }
    Messages messages = context.messages();
    err.println("sso-setup: " + messages.get("error.unexpected", safe(describe(exception))));
    if (context.debug()) {
      debugTrace(err, exception);
    } else {
      err.println(messages.get("error.unexpectedHint"));
    }
    err.flush();
    return ExitCode.FAILURE.code();
  }

  @Override
  public int handleParseException(ParameterException exception, String[] args) {
    CommandLine commandLine = exception.getCommandLine();
    PrintWriter err = commandLine.getErr();
    Messages messages = context.messages();
    List<String> shown =
        exception instanceof UnmatchedArgumentException unmatched
            ? unmatched(unmatched, messages)
            : List.of(
                ParseErrors.message(exception, messages),
                messages.get("cli.seeOptions", helpCommand(commandLine.getCommandSpec())));
    // The words typed are shown back: one terminal-safe line each.
    err.println("sso-setup: " + safe(shown.get(0)));
    err.println(safe(shown.get(1)));
    debugTrace(err, exception);
    err.flush();
    return ExitCode.USAGE.code();
  }

  /** An unknown command, option or argument: what it was, the nearest real one, where to look. */
  private static List<String> unmatched(UnmatchedArgumentException exception, Messages messages) {
    CommandSpec spec = exception.getCommandLine().getCommandSpec();
    // The first word picocli could not place decides: the words after it (an unknown option's
    // value, say) follow from it and are not named.
    List<String> unmatched = exception.getUnmatched();
    String word = unmatched.isEmpty() ? "" : unmatched.get(0);
    if (word.startsWith("-") && word.length() > 1) {
      String name = word.split("=", 2)[0];
      String first =
          spec.parent() == null
              ? messages.get("cli.unknownOption", name)
              : messages.get("cli.unknownOptionOf", name, spec.qualifiedName());
      return List.of(
          withSuggestion(first, Suggestions.nearest(name, optionNames(spec)), messages),
          messages.get("cli.seeOptions", helpCommand(spec)));
    }
    if (spec.subcommands().isEmpty()) {
      return List.of(
          messages.get("cli.unexpectedArgument", word, spec.qualifiedName()),
          messages.get("cli.seeOptions", helpCommand(spec)));
    }
    Optional<String> command =
        Suggestions.nearest(word, spec.subcommands().keySet())
            .map(name -> spec.qualifiedName() + " " + name);
    return List.of(
        withSuggestion(messages.get("cli.unknownCommand", word), command, messages),
        messages.get("cli.seeCommands", helpCommand(spec)));
  }

  private static String withSuggestion(
      String first, Optional<String> suggestion, Messages messages) {
    return suggestion.map(s -> messages.get("cli.didYouMean", first, s)).orElse(first);
  }

  private static List<String> optionNames(CommandSpec spec) {
    List<String> names = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      if (!option.hidden()) {
        names.addAll(List.of(option.names()));
      }
    }
    return names;
  }

  /** {@code sso-setup help configure} for the spec of {@code sso-setup configure}. */
  static String helpCommand(CommandSpec spec) {
    List<String> path = new ArrayList<>();
    for (CommandSpec at = spec; at.parent() != null; at = at.parent()) {
      path.add(0, at.name());
    }
    String root = spec.root().name();
    return path.isEmpty() ? root + " help" : root + " help " + String.join(" ", path);
  }

  private void debugTrace(PrintWriter err, Throwable exception) {
    if (context.debug()) {
      err.print(Throwables.render(exception));
    }
  }

  private static String describe(Throwable exception) {
    String message = exception.getMessage();
    String type = exception.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + message;
  }
}
