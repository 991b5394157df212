package dev.ssosetup.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.common.UserLanguage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The PKCE redirect target: one callback with the right state, on 127.0.0.1 only. */
@Timeout(30)
class LoopbackServerTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final HttpClient browser =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private LoopbackServer server;

  @AfterEach
  void tearDown() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void redirectUri_isOn127001WithTheCallbackPath() {
    server = LoopbackServer.start(0, "state-1");

    assertThat(server.redirectUri())
        .isEqualTo("http://127.0.0.1:" + server.port() + "/oauth/callback");
    assertThat(server.port()).isPositive();
  }

  @Test
  void aCallbackWithTheRightState_givesTheCode_andTellsTheBrowserToReturnToTheTerminal()
      throws Exception {
    server = LoopbackServer.start(0, "state-1");

    HttpResponse<String> page = get("?code=the-code&state=state-1");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Return to the terminal");
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(server.awaitCode(WAIT)).isEqualTo("the-code");
  }

  @Test
  void aCallbackWithAWrongState_isRefused_andTheRightOneIsStillAcceptedAfter() throws Exception {
    server = LoopbackServer.start(0, "state-1");
    CompletableFuture<String> code = CompletableFuture.supplyAsync(() -> server.awaitCode(WAIT));

    HttpResponse<String> wrong = get("?code=forged-code&state=someone-else");
    HttpResponse<String> missing = get("?code=forged-code");

    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("does not belong to the login");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(code).isNotDone();

    assertThat(get("?code=the-code&state=state-1").statusCode()).isEqualTo(200);
    assertThat(code.get(10, TimeUnit.SECONDS)).isEqualTo("the-code");
  }

  @Test
  void onlyOneCallbackIsAccepted() throws Exception {
    server = LoopbackServer.start(0, "state-1");

    assertThat(get("?code=first&state=state-1").statusCode()).isEqualTo(200);
    HttpResponse<String> second = get("?code=second&state=state-1");

    assertThat(second.statusCode()).isEqualTo(400);
    assertThat(second.body()).contains("already been answered");
    assertThat(server.awaitCode(WAIT)).isEqualTo("first");
  }

  @Test
  void anAccessDeniedCallback_endsTheWaitWithAClearFailure() throws Exception {
    server = LoopbackServer.start(0, "state-1");

    HttpResponse<String> page =
        get(
            "?error=access_denied&error_description=The%20user%20denied%20the%20request.&state=state-1");

    assertThat(page.body()).contains("Return to the terminal");
    assertThatThrownBy(() -> server.awaitCode(WAIT))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
              assertThat(e.getMessage())
                  .isEqualTo("The login was denied in the browser (The user denied the request.).");
            });
  }

  @Test
  void inJapanese_thePageAndTheFailureAreJapanese_theRedirectsWordsAsSent() throws Exception {
    Messages japanese = Messages.of(UserLanguage.JAPANESE);
    server = LoopbackServer.start(0, "state-1", japanese);

    HttpResponse<String> page =
        get("?error=access_denied&error_description=%3Cb%3Enope%3C%2Fb%3E&state=state-1");

    assertThat(page.body())
        .contains("<title>サインインが完了しませんでした</title>")
        .contains("<p>サインインは access_denied で終わりました。端末に戻ってください。</p>")
        .doesNotContain("Return to the terminal");
    assertThatThrownBy(() -> server.awaitCode(WAIT))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.message(japanese)).isEqualTo("ブラウザーでログインが拒否されました (<b>nope</b>)。");
              assertThat(e.hint(japanese)).contains("「許可」");
              assertThat(e.getMessage())
                  .isEqualTo("The login was denied in the browser (<b>nope</b>).");
            });
  }

  @Test
  void otherErrorsAreNamed() throws Exception {
    server = LoopbackServer.start(0, "state-1");

    get("?error=invalid_scope&state=state-1");

    assertThatThrownBy(() -> server.awaitCode(WAIT)).hasMessageContaining("invalid_scope");
  }

  @Test
  void anIdleConnection_doesNotHoldUpTheRealRedirect() throws Exception {
    server = LoopbackServer.start(0, "state-1");
    try (Socket idle = new Socket("127.0.0.1", server.port());
        Socket half = new Socket("127.0.0.1", server.port())) {
      // One says nothing; the other starts a request and stops, as a preconnecting browser or a
      // hostile local process might.
      half.getOutputStream()
          .write("GET /oauth/callback?code=x".getBytes(StandardCharsets.US_ASCII));
      half.getOutputStream().flush();

      HttpResponse<String> page = get("?code=the-code&state=state-1");

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(server.awaitCode(WAIT)).isEqualTo("the-code");
    }
  }

  @Test
  void aConnectionThatStopsMidRequest_isClosedAfterTheReadTimeout() throws Exception {
    server = LoopbackServer.start(0, "state-1", Duration.ofMillis(200));
    try (Socket half = new Socket("127.0.0.1", server.port())) {
      half.setSoTimeout((int) WAIT.toMillis());
      half.getOutputStream().write("GET /oauth/call".getBytes(StandardCharsets.US_ASCII));
      half.getOutputStream().flush();

      // The server gives up on it: the connection ends, with no answer.
      assertThat(half.getInputStream().read()).isEqualTo(-1);
    }
  }

  @Test
  void theErrorOnThePage_isEscapedAsHtml_andInTheTerminal() throws Exception {
    server = LoopbackServer.start(0, "state-1");

    HttpResponse<String> page =
        get(
            "?error=%3Cscript%3Ealert(1)%3C%2Fscript%3E"
                + "&error_description=%1B%5D52%3Bc%3BeA%3D%3D%07%3Cimg%20src%3Dx%3E&state=state-1");

    assertThat(page.body()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)");
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThatThrownBy(() -> server.awaitCode(WAIT))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e ->
                assertThat(e.getMessage())
                    .doesNotContain("\u001b", "\u0007")
                    .contains("\\e]52;c;eA==\\x07<img src=x>"));
  }

  @Test
  void otherPathsAndMethods_areRefused() throws Exception {
    server = LoopbackServer.start(0, "state-1");

    assertThat(send(HttpRequest.newBuilder(base("/favicon.ico")).GET()).statusCode())
        .isEqualTo(404);
    assertThat(
            send(HttpRequest.newBuilder(base("/oauth/callback?code=c&state=state-1"))
                    .POST(HttpRequest.BodyPublishers.noBody()))
                .statusCode())
        .isEqualTo(405);
    assertThat(get("?code=c&state=state-1").statusCode()).isEqualTo(200);
  }

  @Test
  void awaitCode_givesUpAfterTheTimeout_withAClearFailure() {
    server = LoopbackServer.start(0, "state-1");

    assertThatThrownBy(() -> server.awaitCode(Duration.ofMillis(50)))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
              assertThat(e.getMessage()).contains("No answer came from the browser");
              assertThat(e.hint()).contains("--use-device-code");
            });
  }

  @Test
  void itListensOn127001Only_notOnAnotherLocalAddress() throws IOException {
    server = LoopbackServer.start(0, "state-1");

    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
      assertThat(socket.isConnected()).isTrue();
    }
    // Every 127/8 address is this machine, but the server is bound to 127.0.0.1 alone.
    assertThatThrownBy(
            () -> {
              try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.2", server.port()), 2000);
              }
            })
        .isInstanceOf(IOException.class);
  }

  @Test
  void aGivenPortIsUsed() throws IOException {
    int port = freePort();

    server = LoopbackServer.start(port, "state-1");

    assertThat(server.redirectUri()).isEqualTo("http://127.0.0.1:" + port + "/oauth/callback");
  }

  @Test
  void aPortInUse_isAFailureThatSaysWhatToDo() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      assertThatThrownBy(() -> LoopbackServer.start(taken.getLocalPort(), "state-1"))
          .isInstanceOfSatisfying(
              UserFacingException.class,
              e -> {
                assertThat(e.getMessage()).contains("127.0.0.1:" + taken.getLocalPort());
                assertThat(e.hint()).contains("--redirect-port");
              });
    }
  }

  @Test
  void close_freesThePort() throws IOException {
    server = LoopbackServer.start(0, "state-1");
    int port = server.port();

    server.close();
    server = null;

    // Binding the same port again proves it was released. (Connecting and expecting a refusal
    // was racy: tests run in parallel, and another one could be handed the same free port.)
    try (ServerSocket again =
        new ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      assertThat(again.getLocalPort()).isEqualTo(port);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket =
        new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }

  private HttpResponse<String> get(String query) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(base("/oauth/callback" + query)).GET());
  }

  private URI base(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return browser.send(request.timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
  }
}
