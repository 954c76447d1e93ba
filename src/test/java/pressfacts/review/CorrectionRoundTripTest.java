package pressfacts.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pressfacts.doc.EventType;
import pressfacts.eval.CorpusChecker;
import pressfacts.eval.ErrorItem;
import pressfacts.eval.EvalReport;
import pressfacts.eval.Evaluator;
import pressfacts.eval.GoldCorpus;
import pressfacts.eval.GoldDoc;
import pressfacts.eval.ReleasePool;
import pressfacts.record.PressRecord;
import pressfacts.record.RecordJson;

/**
 * A correction made in {@code serve} joins the corpus: saved, it passes {@code corpus check} as it
 * lies in the corrections folder, and {@code eval} scores the original records against it. One
 * test per kind of input the records came from: a folder of .txt files, JSON Lines with a supplied
 * date and title, an HTML page (the record carries its text), and a release of the pool.
 */
class CorrectionRoundTripTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path work;

  private Path records(PressRecord... rs) throws IOException {
    Path p = work.resolve("records.jsonl");
    StringBuilder sb = new StringBuilder();
    for (PressRecord r : rs) {
      sb.append(RecordJson.line(r)).append('\n');
    }
    Files.writeString(p, sb, StandardCharsets.UTF_8);
    return p;
  }

  /**
   * What the analyst does on the page of {@code docId}: rejects the judge's role, keeps the
   * suggested date line, saves. Returns the saved file.
   */
  private static Path correct(List<ReviewItem> items, Path corrections, String docId) throws Exception {
    PageNames pages = new PageNames(items);
    String page = "/" + pages.of(docId) + ".html";
    String api = "/api/" + pages.of(docId) + ".json";
    try (ReviewServer server = ReviewServer.start(items, corrections, 0)) {
      ReviewHttp http = new ReviewHttp(server.port());
      JsonNode got = MAPPER.readTree(http.get(api).body());
      ObjectNode record = (ObjectNode) got.get("record");
      ((ArrayNode) record.get("roles")).remove(0);
      // The page's date-line choice: the date the server suggests, as the page's radio button does.
      if (got.hasNonNull("date_line")) {
        JsonNode d = record.get("dates").get(got.get("date_line").asInt());
        ObjectNode published = MAPPER.createObjectNode();
        published.set("text", d.get("text"));
        published.set("value", d.get("value"));
        published.set("start", d.get("start"));
        published.set("end", d.get("end"));
        record.set("published", published);
      }
      HttpResponse<String> res = http.save(page, api, MAPPER.writeValueAsString(record));
      assertEquals(200, res.statusCode(), res.body());
      return Path.of(MAPPER.readTree(res.body()).get("saved").asText());
    }
  }

  /**
   * What {@code corpus check DIR} runs passes on the folder, and what {@code eval DIR --pred
   * records.jsonl} runs reads it and scores the original records against it. (The commands
   * themselves print to the process's stdout, which the test runner's channel does not take.)
   */
  private static void checkAndEval(Path corrections, Path records, String docId) throws IOException {
    CorpusChecker.Result check = CorpusChecker.check(List.of(corrections));
    assertEquals(List.of(), check.problems().stream().map(Object::toString).toList());
    assertEquals(1, check.files());

    List<GoldDoc> gold = GoldCorpus.read(corrections);
    assertEquals(List.of(docId), gold.stream().map(GoldDoc::docId).toList());
    assertEquals(ReviewFixtures.TEXT, gold.get(0).text());
    PressRecord g = gold.get(0).gold();
    assertEquals("2021-04-03T10:15", g.published().value().iso());
    assertEquals("03.04.2021, 10:15", g.published().text());
    assertEquals(List.of("e2 adviser"), g.roles().stream().map(r -> r.person() + " " + r.title()).toList());
    // The original records predicted the rejected role too: eval counts it as a false positive.
    List<PressRecord> predicted = List.of((PressRecord) RecordJson.read(Files.readString(records).strip()));
    EvalReport report = Evaluator.evaluate(gold, predicted);
    assertEquals(List.of(docId + "\tFP\trole"), report.errors().stream()
        .filter(e -> e.error().equals(ErrorItem.FP)).map(e -> e.docId() + "\t" + e.error() + "\t" + e.kind()).toList());
  }

  @Test
  void aCorrectionOfAJsonlDocumentPassesCorpusCheckAndEval() throws Exception {
    Path input = work.resolve("input.jsonl");
    ObjectNode line = MAPPER.createObjectNode();
    line.put("doc_id", "harbour jsonl");
    line.put("text", ReviewFixtures.TEXT);
    line.put("published", "2021-04-03");
    line.put("title", ReviewFixtures.TITLE);
    Files.writeString(input, MAPPER.writeValueAsString(line) + "\n", StandardCharsets.UTF_8);
    Path records = records(ReviewFixtures.supplied("harbour jsonl", null));
    Path corrections = work.resolve("corrections");
    correct(ReviewInputs.load(records, List.of(input.toString())), corrections, "harbour jsonl");
    checkAndEval(corrections, records, "harbour jsonl");
  }

  @Test
  void aCorrectionOfADocumentInASubfolderPassesCorpusCheckAndEval() throws Exception {
    Path in = Files.createDirectories(work.resolve("in").resolve("dev"));
    Files.writeString(in.resolve("harbour.txt"), ReviewFixtures.TEXT, StandardCharsets.UTF_8);
    PressRecord r = ReviewFixtures.record("dev/harbour", List.of(), EventType.MEETING);
    Path records = records(r);
    Path corrections = work.resolve("corrections");
    correct(ReviewInputs.load(records, List.of(work.resolve("in").toString())), corrections, "dev/harbour");
    checkAndEval(corrections, records, "dev/harbour");
  }

  @Test
  void aCorrectionOfARecordThatCarriesItsTextPassesCorpusCheckAndEval() throws Exception {
    // An HTML input: the record carries the text it was extracted from.
    Path records = records(ReviewFixtures.supplied("page", ReviewFixtures.TEXT));
    Path corrections = work.resolve("corrections");
    correct(ReviewInputs.load(records, List.of()), corrections, "page");
    checkAndEval(corrections, records, "page");
  }

  @Test
  void aCorrectionOfAPoolReleaseNamesTheReleaseAndCopiesNoText() throws Exception {
    Assumptions.assumeTrue(System.getenv(ReleasePool.ENV) == null, ReleasePool.ENV + " is set: the test's pool would not be used");
    Path pool = Files.createDirectories(work.resolve("shared").resolve("releases"));
    ObjectNode line = MAPPER.createObjectNode();
    line.put("id", "usc9");
    line.put("county", "kent");
    line.put("title", ReviewFixtures.TITLE);
    line.put("text", ReviewFixtures.TEXT);
    Files.writeString(pool.resolve("us-county.jsonl"), MAPPER.writeValueAsString(line) + "\n", StandardCharsets.UTF_8);
    Path records = records(ReviewFixtures.record("usc9", List.of(), EventType.MEETING));
    Path corrections = Files.createDirectories(work.resolve("project").resolve("corrections"));
    Path saved = correct(ReviewInputs.load(records, List.of(pool.resolve("us-county.jsonl").toString())), corrections,
        "usc9");
    JsonNode json = MAPPER.readTree(Files.readString(saved));
    assertEquals("usc9", json.path("pool").path("id").asText());
    assertEquals(ReleasePool.sha256(ReviewFixtures.TEXT), json.path("pool").path("sha256").asText());
    try (Stream<Path> files = Files.list(corrections)) {
      assertFalse(files.anyMatch(p -> p.toString().endsWith(".txt")), "the pool's text stays in the pool");
    }
    checkAndEval(corrections, records, "usc9");
    assertEquals("us-county", GoldCorpus.read(corrections).get(0).family());
  }
}
