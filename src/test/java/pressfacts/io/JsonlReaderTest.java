package pressfacts.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlReaderTest {

  private static List<String> read(String jsonl) {
    List<String> out = new ArrayList<>();
    new JsonlReader("in.jsonl", new BufferedReader(new StringReader(jsonl)), 1000).forEachRemaining(item ->
        out.add(item.docId() + ":" + (item.error() == null ? "ok" : item.error().code().name())));
    return out;
  }

  @Test
  void everyLineGivesOneItemAndBadLinesAreNamed() {
    String jsonl = String.join("\n",
        "{\"doc_id\": \"a\", \"text\": \"Court met.\"}",   // doc_id
        "{\"id\": \"b\", \"text\": \"Court met.\"}",       // id instead of doc_id
        "{not json",                                        // malformed: named by source and line
        "",                                                 // blank lines are skipped
        "{\"doc_id\": \"d\"}",                              // no text
        "[1, 2]",                                           // not an object
        "{\"doc_id\": \"f\", \"text\": \"x\", \"published\": \"5 May\"}", // published not ISO
        "{\"doc_id\": \"g\", \"text\": \"  \"}");           // empty text
    assertEquals(List.of("a:ok", "b:ok", "in.jsonl:3:MALFORMED_JSONL", "d:MISSING_TEXT",
        "in.jsonl:6:MALFORMED_JSONL", "f:BAD_FIELD", "g:EMPTY_INPUT"), read(jsonl));
  }

  @Test
  void publishedAcceptsDatesAndDateTimes() {
    assertEquals("2008-08-05", JsonlReader.parsePublished("2008-08-05").iso());
    assertEquals("2008-08-05T12:35", JsonlReader.parsePublished("2008-08-05T12:35:10+04:00").iso());
    assertEquals("2008-08-05T12:35", JsonlReader.parsePublished("2008-08-05 12:35").iso());
    assertEquals(null, JsonlReader.parsePublished("05.08.2008"));
  }
}
