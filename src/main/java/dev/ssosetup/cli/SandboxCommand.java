package dev.ssosetup.cli;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.TerminalText;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.wizard.AwsCliWords;
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
      throw UserFacingException.usage(
          e.getMessage(), context.messages().get("sandbox.unknownUserHint"));
    } catch (UncheckedIOException e) {
      throw UserFacingException.failure(
          e.getMessage(), context.messages().get("sandbox.portHint"), e);
    }
    try (sandbox) {
      printScript(sandbox, out);
      awaitInterrupt();
      out.println(
          (shell != null ? shell : ShellSyntax.forThisSystem(context.environment()))
              .comment(context.messages().get("sandbox.stopped")));
      out.flush();
    }
    return ExitCode.OK;
  }

  /** The options as a sandbox configuration; invalid combinations are usage errors (exit 2). */
  private Sandbox.Builder settings() {
    if (port < 0 || port > 65_535) {
      throw usage("sandbox.badPort", port);
    }
    if (autoApprove && deny) {
      throw usage("sandbox.approveAndDeny");
    }
    if (latencyMs < 0) {
      throw usage("sandbox.badLatency", latencyMs);
    }
    if (!(throttleRps >= 0) || Double.isInfinite(throttleRps)) {
      throw usage("sandbox.badThrottle", throttleRps);
    }
    if (!(failRate >= 0 && failRate <= 1)) {
      throw usage("sandbox.badFailRate", failRate);
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
        throw usage("sandbox.fixtureAndAccounts");
      }
      try {
        return Fixture.generated(accounts, rolesPerAccount != null ? rolesPerAccount : 3);
      } catch (IllegalArgumentException e) {
        throw usage("sandbox.badAccounts", e.getMessage());
      }
    }
    if (rolesPerAccount != null) {
      throw usage("sandbox.rolesNeedAccounts");
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
          Text.of("sandbox.noFixture", fixture), Text.of("sandbox.noFixtureHint"));
    }
    try {
      return Fixture.fromJson(file);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw UserFacingException.usage(
          e.getMessage(), context.messages().get("sandbox.badFixtureHint"));
    }
  }

  private void printScript(Sandbox sandbox, PrintWriter out) {
    ShellSyntax syntax = shell != null ? shell : ShellSyntax.forThisSystem(context.environment());
    Messages messages = context.messages();
    Fixture served = sandbox.fixture();
    out.println(syntax.comment(messages.get("sandbox.banner", sandbox.oidcEndpoint())));
    out.println(syntax.comment(messages.get("sandbox.fixture", summary(served, messages))));
    if (!sandbox.signedInUser().equals(served.signedInUser())) {
      out.println(syntax.comment(messages.get("sandbox.signInAs", sandbox.signedInUser())));
    }
    sandbox.endpointVariables().forEach((name, url) -> out.println(syntax.setVariable(name, url)));
    // The answers to the AWS CLI's prompts, named as the prompts name them.
    out.println(syntax.comment(AwsCliWords.START_URL + ": " + sandbox.startUrl()));
    out.println(syntax.comment(AwsCliWords.SSO_REGION + ":    " + sandbox.region()));
    // The same two as variables, for recipes: configure --start-url "$SSO_SETUP_SANDBOX_START_URL".
    out.println(syntax.setVariable("SSO_SETUP_SANDBOX_START_URL", sandbox.startUrl()));
    out.println(syntax.setVariable("SSO_SETUP_SANDBOX_REGION", sandbox.region()));
    out.println(
        syntax.comment(
            messages.get(
                autoApprove
                    ? "sandbox.approval.auto"
                    : deny ? "sandbox.approval.deny" : "sandbox.approval.browser")));
    out.println(syntax.comment(messages.get(quiet ? "sandbox.servingQuiet" : "sandbox.serving")));
    out.flush();
  }

  /** The fixture in one line: {@code 3 accounts, 7 roles, signed-in user workday_worker}. */
  private static String summary(Fixture fixture, Messages messages) {
    int accounts = fixture.accounts().size();
    int roles = fixture.roleCount();
    return messages.get(
        "sandbox.fixture.summary",
        accounts == 1
            ? messages.get("sandbox.fixture.accounts.one")
            : messages.get("sandbox.fixture.accounts", accounts),
        roles == 1
            ? messages.get("sandbox.fixture.roles.one")
            : messages.get("sandbox.fixture.roles", roles),
        fixture.signedInUser());
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
      throw usage("sandbox.notPositive", option, duration);
    }
  }

  /** Bad input (exit 2), shown as picocli shows a bad option, with the help command after it. */
  private ParameterException usage(String key, Object... arguments) {
    return new ParameterException(spec.commandLine(), context.messages().get(key, arguments));
  }
}
