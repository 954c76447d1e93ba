package pressfacts.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import pressfacts.testing.SharedFiles;

class RecordJsonTest {

  @Test
  void seedGoldReadsAndWritesBackToTheSameTree() throws IOException {
    String gold = Files.readString(SharedFiles.require("seed-press-release.gold.json"));
    Outcome o = RecordJson.read(gold);
    com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
    assertEquals(m.readTree(gold), m.readTree(RecordJson.line(o)));
  }

  @Test
  void errorRecordShape() {
    String line = RecordJson.line(new ErrorRecord("d7", ErrorCode.MALFORMED_JSONL, "line 3 is not JSON"));
    assertEquals("{\"doc_id\":\"d7\",\"error\":{\"code\":\"MALFORMED_JSONL\",\"message\":\"line 3 is not JSON\"}}", line);
    assertEquals(line, RecordJson.line(RecordJson.read(line)));
  }

  /** The release's body span and the passed-through source fields are written and read back. */
  @Test
  void bodyAndSourceRoundTrip() {
    PressRecord r = new PressRecord(PressRecord.SCHEMA_VERSION, "d1", "T", null, java.util.List.of(), java.util.List.of(),
        java.util.List.of(), java.util.List.of(), null, java.util.List.of(), null, new pressfacts.doc.CharSpan(3, 40),
        java.util.Map.of("feed_date", "2020-01-01"));
    String line = RecordJson.line(r);
    assertEquals(true, line.contains("\"body\":{\"start\":3,\"end\":40}"), line);
    assertEquals(true, line.contains("\"source\":{\"feed_date\":\"2020-01-01\"}"), line);
    assertEquals(line, RecordJson.line(RecordJson.read(line)));
  }
}
