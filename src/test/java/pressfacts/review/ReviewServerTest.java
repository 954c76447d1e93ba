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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pressfacts.doc.EventType;
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

  /** POSTs as the page's script does: JSON, with the session token the page carries. */
  private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return new ReviewHttp(server.port()).save("/doc-harbour.html", path, body);
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

  @Test
  void idsThatLookAlikeInAFileNameKeepTheirOwnCorrections() throws Exception {
    List<ReviewItem> items = List.of(
        new ReviewItem(ReviewFixtures.record("a b", List.of(), EventType.MEETING), ReviewFixtures.TEXT),
        new ReviewItem(ReviewFixtures.record("a_b", List.of(), EventType.MEETING), ReviewFixtures.TEXT),
        new ReviewItem(ReviewFixtures.record("A_B", List.of(), EventType.MEETING), ReviewFixtures.TEXT));
    PageNames pages = new PageNames(items);
    try (ReviewServer two = ReviewServer.start(items, corrections, 0)) {
      ReviewHttp h = new ReviewHttp(two.port());
      String page = "/" + pages.of("a b") + ".html";
      String api = "/api/" + pages.of("a b") + ".json";
      ObjectNode record = (ObjectNode) MAPPER.readTree(h.get(api).body()).get("record");
      ((ArrayNode) record.get("roles")).remove(0);
      assertEquals(200, h.save(page, api, MAPPER.writeValueAsString(record)).statusCode());
      for (String other : List.of("a_b", "A_B")) {
        JsonNode got = MAPPER.readTree(h.get("/api/" + pages.of(other) + ".json").body());
        assertFalse(got.get("saved").asBoolean(), other + " has no correction");
        assertEquals(other, got.get("record").get("doc_id").asText());
        assertEquals(2, got.get("record").get("roles").size());
      }
      // Correcting 'a_b' then leaves 'a b' as it was saved.
      String api2 = "/api/" + pages.of("a_b") + ".json";
      ObjectNode record2 = (ObjectNode) MAPPER.readTree(h.get(api2).body()).get("record");
      assertEquals(200, h.save("/" + pages.of("a_b") + ".html", api2, MAPPER.writeValueAsString(record2)).statusCode());
      JsonNode first = MAPPER.readTree(h.get(api).body());
      assertEquals("a b", first.get("record").get("doc_id").asText());
      assertEquals(1, first.get("record").get("roles").size());
    }
    try (Stream<Path> files = Files.list(corrections)) {
      assertEquals(2, files.filter(p -> p.toString().endsWith(".json")).count(), "one file per doc_id");
    }
  }

  @Test
  void aDocIdOfHundredsOfCharactersIsServedAndSaved() throws Exception {
    String longId = "county/" + "Press release on the sentencing of a defendant ".repeat(8) + "2021";
    List<ReviewItem> items = List.of(new ReviewItem(ReviewFixtures.record(longId, List.of(), EventType.MEETING),
        ReviewFixtures.TEXT));
    PageNames pages = new PageNames(items);
    try (ReviewServer one = ReviewServer.start(items, corrections, 0)) {
      ReviewHttp h = new ReviewHttp(one.port());
      assertTrue(h.get("/").body().contains("href=\"" + pages.of(longId) + ".html\""));
      String page = "/" + pages.of(longId) + ".html";
      String api = "/api/" + pages.of(longId) + ".json";
      assertEquals(200, h.get(page).statusCode());
      ObjectNode record = (ObjectNode) MAPPER.readTree(h.get(api).body()).get("record");
      ((ArrayNode) record.get("roles")).remove(0);
      HttpResponse<String> saved = h.save(page, api, MAPPER.writeValueAsString(record));
      assertEquals(200, saved.statusCode(), saved.body());
      JsonNode got = MAPPER.readTree(h.get(api).body());
      assertTrue(got.get("saved").asBoolean());
      assertEquals(longId, got.get("record").get("doc_id").asText());
      assertTrue(Path.of(MAPPER.readTree(saved.body()).get("saved").asText()).getFileName().toString().length() < 120);
    }
  }
}
