package pressfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pressfacts.doc.EntityType.PERSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import pressfacts.doc.Document;
import pressfacts.record.ErrorCode;
import pressfacts.record.ErrorRecord;
import pressfacts.record.Outcome;

class EvalReportTest {

  /** Gold: Mary Brown twice; prediction: once. Strict PERSON: tp 1, fp 0, fn 1, so P 1, R 1/2, F1 2/3. */
  static EvalReport report() {
    GoldDoc a = new GoldDoc("a", Document.of("a", Rec.TEXT),
        Rec.doc().entity("e1", PERSON, "Mary Brown", "Mary Brown", "Brown#2").build("a"), "a.json");
    GoldDoc b = new GoldDoc("b", Document.of("b", Rec.TEXT), Rec.doc().build("b"), "b.json");
    List<Outcome> pred = List.of(
        Rec.doc().entity("x", PERSON, "Mary Brown", "Mary Brown").build("a"),
        new ErrorRecord("b", ErrorCode.STAGE_FAILED, "failed"),
        Rec.doc().build("z"));
    return Evaluator.evaluate(List.of(a, b), pred);
  }

  @Test
  void printsFixedWidthRowsWithCounts() {
    String table = report().table();
    assertTrue(table.contains("\nmentions strict      PERSON         1.000  0.500  0.667      1      0      1\n"), table);
    // nothing in gold and nothing predicted: n/a, counts 0
    assertTrue(table.contains("\ncitations strict     CITATION         n/a    n/a    n/a      0      0      0\n"), table);
    // the all row sums the types
    assertTrue(table.contains("\nmentions strict      all            1.000  0.500  0.667      1      0      1\n"), table);
  }

  @Test
  void namesDocumentsThatCouldNotBeScoredNormally() {
    assertEquals(List.of(
        "1 gold documents whose prediction is an error record (scored as empty): b (STAGE_FAILED)",
        "1 predictions for documents not in the gold (ignored): z"), report().notes());
  }

  @Test
  void writesJsonWithNullForNotAvailable() throws Exception {
    JsonNode root = new ObjectMapper().readTree(report().json(true));
    assertEquals(2, root.get("documents").asInt());
    JsonNode person = root.get("metrics").get(0);
    assertEquals("mentions strict PERSON 1.0 0.5 0.6667 1 0 1", person.get("metric").asText() + " "
        + person.get("type").asText() + " " + person.get("p").asDouble() + " " + person.get("r").asDouble() + " "
        + person.get("f1").asDouble() + " " + person.get("tp") + " " + person.get("fp") + " " + person.get("fn"));
    for (JsonNode m : root.get("metrics")) {
      if (m.get("metric").asText().equals("citations strict")) {
        assertTrue(m.get("p").isNull() && m.get("f1").isNull(), m::toString);
      }
    }
    // the missed "Brown" mention is in the error list
    assertEquals("a FN PERSON mention [93,98) 'Brown'", errorLine(root.get("errors").get(0)));
  }

  private static String errorLine(JsonNode e) {
    return e.get("doc_id").asText() + " " + e.get("error").asText() + " " + e.get("kind").asText() + " "
        + e.get("detail").asText();
  }

  @Test
  void sameInputGivesSameBytes() {
    EvalReport first = report();
    EvalReport second = report();
    assertEquals(first.table(), second.table());
    assertEquals(first.json(true), second.json(true));
    assertEquals(first.errorLines(), second.errorLines());
  }
}
