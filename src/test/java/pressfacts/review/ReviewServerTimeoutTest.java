package pressfacts.review;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The time limit of the correction server's exchanges: a request that stops half-way is cut, and
 * its worker freed. One worker and a one-second limit, so the stalled request holds the only
 * worker until it is cut; every wait is bounded.
 */
class ReviewServerTimeoutTest {
  @TempDir
  Path corrections;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // Headers that never end.
      "headers",
      // A save whose body stops after one byte of the 100 announced.
      "body"})
  void aStalledRequestIsCutAfterTheTimeLimit(String where) throws Exception {
    try (ReviewServer small = ReviewServer.start(ReviewFixtures.items(), corrections, 0, 1, Duration.ofSeconds(1));
         Socket stalled = new Socket()) {
      ReviewHttp http = new ReviewHttp(small.port());
      String host = "Host: 127.0.0.1:" + small.port() + "\r\n";
      String request = where.equals("headers") ? "GET / HTTP/1.1\r\n" + host
          : "POST /api/doc-harbour.json HTTP/1.1\r\n" + host + "Content-Type: application/json\r\n"
              + ReviewHttp.TOKEN_HEADER + ": " + http.token("/doc-harbour.html") + "\r\nContent-Length: 100\r\n\r\n{";
      stalled.connect(new InetSocketAddress("127.0.0.1", small.port()), 10_000);
      stalled.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      stalled.getOutputStream().flush();
      stalled.setSoTimeout(15_000);
      // The server closes the stalled connection: the read ends (at -1, after an error answer if any);
      // without the limit it would end in a SocketTimeoutException.
      while (stalled.getInputStream().read() >= 0) {
        // drain
      }
      String answer = http.raw("GET / HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n", Duration.ofSeconds(10));
      assertTrue(answer.contains(" 200"), "the worker is free again: " + answer);
    }
  }
}
