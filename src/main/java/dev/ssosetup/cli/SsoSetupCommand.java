package dev.ssosetup.cli;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.UserLanguage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root command: global options and the exit codes. Its commands are added by {@link Cli}, which
 * builds only the one a run names when it can.
 */
@Command(
    name = "sso-setup",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Sets up a terminal for AWS IAM Identity Center (AWS SSO): writes [sso-session] and [profile]"
          + " blocks the AWS CLI v2 and every AWS SDK read, logs in, and proves the result works.",
    },
    synopsisSubcommandLabel = "<command>",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    modelTransformer = SsoSetupCommand.ExitCodeList.class)
public final class SsoSetupCommand implements Callable<ExitCode> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  public SsoSetupCommand(CliContext context) {
    this.context = context;
  }

  @Option(
      names = "--config-file",
      paramLabel = "PATH",
      scope = ScopeType.INHERIT,
      description = "The AWS config file (default: $AWS_CONFIG_FILE, else ~/.aws/config).")
  void setConfigFile(Path path) {
    context.setConfigFileOption(path);
  }

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Log each AWS request on stderr (secrets redacted) and show stack traces.")
  void setDebug(boolean debug) {
    context.setDebug(debug);
    String archive = debug ? StartUpArchive.describe() : null;
    if (archive != null) {
      spec.commandLine().getErr().println(archive);
    }
  }

  @Option(
      names = "--no-color",
      scope = ScopeType.INHERIT,
      description = "Plain output without colour (also when NO_COLOR is set).")
  void setNoColor(boolean noColor) {
    context.setNoColor(noColor);
  }

  @Option(
      names = "--lang",
      paramLabel = "en|ja",
      scope = ScopeType.INHERIT,
      description =
          "The language of messages: en or ja (default: from LC_ALL, LC_MESSAGES or LANG)."
              + " Prompts, option names and machine output stay the same in every language.")
  void setLanguage(String value) {
    UserLanguage language = UserLanguage.fromOption(value);
    if (language == null) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '--lang': '" + value + "' (use en or ja).");
    }
    context.setLanguageOption(language);
  }

  /** The help's exit codes, made from {@link ExitCode} so that they cannot drift apart. */
  static final class ExitCodeList implements IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      Map<String, String> list = new LinkedHashMap<>();
      for (ExitCode code : ExitCode.values()) {
        list.put(String.valueOf(code.code()), code.meaning());
      }
      spec.usageMessage().exitCodeList(list);
      return spec;
    }
  }

  /** Without a command: the usage, on stderr since nothing was done, and exit 2. */
  @Override
  public ExitCode call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    spec.commandLine().getErr().flush();
    return ExitCode.USAGE;
  }
}
