package pressfacts.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pressfacts.record.PressRecord;
import pressfacts.record.RecordJson;
import pressfacts.testing.SpanInvariants;

/** The correction server over HTTP on an ephemeral loopback port, driven as the page's script drives it. */
class ReviewServerTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @TempDir
  Path corrections;
  private ReviewServer server;

  @BeforeEach
  void start() throws IOException {
    server = ReviewServer.start(ReviewFixtures.items(), corrections, 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  @Test
  void servesTheIndexAndAnEditablePage() throws Exception {
    HttpResponse<String> index = get("/");
    assertEquals(200, index.statusCode());
    assertTrue(index.body().contains("href=\"doc-harbour.html\""), "index links the page");
    HttpResponse<String> page = get("/doc-harbour.html");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("data-api=\"api/doc-harbour.json\""), "page knows its API");
    assertTrue(page.body().contains("class=\"reject\""), "page has controls");
    assertEquals(404, get("/doc-nothing.html").statusCode());
  }

  @Test
  void rejectARoleFixADateValueAndSave() throws Exception {
    JsonNode got = MAPPER.readTree(get("/api/doc-harbour.json").body());
    assertFalse(got.get("saved").asBoolean());
    ObjectNode record = (ObjectNode) got.get("record");
    // Reject the judge's role (the first), keep the adviser's.
    ((ArrayNode) record.get("roles")).remove(0);
    // "2 April 2021" is the second date; the analyst reads it as the 3rd.
    ((ObjectNode) record.get("dates").get(1)).put("value", "2021-04-03");

    HttpResponse<String> saved = post("/api/doc-harbour.json", MAPPER.writeValueAsString(record));
    assertEquals(200, saved.statusCode(), saved.body());
    Path file = corrections.resolve("harbour.json");
    assertEquals(file.toString(), MAPPER.readTree(saved.body()).get("saved").asText());

    PressRecord r = (PressRecord) RecordJson.read(Files.readString(file));
    SpanInvariants.assertSpansMatch(ReviewFixtures.TEXT, r);
    assertEquals("e2 adviser e3", r.roles().stream().map(x -> x.person() + " " + x.title() + " " + x.organization())
        .reduce((a, b) -> a + "; " + b).orElse(""));
    assertEquals("2 April 2021=2021-04-03", r.dates().get(1).text() + "=" + r.dates().get(1).value().iso());
    assertEquals(0, r.warnings().size());
    // The page and the API now show the saved correction.
    assertTrue(MAPPER.readTree(get("/api/doc-harbour.json").body()).get("saved").asBoolean());
  }

  @Test
  void aRecordWhoseTextIsOffItsOffsetsIsRefusedWithTheReason() throws Exception {
    ObjectNode record = (ObjectNode) MAPPER.readTree(get("/api/doc-harbour.json").body()).get("record");
    ObjectNode date = (ObjectNode) record.get("dates").get(1);
    date.put("start", date.get("start").asInt() + 1);
    date.put("end", date.get("end").asInt() + 1);
    HttpResponse<String> res = post("/api/doc-harbour.json", MAPPER.writeValueAsString(record));
    assertEquals(400, res.statusCode());
    assertTrue(res.body().contains("text '2 April 2021' is not the text at these offsets: ' April 2021.'"), res.body());
    assertFalse(Files.exists(corrections.resolve("harbour.json")), "nothing written");
  }

  @Test
  void aRecordOfAnotherDocumentOrNotJsonIsRefused() throws Exception {
    ObjectNode record = (ObjectNode) MAPPER.readTree(get("/api/doc-harbour.json").body()).get("record");
    record.put("doc_id", "harbour-clean");
    assertEquals(400, post("/api/doc-harbour.json", MAPPER.writeValueAsString(record)).statusCode());
    assertEquals(400, post("/api/doc-harbour.json", "{not json").statusCode());
  }
}
