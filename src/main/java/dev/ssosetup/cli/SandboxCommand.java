package dev.ssosetup.cli;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.TerminalText;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.sandbox.Sandbox;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sso-setup sandbox}: serves the Identity Center emulator (docs/spec.md §7.1) until stopped,
 * after printing the variables that point the AWS CLI and SDKs at it.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true, sortOptions = false)
public final class SandboxCommand implements Callable<ExitCode> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Option(names = "--port", paramLabel = "N")
  private int port;

  @Option(names = "--fixture", paramLabel = "small|medium|guide|japanese|FILE")
  private String fixture;

  @Option(names = "--sign-in-as", paramLabel = "USER")
  private String signInAs;

  @Option(names = "--fail-provisioning", paramLabel = "REASON")
  private String failProvisioning;

  @Option(names = "--accounts", paramLabel = "N")
  private Integer accounts;

  @Option(names = "--roles-per-account", paramLabel = "K")
  private Integer rolesPerAccount;

  @Option(names = "--auto-approve")
  private boolean autoApprove;

  @Option(names = "--deny")
  private boolean deny;

  @Option(names = "--latency-ms", paramLabel = "N")
  private long latencyMs;

  @Option(names = "--throttle-rps", paramLabel = "N")
  private double throttleRps;

  @Option(names = "--fail-rate", paramLabel = "P")
  private double failRate;

  @Option(names = "--token-lifetime", paramLabel = "DURATION", converter = DurationConverter.class)
  private Duration tokenLifetime = Duration.ofHours(1);

  @Option(
      names = "--refresh-token-lifetime",
      paramLabel = "DURATION",
      converter = DurationConverter.class)
  private Duration refreshTokenLifetime = Duration.ofHours(8);

  @Option(
      names = "--credential-lifetime",
      paramLabel = "DURATION",
      converter = DurationConverter.class)
  private Duration credentialLifetime = Duration.ofHours(1);

  @Option(names = "--shell", paramLabel = "posix|cmd|powershell")
  private ShellSyntax shell;

  @Option(names = "--quiet")
  private boolean quiet;

  public SandboxCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public ExitCode call() {
    Sandbox.Builder builder = settings();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!quiet) {
      builder.log(
          record -> {
            err.println(TerminalText.safe(record.logLine().stripTrailing()));
            err.flush();
          });
    }
    Sandbox sandbox;
    try {
      sandbox = builder.build().start();
    } catch (IllegalArgumentException e) {
      throw UserFacingException.usage(e.getMessage(), "Name a user of the fixture.");
    } catch (UncheckedIOException e) {
      throw UserFacingException.failure(
          e.getMessage(), "Choose another port with --port, or --port 0 for any free port.", e);
    }
    try (sandbox) {
      printScript(sandbox, out);
      awaitInterrupt();
      out.println(
          (shell != null ? shell : ShellSyntax.forThisSystem(context.environment()))
              .comment("Sandbox stopped."));
      out.flush();
    }
    return ExitCode.OK;
  }

  /** The options as a sandbox configuration; invalid combinations are usage errors (exit 2). */
  private Sandbox.Builder settings() {
    if (port < 0 || port > 65_535) {
      throw usage("--port must be from 0 to 65535, not " + port);
    }
    if (autoApprove && deny) {
      throw usage("--auto-approve and --deny cannot be used together");
    }
    if (latencyMs < 0) {
      throw usage("--latency-ms must be 0 or more, not " + latencyMs);
    }
    if (!(throttleRps >= 0) || Double.isInfinite(throttleRps)) {
      throw usage("--throttle-rps must be 0 (no limit) or more, not " + throttleRps);
    }
    if (!(failRate >= 0 && failRate <= 1)) {
      throw usage("--fail-rate must be from 0 to 1, not " + failRate);
    }
    requirePositive(tokenLifetime, "--token-lifetime");
    requirePositive(refreshTokenLifetime, "--refresh-token-lifetime");
    requirePositive(credentialLifetime, "--credential-lifetime");
    Sandbox.Builder builder = Sandbox.builder();
    if (signInAs != null) {
      builder.signInAs(signInAs);
    }
    return builder
        .failProvisioning(failProvisioning)
        .fixture(fixture())
        .port(port)
        .approval(autoApprove ? Approval.AUTO : deny ? Approval.DENY : Approval.DEVICE_PAGE)
        .latency(Duration.ofMillis(latencyMs))
        .throttleRps(throttleRps)
        .failRate(failRate)
        .tokenLifetime(tokenLifetime)
        .refreshTokenLifetime(refreshTokenLifetime)
        .credentialLifetime(credentialLifetime)
        .clock(context.environment().clock());
  }

  private Fixture fixture() {
    if (accounts != null) {
      if (fixture != null) {
        throw usage("--fixture and --accounts cannot be used together");
      }
      try {
        return Fixture.generated(accounts, rolesPerAccount != null ? rolesPerAccount : 3);
      } catch (IllegalArgumentException e) {
        throw usage("--accounts/--roles-per-account: " + e.getMessage());
      }
    }
    if (rolesPerAccount != null) {
      throw usage("--roles-per-account needs --accounts");
    }
    if (fixture == null || fixture.equals("small")) {
      return Fixture.small();
    }
    if (fixture.equals("medium")) {
      return Fixture.medium();
    }
    if (fixture.equals("guide")) {
      return Fixture.guide();
    }
    if (fixture.equals("japanese")) {
      return Fixture.japanese();
    }
    Path file = Path.of(fixture);
    if (!Files.isRegularFile(file)) {
      throw UserFacingException.usage(
          "--fixture " + fixture + ": no such file, and not small, medium, guide or japanese.",
          "Name a built-in fixture (small, medium, guide, japanese) or a JSON file in the format of"
              + " small.json.");
    }
    try {
      return Fixture.fromJson(file);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw UserFacingException.usage(
          e.getMessage(), "Fix the file, or start from a built-in fixture: --fixture small.");
    }
  }

  private void printScript(Sandbox sandbox, PrintWriter out) {
    ShellSyntax syntax = shell != null ? shell : ShellSyntax.forThisSystem(context.environment());
    Fixture served = sandbox.fixture();
    out.println(
        syntax.comment(
            "sso-setup sandbox: a local IAM Identity Center emulator on "
                + sandbox.oidcEndpoint()));
    out.println(syntax.comment("Fixture: " + served.summary()));
    if (!sandbox.signedInUser().equals(served.signedInUser())) {
      out.println(syntax.comment("Logins sign in as " + sandbox.signedInUser() + "."));
    }
    sandbox.endpointVariables().forEach((name, url) -> out.println(syntax.setVariable(name, url)));
    out.println(syntax.comment("SSO start URL: " + sandbox.startUrl()));
    out.println(syntax.comment("SSO region:    " + sandbox.region()));
    // The same two as variables, for recipes: configure --start-url "$SSO_SETUP_SANDBOX_START_URL".
    out.println(syntax.setVariable("SSO_SETUP_SANDBOX_START_URL", sandbox.startUrl()));
    out.println(syntax.setVariable("SSO_SETUP_SANDBOX_REGION", sandbox.region()));
    out.println(syntax.comment(approvalHint()));
    out.println(
        syntax.comment(
            "Serving until Ctrl-C" + (quiet ? "." : "; requests are logged on stderr.")));
    out.flush();
  }

  private String approvalHint() {
    if (autoApprove) {
      return "Logins are approved at once.";
    }
    if (deny) {
      return "Logins are denied at once (--deny).";
    }
    return "Approve logins in the browser (or start with --auto-approve).";
  }

  /** Blocks until the thread is interrupted; Ctrl-C ends the whole process anyway. */
  private static void awaitInterrupt() {
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void requirePositive(Duration duration, String option) {
    if (duration.isNegative() || duration.isZero()) {
      throw usage(option + " must be positive, not " + duration);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
