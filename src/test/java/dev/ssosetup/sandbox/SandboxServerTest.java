package dev.ssosetup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.testkit.Await;
import dev.ssosetup.testkit.SandboxClients;
import dev.ssosetup.testkit.SandboxLogin;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.AccountInfo;
import software.amazon.awssdk.services.sso.model.RoleInfo;

/** The server itself: where it listens, its lifecycle, and that it serves concurrently. */
class SandboxServerTest {
  @Test
  void listensOn127001Only_notOnAnyOtherAddressOfThisMachine() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().build().start()) {
      int port = sandbox.port();
      assertThat(sandbox.oidcEndpoint().getHost()).isEqualTo("127.0.0.1");
      assertThat(canConnect(InetAddress.getByName("127.0.0.1"), port)).isTrue();

      List<InetAddress> others = new ArrayList<>();
      others.add(InetAddress.getByName("127.0.0.2")); // on Linux all of 127/8 reaches lo
      others.add(InetAddress.getByName("::1"));
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        others.addAll(Collections.list(nic.getInetAddresses()));
      }
      others.removeIf(address -> address.getHostAddress().equals("127.0.0.1"));

      for (InetAddress other : others) {
        assertThat(canConnect(other, port)).as("reachable on " + other).isFalse();
      }
    }
  }

  @Test
  void endpoints_areAllTheOneBaseUrl_andTheVariablesNameThem() {
    try (Sandbox sandbox = Sandbox.builder().build().start()) {
      String base = "http://127.0.0.1:" + sandbox.port();

      assertThat(
              List.of(
                  sandbox.oidcEndpoint(),
                  sandbox.portalEndpoint(),
                  sandbox.stsEndpoint(),
                  sandbox.s3Endpoint(),
                  sandbox.signinEndpoint()))
          .allMatch(uri -> uri.toString().equals(base));
      assertThat(sandbox.endpointVariables())
          .containsExactly(
              Map.entry("AWS_ENDPOINT_URL_SSO_OIDC", base),
              Map.entry("AWS_ENDPOINT_URL_SSO", base),
              Map.entry("AWS_ENDPOINT_URL_STS", base),
              Map.entry("AWS_ENDPOINT_URL_S3", base),
              Map.entry("AWS_ENDPOINT_URL_SSO_ADMIN", base),
              Map.entry("AWS_ENDPOINT_URL_IDENTITYSTORE", base),
              Map.entry("AWS_ENDPOINT_URL_ORGANIZATIONS", base),
              Map.entry("AWS_ENDPOINT_URL_IAM", base),
              Map.entry("AWS_ENDPOINT_URL_SIGNIN", base));
    }
  }

  @Test
  void beforeStart_theEndpointsAreNotKnown() {
    Sandbox sandbox = Sandbox.builder().build();

    assertThatThrownBy(sandbox::oidcEndpoint).hasMessageContaining("not started");
  }

  @Test
  void startTwice_isAnError() {
    try (Sandbox sandbox = Sandbox.builder().build().start()) {
      assertThatThrownBy(sandbox::start).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void close_freesThePort() throws Exception {
    Sandbox sandbox = Sandbox.builder().build().start();
    int port = sandbox.port();

    sandbox.close();

    assertThat(canConnect(InetAddress.getByName("127.0.0.1"), port)).isFalse();
    try (Sandbox again = Sandbox.builder().port(port).build().start()) {
      assertThat(again.port()).isEqualTo(port);
    }
  }

  @Test
  void invalidSettings_failAtBuild() {
    assertThatThrownBy(() -> Sandbox.builder().failRate(1.5).build())
        .hasMessageContaining("fail rate");
    assertThatThrownBy(() -> Sandbox.builder().tokenLifetime(Duration.ZERO).build())
        .hasMessageContaining("token lifetime must be positive");
    assertThatThrownBy(() -> Sandbox.builder().throttleRps(-1).build())
        .hasMessageContaining("throttle rate");
    assertThatThrownBy(() -> Sandbox.builder().port(65_536)).hasMessageContaining("port");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void latency_isPerRequest_soConcurrentRequestsDoNotQueue() throws Exception {
    int clients = 10;
    try (Sandbox sandbox = Sandbox.builder().build().start();
        SsoClient portal = SandboxClients.portal(sandbox)) {
      String token = SandboxLogin.deviceCode(sandbox).accessToken();
      portal.listAccounts(r -> r.accessToken(token)); // warm the connection pool up
      // Long enough that no request gets through on its own: all of them must be waiting at once.
      sandbox.setLatency(Duration.ofMinutes(10));

      ExecutorService pool = Executors.newFixedThreadPool(clients);
      try {
        List<Future<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
          calls.add(
              pool.submit(
                  () -> portal.listAccounts(r -> r.accessToken(token)).accountList().size()));
        }
        // Had the latency been served one request at a time, only one would ever be waiting.
        Await.until(
            Duration.ofSeconds(60),
            () -> sandbox.requestsInLatency() == clients,
            () -> sandbox.requestsInLatency() + " requests waiting out the latency together");
        sandbox.setLatency(Duration.ZERO); // lets the held requests go at once
        for (Future<Integer> call : calls) {
          assertThat(call.get()).isEqualTo(1);
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(sandbox.requestsInLatency()).isZero();
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aLargeOrganisation_isServedCompletelyAndCorrectlyToConcurrentClients() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().fixture(Fixture.generated(1000, 3)).build().start();
        SsoClient portal = SandboxClients.portal(sandbox)) {
      String token = SandboxLogin.deviceCode(sandbox).accessToken();
      List<String> accountIds =
          portal
              .listAccountsPaginator(r -> r.accessToken(token).maxResults(100))
              .accountList()
              .stream()
              .map(AccountInfo::accountId)
              .toList();
      assertThat(accountIds).hasSize(1000).doesNotHaveDuplicates();

      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Callable<List<RoleInfo>>> calls = new ArrayList<>();
        for (String accountId : accountIds) {
          calls.add(
              () ->
                  portal
                      .listAccountRoles(r -> r.accessToken(token).accountId(accountId))
                      .roleList());
        }
        int roles = 0;
        for (Future<List<RoleInfo>> result : pool.invokeAll(calls)) {
          assertThat(result.get())
              .extracting(RoleInfo::roleName)
              .containsExactly("AdministratorAccess", "ReadOnlyAccess", "S3DynamoDBAccess");
          roles += result.get().size();
        }
        assertThat(roles).isEqualTo(3000);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static boolean canConnect(InetAddress address, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
