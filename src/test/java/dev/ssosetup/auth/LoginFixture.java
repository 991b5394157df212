package dev.ssosetup.auth;

import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.TestHome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** An {@link SsoLogin} against a sandbox, in a test's own home, with its debug log captured. */
final class LoginFixture implements AutoCloseable {
  final TestHome home;
  final TokenCache cache;
  final AwsClients clients;
  final StringWriter debugLog = new StringWriter();

  LoginFixture(Path homeFolder, Clock clock) {
    home = new TestHome(homeFolder).clock(clock);
    cache = new TokenCache(home.ssoCache(), clock, home.locks());
    clients = new AwsClients(new PrintWriter(debugLog, true));
  }

  SsoLogin login(BrowserOpener browser) {
    return new SsoLogin(clients, cache, browser, home.environment());
  }

  /** A login in an environment with these extra variables (name, value, ...). */
  SsoLogin login(BrowserOpener browser, String... variables) {
    for (int i = 0; i < variables.length; i += 2) {
      home.variable(variables[i], variables[i + 1]);
    }
    return login(browser);
  }

  static SsoSessionRef session(Sandbox sandbox) {
    return new SsoSessionRef(
        "corp", sandbox.startUrl(), sandbox.region(), List.of("sso:account:access"));
  }

  static SsoSessionRef legacy(Sandbox sandbox) {
    return new SsoSessionRef(null, sandbox.startUrl(), sandbox.region(), List.of());
  }

  @Override
  public void close() {
    clients.close();
  }
}
