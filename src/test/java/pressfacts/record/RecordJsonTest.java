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
}
