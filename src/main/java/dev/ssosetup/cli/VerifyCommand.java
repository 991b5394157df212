package dev.ssosetup.cli;

import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.aws.RateLimiter;
import dev.ssosetup.common.Environment;
import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Json;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.config.AwsConfigDocument;
import dev.ssosetup.config.ConfigStore;
import dev.ssosetup.profiles.ProfileInfo;
import dev.ssosetup.verify.Verifier;
import dev.ssosetup.verify.VerifyAllResult;
import dev.ssosetup.verify.VerifyJson;
import dev.ssosetup.verify.VerifyResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verify}: proves profiles work through the SDK's credential provider (docs/spec.md §5). */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<ExitCode> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  private Target target = new Target();

  static final class Target {
    @Option(names = "--profile", paramLabel = "NAME")
    String profile;

    @Option(names = "--all")
    boolean all;
  }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
  private OutputFormat format;

  @Option(names = "--max-rps", paramLabel = "N")
  private double maxRps = RateLimiter.PORTAL_RATE;

  VerifyCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public ExitCode call() {
    RateLimiter.requireValidRate("--max-rps", maxRps);
    requireTheSdksHome();
    ConfigStore store = context.configStore();
    AwsConfigDocument document = store.readForTheJavaSdk();
    Target chosen = target == null ? new Target() : target;
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (AwsClients clients =
        context.awsClients(spec.commandLine(), () -> context.prompter(spec.commandLine(), false))) {
      Verifier verifier =
          new Verifier(
                  clients,
                  context.tokenCache(),
                  context.environment().clock(),
                  store.file(),
                  document)
              .withMaxRps(maxRps);
      VerifyOutput output =
          new VerifyOutput(
              out,
              err,
              context.debug(),
              context.messages(),
              context.environment().clock().getZone());
      if (chosen.all) {
        VerifyAllResult all = verifier.verifyAll();
        if (format == OutputFormat.JSON) {
          out.println(Json.writePretty(VerifyJson.all(store.file(), all)));
          output.allErrors(all, store.file());
        } else {
          output.allText(all, store.file());
        }
        output.regionWarnings(all);
        return all.ok() ? ExitCode.OK : ExitCode.FAILURE;
      }
      ProfileInfo profile =
          SessionTarget.profile(
              verifier.profiles(),
              chosen.profile,
              context.environment().variable("AWS_PROFILE"),
              Text.of("cli.target.nameProfileOrAll"),
              Text.of("cli.target.setUp"));
      VerifyResult result = verifier.verify(profile);
      if (format == OutputFormat.JSON) {
        out.println(Json.writePretty(VerifyJson.profile(result)));
      } else {
        output.text(result);
      }
      output.error(result);
      if (result.ok()) {
        output.regionWarning(result, verifier.profiles().sessionRef(profile).region());
      }
      return result.ok() ? ExitCode.OK : ExitCode.FAILURE;
    }
  }

  /**
   * The SDK's credential provider reads the token cache under the process's home folder and cannot
   * be told another; a run given another home (a test, a throwaway demo home) would check one cache
   * and let the SDK use another, so it is refused rather than give a wrong answer.
   */
  private void requireTheSdksHome() {
    Path home = context.environment().home().toAbsolutePath().normalize();
    Path sdkHome = Environment.system().home().toAbsolutePath().normalize();
    if (!home.equals(sdkHome)) {
      throw UserFacingException.failure(
          Text.of("verify.otherHome", sdkHome, home), Text.of("verify.otherHomeHint", home));
    }
  }
}
