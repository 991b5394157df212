package dev.ssosetup.cli;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.UserLanguage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
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
    resourceBundle = Messages.BUNDLE,
    synopsisSubcommandLabel = "<command>",
    modelTransformer = SsoSetupCommand.ExitCodeList.class)
public final class SsoSetupCommand implements Callable<ExitCode> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  public SsoSetupCommand(CliContext context) {
    this.context = context;
  }

  @Option(names = "--config-file", paramLabel = "PATH", scope = ScopeType.INHERIT)
  void setConfigFile(Path path) {
    context.setConfigFileOption(path);
  }

  @Option(names = "--debug", scope = ScopeType.INHERIT)
  void setDebug(boolean debug) {
    context.setDebug(debug);
    String archive = debug ? StartUpArchive.describe() : null;
    if (archive != null) {
      spec.commandLine().getErr().println(archive);
    }
  }

  @Option(names = "--no-color", scope = ScopeType.INHERIT)
  void setNoColor(boolean noColor) {
    context.setNoColor(noColor);
  }

  @Option(names = "--lang", paramLabel = "en|ja", scope = ScopeType.INHERIT)
  void setLanguage(String value) {
    UserLanguage language = UserLanguage.fromOption(value);
    if (language == null) {
      throw new ParameterException(
          spec.commandLine(), context.messages().get("cli.badLang", value));
    }
    context.setLanguageOption(language);
    // Parsing comes before any help is printed, so the help is in the language asked for.
    speak(spec.root().commandLine(), context.messages());
  }

  /** The help's exit codes, made from {@link ExitCode} so that they cannot drift apart. */
  static final class ExitCodeList implements IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      spec.usageMessage().exitCodeList(exitCodes(Messages.english()));
      return spec;
    }
  }

  /** Makes the help of every command speak the language of these messages. */
  static void speak(CommandLine root, Messages messages) {
    root.setResourceBundle(messages.bundle());
    root.getCommandSpec().usageMessage().exitCodeList(exitCodes(messages));
  }

  private static Map<String, String> exitCodes(Messages messages) {
    Map<String, String> list = new LinkedHashMap<>();
    for (ExitCode code : ExitCode.values()) {
      list.put(String.valueOf(code.code()), code.meaning(messages));
    }
    return list;
  }

  /** Without a command: the usage, on stderr since nothing was done, and exit 2. */
  @Override
  public ExitCode call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    spec.commandLine().getErr().flush();
    return ExitCode.USAGE;
  }
}
