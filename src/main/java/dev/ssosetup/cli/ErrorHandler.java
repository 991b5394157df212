package dev.ssosetup.cli;

import static dev.ssosetup.common.TerminalText.lines;
import static dev.ssosetup.common.TerminalText.safe;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.UserFacingException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns each failure into one or two lines on stderr and an exit code (docs/spec.md §1.4). A trace
 * is printed only under --debug. Messages carry names and words from outside (a server's error, a
 * config file, a flag), so each is printed terminal-safe: the message on one line, the hint with
 * only its own line breaks.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
  private final CliContext context;

  ErrorHandler(CliContext context) {
    this.context = context;
  }

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (exception instanceof ParameterException parameterException) {
      return handleParseException(parameterException, new String[0]);
    }
    if (exception instanceof UserFacingException userFacing) {
      err.println("sso-setup: " + safe(userFacing.message(context.messages())));
      String hint = userFacing.hint(context.messages());
      if (hint != null) {
        err.println(lines(hint));
      }
      debugTrace(err, userFacing);
      err.flush();
      return userFacing.exitCode().code();
    }
    err.println("sso-setup: unexpected error: " + safe(describe(exception)));
    if (context.debug()) {
      debugTrace(err, exception);
    } else {
      err.println("Run again with --debug to see the details, and report it if it persists.");
    }
    err.flush();
    return ExitCode.FAILURE.code();
  }

  @Override
  public int handleParseException(ParameterException exception, String[] args) {
    CommandLine commandLine = exception.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("sso-setup: " + lines(exception.getMessage()));
    err.println(
        "Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for the options.");
    debugTrace(err, exception);
    err.flush();
    return ExitCode.USAGE.code();
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
