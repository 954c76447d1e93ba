package pressfacts.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a web page the analyst visits, or a DNS-rebinding host, can do to the correction server:
 * nothing. Writes need the session token of the served pages and a JSON body; requests for
 * another Host or from another Origin are refused; a save must be a whole record of its document;
 * stalled requests neither hang the server nor hold a worker for ever.
 */
class ReviewServerSecurityTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String PAGE = "/doc-harbour.html";
  private static final String API = "/api/doc-harbour.json";

  @TempDir
  Path corrections;
  private ReviewServer server;
  private ReviewHttp http;

  @BeforeEach
  void start() throws IOException {
    server = ReviewServer.start(ReviewFixtures.items(), corrections, 0);
    http = new ReviewHttp(server.port());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** The record the API gives, with the judge's role rejected: a valid correction. */
  private String correction() throws Exception {
    ObjectNode record = (ObjectNode) MAPPER.readTree(http.get(API).body()).get("record");
    ((ArrayNode) record.get("roles")).remove(0);
    return MAPPER.writeValueAsString(record);
  }

  @Test
  void aCrossOriginTextPlainPostIsRefused() throws Exception {
    // What a form or fetch() on another site can send without a preflight.
    HttpResponse<String> res = http.post(API, correction(), "Content-Type", "text/plain", "Origin", "http://evil.example");
    assertEquals(403, res.statusCode(), res.body());
    assertFalse(Files.exists(corrections.resolve("harbour.json")), "nothing written");
    // The same with the page's token, still from the foreign origin and as text/plain.
    res = http.post(API, correction(), "Content-Type", "text/plain", "Origin", "http://evil.example",
        ReviewHttp.TOKEN_HEADER, http.token(PAGE));
    assertEquals(403, res.statusCode(), res.body());
    assertFalse(Files.exists(corrections.resolve("harbour.json")), "nothing written");
  }

  @Test
  void aWriteNeedsTheSessionTokenOfThePages() throws Exception {
    String json = correction();
    assertEquals(403, http.post(API, json, "Content-Type", "application/json").statusCode(), "no token");
    assertEquals(403, http.post(API, json, "Content-Type", "application/json", ReviewHttp.TOKEN_HEADER, "0".repeat(64))
        .statusCode(), "a wrong token");
    assertFalse(Files.exists(corrections.resolve("harbour.json")), "nothing written");
    String token = http.token(PAGE);
    assertTrue(token.length() >= 32, "the page carries a token: '" + token + "'");
    HttpResponse<String> res = http.post(API, json, "Content-Type", "application/json", ReviewHttp.TOKEN_HEADER, token,
        "Origin", "http://127.0.0.1:" + server.port());
    assertEquals(200, res.statusCode(), res.body());
    assertTrue(Files.exists(corrections.resolve("harbour.json")));
    // The token is one per server session: another server has another.
    try (ReviewServer other = ReviewServer.start(ReviewFixtures.items(), corrections, 0)) {
      assertFalse(token.equals(new ReviewHttp(other.port()).token(PAGE)), "a new session, a new token");
    }
  }

  @Test
  void onlyLoopbackHostsWithThisPortAreAnswered() throws Exception {
    int port = server.port();
    // DNS rebinding: evil.example resolved to 127.0.0.1 sends its own name as Host.
    assertTrue(http.rawGet("/", "evil.example:" + port, null).contains(" 403"), "a foreign host");
    assertTrue(http.rawGet(API, "evil.example:" + port, null).contains(" 403"), "a foreign host reading a record");
    assertTrue(http.rawGet("/", "evil.example", null).contains(" 403"), "a foreign host without port");
    assertTrue(http.rawGet("/", "127.0.0.1:" + (port == 65535 ? port - 1 : port + 1), null).contains(" 403"),
        "another port");
    assertTrue(http.rawGet("/", "127.0.0.1:" + port, null).contains(" 200"), "127.0.0.1");
    assertTrue(http.rawGet("/", "localhost:" + port, null).contains(" 200"), "localhost");
    // A read from a foreign origin, and from the server's own.
    assertTrue(http.rawGet(API, "127.0.0.1:" + port, "http://evil.example").contains(" 403"), "a foreign origin");
    assertTrue(http.rawGet(API, "127.0.0.1:" + port, "null").contains(" 403"), "an opaque origin");
    assertTrue(http.rawGet(API, "127.0.0.1:" + port, "http://127.0.0.1:" + port).contains(" 200"), "its own origin");
    assertTrue(http.rawGet(API, "localhost:" + port, "http://localhost:" + port).contains(" 200"), "its own origin");
  }

  @Test
  void anIncompleteRecordDoesNotOverwriteACorrection() throws Exception {
    assertEquals(200, http.save(PAGE, API, correction()).statusCode());
    Path file = corrections.resolve("harbour.json");
    String saved = Files.readString(file, StandardCharsets.UTF_8);
    // Only a doc_id: read leniently, it would be a record with no facts at all.
    HttpResponse<String> res = http.save(PAGE, API, "{\"doc_id\":\"harbour\"}");
    assertEquals(400, res.statusCode(), res.body());
    assertTrue(res.body().contains("entities"), res.body());
    // A record that lacks its lists.
    ObjectNode record = (ObjectNode) MAPPER.readTree(correction());
    record.remove("entities");
    record.remove("roles");
    assertEquals(400, http.save(PAGE, API, MAPPER.writeValueAsString(record)).statusCode());
    // Wrong facts for this text: a mention whose text is not at its offsets.
    record = (ObjectNode) MAPPER.readTree(correction());
    ((ObjectNode) record.get("entities").get(0).get("mentions").get(0)).put("text", "Maria Olsen!");
    assertEquals(400, http.save(PAGE, API, MAPPER.writeValueAsString(record)).statusCode());
    assertEquals(saved, Files.readString(file, StandardCharsets.UTF_8), "the correction is unchanged");
  }

  @Test
  void twoStalledRequestsDoNotHangTheServer() throws Exception {
    List<Socket> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        // One connection that sends nothing, one that starts a request and stops.
        stalled.add(connect());
        Socket partial = connect();
        partial.getOutputStream().write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        partial.getOutputStream().flush();
        stalled.add(partial);
      }
      Thread.sleep(300);
      String answer = http.raw("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n",
          Duration.ofSeconds(10));
      assertTrue(answer.contains(" 200"), "a third request is answered: " + answer);
    } finally {
      for (Socket s : stalled) {
        s.close();
      }
    }
  }

  private Socket connect() throws IOException {
    return connect(server.port());
  }

  private static Socket connect(int port) throws IOException {
    Socket s = new Socket();
    s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
    return s;
  }
}
