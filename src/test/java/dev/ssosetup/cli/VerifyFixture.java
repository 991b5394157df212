package dev.ssosetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.CliRun;
import dev.ssosetup.testkit.CliRun.Result;
import dev.ssosetup.testkit.RunLanguage;
import dev.ssosetup.testkit.SandboxClients;
import dev.ssosetup.testkit.SandboxConfig;
import dev.ssosetup.testkit.SandboxEndpoints;
import dev.ssosetup.testkit.SandboxExtension;
import dev.ssosetup.testkit.SandboxLogin;
import dev.ssosetup.testkit.SdkHome;
import dev.ssosetup.testkit.TestHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.sso.SsoClient;

/**
 * What the tests of {@code verify} share: a sandbox the SDK is pointed at, the SDK's own home (its
 * credential provider reads the token cache there), the team-guide config with a good profile and
 * three that fail, logins put in the token cache, and a run of verify that checks the config file
 * is never changed. Register it on an instance field:
 *
 * <pre>{@code
 * @RegisterExtension final VerifyFixture fixture = new VerifyFixture();
 * }</pre>
 */
final class VerifyFixture implements BeforeEachCallback, AfterEachCallback {
  static final String ACCOUNT = "111122223333";

  private final SandboxExtension extension;
  private final SdkHome sdkHome = new SdkHome();

  /** The small fixture (workday_worker, 111122223333, S3DynamoDBAccess). */
  VerifyFixture() {
    this(UnaryOperator.identity());
  }

  VerifyFixture(UnaryOperator<Sandbox.Builder> configuration) {
    this.extension = SandboxExtension.with(configuration).pointingTheSdkAtIt();
  }

  Sandbox sandbox() {
    return extension.get();
  }

  TestHome home() {
    return sdkHome.get();
  }

  /**
   * {@code workday} (sso-session corp, passes once logged in), {@code legacy}, {@code static} (not
   * SSO) and {@code orphan} (its sso-session block is missing).
   */
  String config() {
    return "[profile workday]\n"
        + "sso_session = corp\n"
        + "sso_account_id = 111122223333\n"
        + "sso_role_name = S3DynamoDBAccess\n"
        + "region = ap-northeast-1\n"
        + "\n"
        + SandboxConfig.legacyProfile(sandbox(), "legacy")
        + "\n"
        + "[profile static]\n"
        + "aws_access_key_id = AKIDEXAMPLE\n"
        + "aws_secret_access_key = not-a-real-secret\n"
        + "\n"
        + "[profile orphan]\n"
        + "sso_session = gone\n"
        + "sso_account_id = 111122223333\n"
        + "sso_role_name = S3DynamoDBAccess\n"
        + "\n"
        + SandboxConfig.session(sandbox(), "corp");
  }

  /**
   * Profiles {@code workload-1} to {@code workload-N} of the generated organisation (its accounts
   * 100000000001…, role AdministratorAccess) in one sso-session, and that session's block.
   */
  String workloads(int count, String session) {
    StringBuilder config = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      config
          .append("[profile workload-")
          .append(i)
          .append("]\nsso_session = ")
          .append(session)
          .append("\nsso_account_id = ")
          .append(String.format(Locale.ROOT, "%012d", 100_000_000_000L + i))
          .append("\nsso_role_name = AdministratorAccess\n\n");
    }
    return config
        .append("[sso-session ")
        .append(session)
        .append("]\nsso_start_url = ")
        .append(sandbox().startUrl())
        .append("\nsso_region = ")
        .append(sandbox().region())
        .append('\n')
        .toString();
  }

  SsoSessionRef corp() {
    return session("corp");
  }

  /** The {@code [sso-session name]} of the sandbox, as the token cache knows it. */
  SsoSessionRef session(String name) {
    return SandboxLogin.session(sandbox(), name);
  }

  SsoSessionRef legacy() {
    return SandboxLogin.legacySession(sandbox());
  }

  /** Logs in and caches the token for the session, expiring then. */
  SandboxLogin.Login loggedIn(SsoSessionRef session, Instant expiresAt) {
    return SandboxLogin.cached(sandbox(), home(), session, expiresAt);
  }

  /** Logged in to sso-session corp for another hour. */
  SandboxLogin.Login loggedIn() {
    return loggedIn(corp(), Instant.now().plusSeconds(3600));
  }

  /**
   * Logged in to sso-session corp (the token expiring then), and then signed out at the portal,
   * which ends the sign-in session: the token and its refresh token are refused from now on.
   */
  SandboxLogin.Login signedOutAtThePortal(Instant expiresAt) {
    SandboxLogin.Login login = loggedIn(corp(), expiresAt);
    try (SsoClient portal = SandboxClients.portal(sandbox())) {
      portal.logout(r -> r.accessToken(login.accessToken()));
    }
    return login;
  }

  /** An http URL on 127.0.0.1 at a port nothing listens on. */
  static String closedUrl() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A run with the SDK's endpoint for one service ({@code AWS_ENDPOINT_URL_SSO}, ...) elsewhere.
   */
  static Result withEndpoint(String variable, String url, Supplier<Result> run) {
    try (SandboxEndpoints endpoints = SandboxEndpoints.pointAt(Map.of(variable, url))) {
      return run.get();
    }
  }

  /** {@code verify ARGS} with {@link #config()} written, under the home's own locale. */
  Result verify(String... args) {
    return verifyWith(null, config(), args);
  }

  /** {@code verify ARGS} with {@link #config()} written, in the language given. */
  Result verify(RunLanguage language, String... args) {
    return verifyWith(language, config(), args);
  }

  /**
   * {@code verify ARGS} with this config written, in the language given (null: as the home is);
   * fails the test if the config file changed, whatever the outcome.
   */
  Result verifyWith(RunLanguage language, String config, String... args) {
    home().writeConfig(config);
    byte[] before = home().configBytes();
    String[] all = prepend("verify", args);
    Result result = language == null ? CliRun.run(home(), all) : language.run(home(), all);
    assertThat(home().configBytes()).as("the config file is never changed").isEqualTo(before);
    return result;
  }

  static String[] prepend(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    extension.beforeEach(context);
    sdkHome.beforeEach(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      sdkHome.afterEach(context);
    } finally {
      extension.afterEach(context);
    }
  }
}
